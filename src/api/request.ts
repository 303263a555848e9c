/**
 * The OperationHistory request body. Integers are written from their digit strings, so a
 * 64-bit card or token above 2^53 reaches the server exactly as given.
 */
import { HistoryError } from './errors.js';
import type { Digits, HistoryQuery } from './types.js';

type Field =
  | readonly [wire: string, kind: 'int', pick: (q: HistoryQuery) => Digits | undefined]
  | readonly [wire: string, kind: 'str', pick: (q: HistoryQuery) => string | undefined]
  | readonly [wire: string, kind: 'bool', pick: (q: HistoryQuery) => boolean | undefined]
  | readonly [wire: string, kind: 'page', pick: null];

/** In the order of the endpoint's help page. */
const FIELDS: readonly Field[] = [
  ['Card', 'int', (q) => q.card],
  ['Phone', 'int', (q) => q.phone],
  ['Client', 'int', (q) => q.client],
  ['Partner', 'int', (q) => q.partner],
  ['PosCode', 'str', (q) => q.posCode],
  ['Bonus', 'bool', (q) => q.bonus],
  ['OrderId', 'int', (q) => q.orderId],
  ['Cheque', 'bool', (q) => q.cheque],
  ['Start', 'page', null],
  ['Length', 'page', null],
  ['Operator', 'int', (q) => q.operator],
  ['Token', 'int', (q) => q.token],
  ['SiteCode', 'str', (q) => q.siteCode],
];

/** "-007" → "-7"; throws unless the text is a decimal integer (JSON forbids leading zeros). */
function jsonInteger(wire: string, value: string): string {
  const m = /^\s*(-?)(\d+)\s*$/.exec(value);
  if (!m) {
    // Never echo the token.
    const got = wire === 'Token' ? '' : `, got ${JSON.stringify(value)}`;
    throw new HistoryError('config', `${wire} must be a decimal integer string${got}`);
  }
  const digits = (m[2] as string).replace(/^0+(?=\d)/, '');
  return m[1] && digits !== '0' ? `-${digits}` : digits;
}

function pageNumber(wire: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${wire} must be a non-negative integer, got ${n}`);
  return String(n);
}

export function buildRequestBody(query: HistoryQuery, start: number, length: number): string {
  const parts: string[] = [];
  for (const [wire, kind, pick] of FIELDS) {
    if (kind === 'page') {
      parts.push(`"${wire}":${pageNumber(wire, wire === 'Start' ? start : length)}`);
      continue;
    }
    const value = pick(query);
    if (value === undefined || value === null) continue;
    if (kind === 'int') parts.push(`"${wire}":${jsonInteger(wire, String(value))}`);
    else if (kind === 'str') parts.push(`"${wire}":${JSON.stringify(String(value))}`);
    else parts.push(`"${wire}":${value === true}`);
  }
  return `{${parts.join(',')}}`;
}
