/**
 * Lenient readers for OperationHistory fields. A field of the wrong type reads as undefined
 * (absent) instead of failing the page: one odd value from an evolving server must not hide a
 * member's whole history. Long numbers arrive as NUM-marked source text, short ones as numbers (json.ts).
 */
import { NUM } from './json.js';
import { parseServerDate } from './dates.js';
import type { Digits } from './types.js';

/** The text of a wire number, or of a string (trimmed); undefined for anything else. */
export function text(v: unknown): string | undefined {
  return typeof v === 'number' ? String(v) : typeof v === 'string' ? (v[0] === NUM ? v.slice(1) : v.trim()) : undefined;
}

/** An identifier as digits, never through Number: "0042" → "42", "-0" → "0", "7.0" → "7". */
export function digits(v: unknown): Digits | undefined {
  const m = /^([+-]?)0*(\d+?)(?:\.0*)?$/.exec(text(v) ?? '');
  return m ? (m[1] === '-' && m[2] !== '0' ? '-' : '') + m[2] : undefined;
}

/** A money or points value; numeric strings such as "12.5" are accepted. */
export function number(v: unknown): number | undefined {
  const t = text(v) ?? '';
  const n = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(t) ? Number(t) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A count: a non-negative safe integer, else undefined. */
export function count(v: unknown): number | undefined {
  const n = number(v);
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** true/false, also "true"/"false" and 1/0 as numbers or strings. */
export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = text(v)?.toLowerCase();
  return t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : undefined;
}

/** A non-empty string; numbers are not turned into text. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && v[0] !== NUM ? v : undefined;
}

/** A date in any of the server's forms (see dates.ts), read in `timeZone` when it has no offset. */
export function date(v: unknown, timeZone: string): Date | undefined {
  return typeof v === 'string' ? parseServerDate(v, timeZone) : undefined;
}
