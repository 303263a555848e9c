/**
 * Who the history is for, as people paste it: a phone in any of its usual Russian forms and a
 * card number with spaces or dashes, read into the digits the platform expects. A value that
 * cannot be read is a `config` error naming the attribute and what is wrong; the number itself
 * is never put into the message (integrators send messages to their error trackers).
 */
import { HistoryError } from './errors.js';
import { digits } from './fields.js';
import type { Digits } from './types.js';

/** The largest 64-bit integer, the platform's `long`: the longest card it can hold. */
const LONG_MAX = '9223372036854775807';

function fail(attribute: string, problem: string): never {
  throw new HistoryError('config', `${attribute} ${problem}`, { attribute });
}

/** The text of an attribute or property value, trimmed; undefined for null, undefined and blank. */
function given(raw: unknown, attribute: string): string | undefined {
  if (typeof raw === 'number' && !Number.isSafeInteger(raw)) {
    fail(attribute, Number.isInteger(raw) ? 'is a number above 2^53, already rounded by JavaScript: pass it as a string' : 'must be a whole number');
  }
  return raw == null ? undefined : String(raw).trim() || undefined;
}

/**
 * A phone as the platform looks clients up by it: 10 digits without the country's 7 or 8.
 * Accepts what people paste: `+7 (915) 399-26-42`, `8 915 399 26 42`, `79153992642` and
 * `9153992642` all read as `9153992642`.
 */
export function readPhone(raw: unknown, attribute = 'phone'): Digits | undefined {
  const text = given(raw, attribute);
  if (text === undefined) return undefined;
  if (!/^\+?[\d\s()-]+$/.test(text)) fail(attribute, 'may hold only digits, spaces, dashes, brackets and a leading +');
  const all = text.replace(/\D/g, '');
  if (text.startsWith('+')) {
    if (!/^7\d{10}$/.test(all)) fail(attribute, 'must be a Russian number: +7 and 10 digits');
  } else if (all.length !== 10 && !/^[78]\d{10}$/.test(all)) {
    fail(attribute, `must have 10 digits, or 11 starting with 7 or 8; got ${all.length} digits`);
  }
  return all.slice(-10);
}

/** A card number as digits: spaces and dashes between its digits are dropped (`2700 0000 0100-1`). */
export function readCard(raw: unknown, attribute = 'card'): Digits | undefined {
  const text = given(raw, attribute);
  if (text === undefined) return undefined;
  if (!/^\d+(?:[\s-]+\d+)*$/.test(text)) fail(attribute, 'may hold only digits, with spaces or dashes between them');
  const card = digits(text.replace(/\D/g, '')) as Digits;
  if (card.length > 19 || card.padStart(19, '0') > LONG_MAX) fail(attribute, `must be at most ${LONG_MAX} (a 64-bit integer)`);
  return card;
}
