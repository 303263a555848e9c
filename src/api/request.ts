/**
 * The OperationHistory request body. Integers are written from their digit strings, so a
 * 64-bit card or token above 2^53 reaches the server exactly as given.
 */
import { HistoryError } from './errors.js';
import { digits } from './fields.js';
import type { HistoryQuery } from './types.js';

type Kind = 'integer' | 'string' | 'boolean' | 'page';

/**
 * The request's wire names in the order of the endpoint's help page, each with the kind of its
 * value and the query key it is read from (`Start` and `Length` are the page's).
 */
const FIELDS: readonly (readonly [wire: string, kind: Kind, key?: keyof HistoryQuery])[] = [
  ['Card', 'integer', 'card'],
  ['Phone', 'integer', 'phone'],
  ['Client', 'integer', 'client'],
  ['Partner', 'integer', 'partner'],
  ['PosCode', 'string', 'posCode'],
  ['Bonus', 'boolean', 'bonus'],
  ['OrderId', 'integer', 'orderId'],
  ['Cheque', 'boolean', 'cheque'],
  ['Start', 'page'],
  ['Length', 'page'],
  ['Operator', 'integer', 'operator'],
  ['Token', 'integer', 'token'],
  ['SiteCode', 'string', 'siteCode'],
];

export function buildRequestBody(query: HistoryQuery, start: number, length: number): string {
  const parts: string[] = [];
  for (const [wire, kind, key] of FIELDS) {
    let v: unknown = key === undefined ? undefined : query[key];
    if (kind === 'page') {
      v = wire === 'Start' ? start : length;
      if (!Number.isSafeInteger(v) || (v as number) < 0) throw new RangeError(`${wire} must be a non-negative integer, got ${v}`);
    } else if (v == null) continue;
    else if (kind === 'string') v = JSON.stringify(String(v));
    else if (kind === 'boolean') v = v === true;
    else {
      // "-007" → "-7": JSON forbids leading zeros.
      const n = digits(v);
      // Never echo the token.
      if (n === undefined) throw new HistoryError('config', `${wire} must be a decimal integer string${wire === 'Token' ? '' : `, got ${JSON.stringify(String(v))}`}`);
      v = n;
    }
    parts.push(`"${wire}":${v}`);
  }
  return `{${parts.join(',')}}`;
}
