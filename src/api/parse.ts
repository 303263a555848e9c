/**
 * OperationHistory response text → HistoryPage, read as it arrives. Reads numbers without rounding (json.ts),
 * checks the envelope and each row with the wire schemas (wire.ts), giving the page
 * a turn now and then, so an answer of 50,000 rows makes no long task. Messages name what came,
 * never quote it: the answer may hold the token.
 */
import { isValidTimeZone } from './dates.js';
import { HistoryError, invalid, quote } from './errors.js';
import { exactJsonReader, NUM, pacer } from './json.js';
import { str, text as wireText } from './fields.js';
import { REQUEST_SETTINGS } from './settings.js';
import type { HistoryPage, Operation } from './types.js';
import { fromWire, wireSchemas, type WireSchemas } from './wire.js';

export interface ParseOptions {
  /** IANA zone in which dates without an offset are read (checked by resolveConfig); default the `server-time-zone` setting's. */
  readonly serverTimeZone?: string;
}

/**
 * Built on first use, not at load: a page whose legacy scripts break schema building (enumerable
 * members added to Object.prototype break some Zod versions) must still get the element defined,
 * and then a clear error instead of a history read unchecked.
 */
function schemasFor(zone: string): WireSchemas {
  try {
    return wireSchemas(zone);
  } catch {
    throw invalid('OperationHistory response could not be checked: the page changed built-in prototypes that the validator needs');
  }
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

/** A body's start: white space, then `<` for markup (`<?xml` or `<SomethingResponse` for XML). */
const START = /^\uFEFF?\s*(<(\?xml|\w+Response\b)?)?/;

/** What the start of a body is, or undefined while more of it is needed to tell. */
function kindOf(head: string, ended: boolean): 'JSON' | 'an empty body' | 'XML' | 'an HTML page' | undefined {
  const start = START.exec(head)!;
  if (start[0] === head) return ended ? 'an empty body' : undefined;
  if (!start[1]) return 'JSON';
  // `<SomethingResponse` may still be coming.
  if (!ended && head.length < 512) return undefined;
  return start[2] ? 'XML' : 'an HTML page';
}

/** Reads the body's JSON piece by piece as it arrives; a body that is no JSON is told from its start. */
async function readJson(body: string | AsyncIterable<string>): Promise<unknown> {
  const reader = exactJsonReader();
  const got = (what: string) => invalid(`expected JSON from OperationHistory, got ${what}`);
  /** The body so far, until its start tells what it is. */
  let head: string | undefined = '';
  /** Once the start tells: what is no JSON is an error, JSON goes on to the reader. */
  const tell = async (ended: boolean) => {
    const kind = kindOf(head!, ended);
    if (kind === undefined) return;
    if (kind !== 'JSON') throw got(kind);
    const json = head!.replace(/^\uFEFF/, '');
    head = undefined;
    await reader.push(json);
  };
  for await (const piece of typeof body === 'string' ? [body] : body) {
    if (head === undefined) await reader.push(piece);
    else {
      head += piece;
      await tell(false);
    }
  }
  if (head !== undefined) await tell(true);
  try {
    return await reader.end();
  } catch (e) {
    throw got((e as Error).message);
  }
}

/**
 * `body` is the answer's text, whole or as it arrives (body.ts): its pieces are read as they come.
 * An error of reading them (a timeout, an abort) is thrown as it is.
 */
export async function parseHistoryResponse(body: string | AsyncIterable<string>, options: ParseOptions = {}): Promise<HistoryPage> {
  const zone = options.serverTimeZone ?? REQUEST_SETTINGS.serverTimeZone.default;
  // The elements pass a zone resolveConfig has checked; a direct caller may not have.
  if (!isValidTimeZone(zone)) throw new HistoryError('config', `serverTimeZone must be an IANA time zone, got ${quote(zone)}`, { attribute: 'server-time-zone' });
  const schemas = schemasFor(zone);
  const json = (await readJson(body)) as Record<string, unknown>;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw wrong('the body must be a JSON object', json);
  const envelope = schemas.envelope.safeParse(json);
  if (!envelope.success) throw wrong('Operations must be an array or null', json.Operations);
  const { ErrorCode } = json;
  if (ErrorCode != null) {
    const source = wireText(ErrorCode); // a number, or a string of one
    const code = Number(source);
    if (!source || !Number.isInteger(code)) throw wrong('ErrorCode must be an integer or null', ErrorCode);
    if (code !== 0) throw new HistoryError('api', str(json.Message)?.trim() || `Error ${code}`, { code });
  }
  const operations: Operation[] = [];
  const pace = pacer();
  const { Operations: rows = [], ...page } = envelope.data;
  for (const [index, raw] of (rows ?? []).entries()) {
    if (raw === null) continue; // a null entry in a .NET list carries no row
    const row = schemas.row.safeParse(raw);
    if (!row.success) throw wrong(`Operations[${index}] must be an object`, raw);
    operations.push(fromWire<Operation>(row.data));
    if (index % 64 === 63) await pace();
  }
  return fromWire<HistoryPage>(page, { operations: Object.freeze(operations) });
}
