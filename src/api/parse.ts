/**
 * OperationHistory response text → HistoryPage. Reads numbers without rounding (json.ts),
 * checks the envelope with zod/mini, and reads each field leniently (fields.ts), giving the page
 * a turn now and then, so an answer of 50,000 rows makes no long task. Messages name what came,
 * never quote it: the answer may hold the token.
 */
import * as z from 'zod/mini';
import { HistoryError, invalid, quote } from './errors.js';
import { NUM, pacer, parseJson } from './json.js';
import { bool, count, date, digits, number, str, text as wireText } from './fields.js';
import { isValidTimeZone } from './dates.js';
import type { HistoryPage, Operation } from './types.js';

export interface ParseOptions {
  /** IANA zone in which dates without an offset are read; default 'Europe/Moscow'. */
  serverTimeZone?: string;
}

/**
 * The part of the shape that can fail the page: `Operations` is a list or nothing. The body being
 * an object and ErrorCode are checked by hand; every other field is read leniently.
 * Built on first use, not at load: a page whose legacy scripts break schema building (enumerable
 * members added to Object.prototype break some Zod versions) must still get the element defined,
 * and then a clear error instead of a history read unchecked.
 */
let listSchema: z.ZodMiniType<unknown[] | null | undefined> | undefined;
function operationsSchema(): z.ZodMiniType<unknown[] | null | undefined> {
  try {
    return (listSchema ??= z.nullish(z.array(z.unknown())));
  } catch {
    throw invalid('OperationHistory response could not be checked: the page changed built-in prototypes that the validator needs');
  }
}

type Reader = (v: unknown, zone: string) => unknown;
const READERS: Record<string, Reader> = { d: digits, n: number, c: count, s: str, b: bool, t: date };

/**
 * Output keys, each after the letter of its reader (d digits, n number, c count, s string,
 * b boolean, t date). The wire name is the key with a capital first letter: bonusId ← BonusId.
 */
const ROW =
  'did dpos dbonusId dchequeId spartnerName sposName namount nadded nredeemed brefund tproctime ndiscount nsertRedeemed ' +
  'scouponNumber sbonusSourceName ncomponentType nbonusSource schequeNumber bactive tactiveDate texpiryDate nremain dparent dorderId';
const PAGE = 'crows dclient dphone dcard';

/** Reads the fields of `spec` from a wire object into `into`, leaving out the absent ones. */
function read<T>(spec: string, wire: Record<string, unknown>, zone: string, into: Record<string, unknown> = {}): T {
  for (const f of spec.split(' ')) {
    const v = (READERS[f[0] as string] as Reader)(wire[(f[1] as string).toUpperCase() + f.slice(2)], zone);
    if (v !== undefined) into[f.slice(1)] = v;
  }
  return Object.freeze(into) as T;
}

/** What kind of wire value `v` is, for error messages (its content is never quoted). */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'number' || (typeof v === 'string' && v[0] === NUM)) return 'a number';
  return typeof v === 'string' ? 'a string' : Array.isArray(v) ? 'an array' : 'an object';
}

/** The response's part is not what `expected` says; names what came instead. */
const wrong = (expected: string, v: unknown) => invalid(`OperationHistory response: ${expected}, got ${describe(v)}`);

async function readJson(text: string): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  const start = /^\s*(<(\?xml|\w+Response\b)?)?/.exec(body)!;
  const got = (what: string) => invalid(`expected JSON from OperationHistory, got ${what}`);
  if (start[0] === body) throw got('an empty body');
  if (start[1]) throw got(start[2] ? 'XML' : 'an HTML page');
  try {
    return await parseJson(body);
  } catch (e) {
    throw got((e as Error).message);
  }
}

export async function parseHistoryResponse(text: string, options: ParseOptions = {}): Promise<HistoryPage> {
  const zone = options.serverTimeZone ?? 'Europe/Moscow';
  if (!isValidTimeZone(zone)) throw new HistoryError('config', `serverTimeZone must be an IANA time zone, got ${quote(zone)}`);
  const json = (await readJson(text)) as Record<string, unknown>;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw wrong('the body must be a JSON object', json);
  const result = operationsSchema().safeParse(json.Operations);
  if (!result.success) throw wrong('Operations must be an array or null', json.Operations);
  const { ErrorCode } = json;
  if (ErrorCode != null) {
    const source = wireText(ErrorCode); // a number, or a string of one
    const code = Number(source);
    if (!source || !Number.isInteger(code)) throw wrong('ErrorCode must be an integer or null', ErrorCode);
    if (code !== 0) throw new HistoryError('api', str(json.Message)?.trim() || `Error ${code}`, { code });
  }
  const operations: Operation[] = [];
  const pace = pacer();
  for (const [index, raw] of (result.data ?? []).entries()) {
    if (raw === null) continue; // a null entry in a .NET list carries no row
    if (typeof raw !== 'object' || Array.isArray(raw)) throw wrong(`Operations[${index}] must be an object`, raw);
    operations.push(read<Operation>(ROW, raw as Record<string, unknown>, zone));
    if (index % 64 === 63) await pace();
  }
  return read<HistoryPage>(PAGE, json, zone, { operations: Object.freeze(operations) });
}
