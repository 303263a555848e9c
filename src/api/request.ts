/**
 * The OperationHistory request body. Integers are written from their digit strings, so a
 * 64-bit card or token above 2^53 reaches the server exactly as given.
 */
import { HistoryError } from './errors.js';
import { digits } from './fields.js';
import type { HistoryQuery } from './types.js';

/**
 * Wire names in the order of the endpoint's help page, each after its kind: i integer,
 * s string, b boolean, p page. The query key is the wire name with a small first letter.
 */
const FIELDS = 'iCard iPhone iClient iPartner sPosCode bBonus iOrderId bCheque pStart pLength iOperator iToken sSiteCode';

export function buildRequestBody(query: HistoryQuery, start: number, length: number): string {
  const parts: string[] = [];
  for (const f of FIELDS.split(' ')) {
    const wire = f.slice(1);
    let v = query[(f[1] as string).toLowerCase() + f.slice(2) as keyof HistoryQuery] as unknown;
    if (f[0] === 'p') {
      v = wire === 'Start' ? start : length;
      if (!Number.isSafeInteger(v) || (v as number) < 0) throw new RangeError(`${wire} must be a non-negative integer, got ${v}`);
    } else if (v == null) continue;
    else if (f[0] === 's') v = JSON.stringify(String(v));
    else if (f[0] === 'b') v = v === true;
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
