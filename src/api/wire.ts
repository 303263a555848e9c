/**
 * The OperationHistory answer as it comes over the wire, written once with zod/mini and keyed
 * by the platform's own names (`SertRedeemed`, `ChequeNumber`…). Each row field is typed
 * against `Operation`: the wire name is the field's name with a capital first letter, so a
 * missing, misspelt or mistyped field is a type error here.
 *
 * Fields are read leniently (fields.ts): one odd value from an evolving server reads as absent
 * instead of hiding a member's whole history. What fails the page is the envelope: a body that
 * is not an object, `Operations` that is not a list, a row that is not an object.
 */
import * as z from 'zod/mini';
import { prepareZone } from './dates.js';
import { bool, count, date, digits, number, str } from './fields.js';
import type { Digits, HistoryPage, Operation } from './types.js';

/** A lenient field: absent, or read by `read` (undefined when its value is of no use). */
const field = <T>(read: (value: unknown) => T | undefined) => z.optional(z.pipe(z.unknown(), z.transform(read)));

type Field<T> = ReturnType<typeof field<T>>;

/** Every field of `Operation`, under its wire name. */
type RowShape = { [K in keyof Operation as Capitalize<K>]-?: Field<NonNullable<Operation[K]>> };

/** The row's wire shape for dates read in `zone` (dates without an offset are the server's local time). */
function rowShape(zone: string): RowShape {
  const when = field((v) => date(v, zone));
  return {
    Id: field(digits),
    Pos: field(digits),
    BonusId: field(digits),
    ChequeId: field(digits),
    PartnerName: field(str),
    PosName: field(str),
    Amount: field(number),
    Added: field(number),
    Redeemed: field(number),
    Refund: field(bool),
    Proctime: when,
    Discount: field(number),
    SertRedeemed: field(number),
    CouponNumber: field(str),
    BonusSourceName: field(str),
    ComponentType: field(number),
    BonusSource: field(number),
    ChequeNumber: field(str),
    Active: field(bool),
    ActiveDate: when,
    ExpiryDate: when,
    Remain: field(number),
    Parent: field(digits),
    OrderId: field(digits),
  };
}

/** The envelope; `ErrorCode` and `Message` are read by parse.ts before the rows. */
const envelopeShape = {
  Rows: field(count),
  Client: field<Digits>(digits),
  Phone: field<Digits>(digits),
  Card: field<Digits>(digits),
  /** A list (whose rows are checked one by one, so a long page can give the browser a turn) or nothing. */
  Operations: z.nullish(z.array(z.unknown())),
} satisfies { [K in 'rows' | 'client' | 'phone' | 'card' as Capitalize<K>]: Field<NonNullable<HistoryPage[K]>> } & { Operations: unknown };

export interface WireSchemas {
  readonly envelope: z.ZodMiniObject<typeof envelopeShape>;
  readonly row: z.ZodMiniObject<RowShape>;
}

const cache = new Map<string, WireSchemas>();

/** The schemas for a server zone, built on first use and kept. */
export function wireSchemas(zone: string): WireSchemas {
  let schemas = cache.get(zone);
  if (!schemas) cache.set(zone, (schemas = { envelope: z.object(envelopeShape), row: z.object(rowShape(zone)) }));
  return schemas;
}

/**
 * Builds, while a request is on its way, what reading its answer will need: the schemas and the
 * server zone's Intl formatter (on a slow phone the first formatter of a zone costs ~100 ms, which
 * would otherwise stand between the answer and the first rows).
 */
export function prepareWire(zone: string): void {
  try {
    wireSchemas(zone);
    prepareZone(zone);
  } catch {
    // Reading the answer reports what failed.
  }
}

/** `SertRedeemed` → `sertRedeemed`, keeping only the fields that were read. */
export function fromWire<T extends object>(wire: Readonly<Record<string, unknown>>, into: Record<string, unknown> = {}): T {
  for (const name of Object.keys(wire)) {
    const value = wire[name];
    if (value !== undefined) into[name[0]!.toLowerCase() + name.slice(1)] = value;
  }
  return Object.freeze(into) as T;
}
