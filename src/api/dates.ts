/**
 * Dates as the platform's .NET servers write them:
 * - ISO 8601 with an offset or `Z`, up to 7 fractional digits: `2025-11-06T03:31:38.5405101+03:00`;
 * - ISO 8601 without an offset: wall-clock time of the server's zone (DST-correct via Intl);
 * - WCF: `/Date(1762389098540+0300)/` or `/Date(1762389098540)/` (milliseconds since 1970 UTC;
 *   the offset only says in which zone the server would display it).
 * Anything else gives undefined, and so does .NET's `DateTime.MinValue`, "no date", in every form it
 * takes: `0001-01-01T00:00:00` with any fraction or offset, `/Date(-62135596800000)/` with or
 * without one. No operation is dated within a day of it.
 */
import { listedByIntl } from './intl-lists.js';

const ISO =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const WCF = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;
/** .NET's DateTime.MinValue, 0001-01-01T00:00:00 UTC, in ms since 1970, plus a day: earlier is "no date". */
const NO_DATE_BEFORE = -62135596800000 + 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    const n = 'numeric';
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', era: 'short', year: n, month: n, day: n, hour: n, minute: n, second: n });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * True when Intl knows the IANA zone name. A listed name is known at once: building the first
 * formatter of a page costs ~25 ms (~100 ms on a slow phone), and it would stand in the first
 * request's path. Aliases (`UTC`, `Europe/Kiev`) are not listed and are checked by a formatter.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (listedByIntl('timeZone')?.has(timeZone)) return true;
  try {
    return !!zoneFormatter(timeZone);
  } catch {
    return false;
  }
}

/** Builds the formatter that reads the zone's wall-clock dates, ahead of the first answer; an unknown zone is left to reading. */
export function prepareZone(timeZone: string): void {
  try {
    zoneFormatter(timeZone);
  } catch {
    // parseServerDate reports it.
  }
}

/** Date.UTC without its 0..99 → 1900s year mapping. */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  return new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms)).setUTCFullYear(y);
}

/** How far the zone's wall clock is ahead of UTC at the instant `t`, in ms. */
function zoneOffset(timeZone: string, t: number): number {
  const p: Record<string, string> = {};
  for (const { type, value } of zoneFormatter(timeZone).formatToParts(t)) p[type] = value;
  const year = /^B/.test(p.era as string) ? 1 - Number(p.year) : Number(p.year);
  return utc(year, Number(p.month), Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - (t - (((t % 1000) + 1000) % 1000));
}

/** The Date at `t` ms, or undefined for "no date" and outside the range a Date can hold. */
const at = (t: number) => (t >= NO_DATE_BEFORE && t <= 8.64e15 ? new Date(t) : undefined);

/** Reads a server date; undefined when the text is not a date this module understands. */
export function parseServerDate(text: string, timeZone: string): Date | undefined {
  const s = text.trim();
  const wcf = WCF.exec(s);
  if (wcf) return at(Number(wcf[1]));
  const m = ISO.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi, sec, oh, om] = [1, 2, 3, 4, 5, 6, 10, 11].map((k) => Number(m[k] ?? 0));
  const wall = utc(y, mo, d, h, mi, sec, Number(`${m[7] ?? ''}00`.slice(0, 3)));
  // Day 31 of a 30-day month (or 29 February of a common year) would roll into the next month.
  if (new Date(wall).getUTCMonth() !== mo - 1 || new Date(wall).getUTCDate() !== d || h > 23 || mi > 59 || sec > 59 || oh > 18 || om > 59) {
    return undefined;
  }
  if (m[8]) return at(wall - (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000);
  // Wall clock in the server's zone: guess with the offset at that instant, then correct
  // once if the guess crossed a DST change.
  const first = zoneOffset(timeZone, wall);
  const second = zoneOffset(timeZone, wall - first);
  return at(wall - second);
}
