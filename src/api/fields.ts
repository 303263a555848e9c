/**
 * Lenient field readers for OperationHistory rows, as zod/mini schemas. A field of the wrong
 * type reads as undefined (absent) instead of failing the page: one odd value from an evolving
 * server must not hide a member's whole history.
 */
import * as z from 'zod/mini';
import { JsonNumber } from './json.js';
import type { Digits } from './types.js';
import { parseServerDate } from './dates.js';

const jsonNumber = z.instanceof(JsonNumber);
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER_DIGITS = /^([+-]?)(\d+)(?:\.0*)?$/;

/** Any wire value (a JsonNumber or a numeric string) to its text, trimmed. */
const numberText = z.union([z.pipe(jsonNumber, z.transform((n) => n.source)), z.pipe(z.string(), z.transform((s) => s.trim()))]);

/** Wraps a schema so that null, a missing key or a wrong type all give undefined. */
function lenient<T>(schema: z.ZodMiniType<T | undefined>): z.ZodMiniType<T | undefined> {
  return z.catch(z.optional(schema), undefined) as z.ZodMiniType<T | undefined>;
}

/** "0042" → "42", "-0" → "0"; undefined unless the text is an integer (a trailing ".0" is allowed). */
export function toDigits(text: string): Digits | undefined {
  const m = INTEGER_DIGITS.exec(text);
  if (!m) return undefined;
  const body = (m[2] as string).replace(/^0+(?=\d)/, '');
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

function toNumber(text: string): number | undefined {
  if (!NUMERIC.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** An identifier (Id, ChequeId, Client…) as digits, never through Number. */
export const digitsField = lenient<Digits>(z.pipe(numberText, z.transform(toDigits)));

/** A money or points value; numeric strings such as "12.5" are accepted. */
export const numberField = lenient<number>(z.pipe(numberText, z.transform(toNumber)));

/** A count: a non-negative safe integer, else absent. */
export const countField = lenient<number>(
  z.pipe(
    numberText,
    z.transform((t) => {
      const n = toNumber(t);
      return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
    }),
  ),
);

/** true/false, also "true"/"false" and 1/0 as numbers or strings. */
export const booleanField = lenient<boolean>(
  z.union([
    z.boolean(),
    z.pipe(
      numberText,
      z.transform((t) => {
        const s = t.toLowerCase();
        if (s === 'true' || s === '1') return true;
        if (s === 'false' || s === '0') return false;
        return undefined;
      }),
    ),
  ]),
);

/** A non-empty string; numbers are not turned into text. */
export const stringField = lenient<string>(z.pipe(z.string(), z.transform((s) => (s === '' ? undefined : s))));

/** A date in any of the server's forms (see dates.ts), read in `timeZone` when it has no offset. */
export function dateField(timeZone: string): z.ZodMiniType<Date | undefined> {
  return lenient<Date>(z.pipe(z.string(), z.transform((s) => parseServerDate(s, timeZone))));
}
