/**
 * OperationHistory response text → HistoryPage. Reads numbers without rounding (json.ts),
 * checks the envelope with zod/mini, and reads each field leniently (fields.ts).
 */
import * as z from 'zod/mini';
import { HistoryError, quote } from './errors.js';
import { NUM, parseJson } from './json.js';
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
    throw invalid('OperationHistory response could not be checked: the page has changed built-in prototypes in a way the response validator does not support');
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

/** A short description of a wire value for error messages. */
function describe(v: unknown): string {
  if (v === null || v === true || v === false) return String(v);
  if (v === undefined) return 'nothing';
  if (typeof v !== 'string') return Array.isArray(v) ? 'an array' : 'an object';
  if (v[0] === NUM) return `the number ${v.slice(1)}`;
  return `the string ${quote(v)}`;
}

function invalid(message: string): HistoryError {
  return new HistoryError('invalid-response', message);
}

/** The response's part is not what `expected` says; names what came instead. */
const wrong = (expected: string, v: unknown) => invalid(`OperationHistory response: ${expected}, got ${describe(v)}`);

function readJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  const got = (what: string) => invalid(`expected JSON from OperationHistory, got ${what}`);
  if (start === '') throw got('an empty body');
  if (start[0] === '<') {
    const head = start.slice(0, 40).replace(/\s+/g, ' ') + (start.length > 40 ? '…' : '');
    throw got(`${/^<(\?xml|\w+Response\b)/.test(start) ? 'XML' : 'an HTML page'} (starts with "${head}")`);
  }
  try {
    return parseJson(body);
  } catch (e) {
    throw got((e as Error).message);
  }
}

export function parseHistoryResponse(text: string, options: ParseOptions = {}): HistoryPage {
  const zone = options.serverTimeZone ?? 'Europe/Moscow';
  if (!isValidTimeZone(zone)) throw new HistoryError('config', `serverTimeZone must be an IANA time zone, got ${quote(zone)}`);
  const json = readJson(text) as Record<string, unknown>;
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
  const operations = (result.data ?? []).flatMap((raw, index): Operation[] => {
    if (raw === null) return []; // a null entry in a .NET list carries no row
    if (typeof raw !== 'object' || Array.isArray(raw)) throw wrong(`Operations[${index}] must be an object`, raw);
    return [read<Operation>(ROW, raw as Record<string, unknown>, zone)];
  });
  return read<HistoryPage>(PAGE, json, zone, { operations: Object.freeze(operations) });
}
