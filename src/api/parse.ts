/**
 * OperationHistory response text → HistoryPage. Reads numbers without rounding (json.ts),
 * checks the envelope with zod/mini, and reads each row leniently (fields.ts).
 */
import * as z from 'zod/mini';
import { HistoryError } from './errors.js';
import { JsonNumber, JsonSyntaxError, parseJson, type JsonValue } from './json.js';
import { booleanField, countField, dateField, digitsField, numberField, stringField } from './fields.js';
import { isValidTimeZone } from './dates.js';
import type { HistoryPage, Operation } from './types.js';

export interface ParseOptions {
  /** IANA zone in which dates without an offset are read; default 'Europe/Moscow'. */
  serverTimeZone?: string;
}

const DEFAULT_ZONE = 'Europe/Moscow';

/** A JSON object (not an array, nor a JsonNumber, which is an object too). */
const jsonObject = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber));

const envelope = z.pipe(jsonObject, z.object({
  ErrorCode: z.nullish(z.union([z.instanceof(JsonNumber), z.string()])),
  Message: stringField,
  Rows: countField,
  Client: digitsField,
  Phone: digitsField,
  Card: digitsField,
  Operations: z.nullish(z.array(z.unknown())),
}));

/** What each envelope path must be, for messages a developer can act on. */
const EXPECTED: Record<string, string> = {
  '': 'the body must be a JSON object',
  ErrorCode: 'ErrorCode must be an integer or null',
  Operations: 'Operations must be an array or null',
};

function rowSchema(zone: string) {
  const date = dateField(zone);
  return z.pipe(jsonObject, z.object({
    Id: digitsField,
    Pos: digitsField,
    BonusId: digitsField,
    ChequeId: digitsField,
    PartnerName: stringField,
    PosName: stringField,
    Amount: numberField,
    Added: numberField,
    Redeemed: numberField,
    Refund: booleanField,
    Proctime: date,
    Discount: numberField,
    SertRedeemed: numberField,
    CouponNumber: stringField,
    BonusSourceName: stringField,
    ComponentType: numberField,
    BonusSource: numberField,
    ChequeNumber: stringField,
    Active: booleanField,
    ActiveDate: date,
    ExpiryDate: date,
    Remain: numberField,
    Parent: digitsField,
    OrderId: digitsField,
  }));
}
const rowSchemas = new Map<string, ReturnType<typeof rowSchema>>();

/** A short description of a wire value for error messages. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof JsonNumber) return `the number ${v.source}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'boolean') return String(v);
  return 'an object';
}

function invalid(message: string): HistoryError {
  return new HistoryError('invalid-response', message);
}

function readJson(text: string): JsonValue {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (start === '') throw invalid('expected JSON from OperationHistory, got an empty body');
  if (start.startsWith('<')) {
    const head = start.slice(0, 40).replace(/\s+/g, ' ') + (start.length > 40 ? '…' : '');
    const kind = /^<(\?xml|\w+Response\b)/.test(start) ? 'XML (the server ignored Accept: application/json)' : 'an HTML page';
    throw invalid(`expected JSON from OperationHistory, got ${kind} (starts with "${head}")`);
  }
  try {
    return parseJson(body);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const what = e.truncated ? `truncated JSON (the body ends at position ${e.position})` : `invalid JSON (${e.message})`;
    throw invalid(`expected JSON from OperationHistory, got ${what}`);
  }
}

/** Drops absent fields so the frozen object only has what the server sent. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return Object.freeze(o);
}

export function parseHistoryResponse(text: string, options: ParseOptions = {}): HistoryPage {
  const zone = options.serverTimeZone ?? DEFAULT_ZONE;
  if (!isValidTimeZone(zone)) throw new HistoryError('config', `serverTimeZone must be an IANA time zone such as "Europe/Moscow", got ${JSON.stringify(zone)}`);
  const json = readJson(text);
  const result = envelope.safeParse(json);
  if (!result.success) {
    const path = result.error.issues[0]?.path ?? [];
    const key = String(path[0] ?? '');
    const actual = key === '' ? json : (json as Record<string, unknown>)[key];
    throw invalid(`OperationHistory response: ${EXPECTED[key] ?? `${key} has the wrong type`}, got ${describe(actual)}`);
  }
  const env = result.data;
  if (env.ErrorCode != null) {
    const source = env.ErrorCode instanceof JsonNumber ? env.ErrorCode.source : env.ErrorCode.trim();
    const code = Number(source);
    if (source === '' || !Number.isInteger(code)) throw invalid(`OperationHistory response: ErrorCode must be an integer or null, got ${describe(env.ErrorCode)}`);
    if (code !== 0) throw new HistoryError('api', env.Message?.trim() || `Error ${code}`, { code });
  }
  let schema = rowSchemas.get(zone);
  if (!schema) rowSchemas.set(zone, (schema = rowSchema(zone)));
  const operations: Operation[] = [];
  (env.Operations ?? []).forEach((raw, index) => {
    if (raw === null) return; // a null entry in a .NET list carries no row
    const row = schema.safeParse(raw);
    if (!row.success) throw invalid(`OperationHistory response: Operations[${index}] must be an object, got ${describe(raw)}`);
    const r = row.data;
    operations.push(
      compact<Operation>({
        id: r.Id, pos: r.Pos, bonusId: r.BonusId, chequeId: r.ChequeId,
        partnerName: r.PartnerName, posName: r.PosName,
        amount: r.Amount, added: r.Added, redeemed: r.Redeemed, refund: r.Refund,
        proctime: r.Proctime, discount: r.Discount, sertRedeemed: r.SertRedeemed,
        couponNumber: r.CouponNumber, bonusSourceName: r.BonusSourceName,
        componentType: r.ComponentType, bonusSource: r.BonusSource, chequeNumber: r.ChequeNumber,
        active: r.Active, activeDate: r.ActiveDate, expiryDate: r.ExpiryDate, remain: r.Remain,
        parent: r.Parent, orderId: r.OrderId,
      }),
    );
  });
  return compact<HistoryPage>({
    rows: env.Rows, operations: Object.freeze(operations), client: env.Client, phone: env.Phone, card: env.Card,
  });
}
