/**
 * Dates as the platform's .NET servers write them:
 * - ISO 8601 with an offset or `Z`, up to 7 fractional digits: `2025-11-06T03:31:38.5405101+03:00`;
 * - ISO 8601 without an offset: wall-clock time of the server's zone (DST-correct via Intl);
 * - WCF: `/Date(1762389098540+0300)/` or `/Date(1762389098540)/` (milliseconds since 1970 UTC;
 *   the offset only says in which zone the server would display it).
 * Anything else, and .NET's `DateTime.MinValue` (0001-01-01T00:00:00, "no date"), gives undefined.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const WCF = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;
const MAX_TIME = 8.64e15;

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Date.UTC without its 0..99 → 1900s year mapping. */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y);
  return date.getTime();
}

/** How far the zone's wall clock is ahead of UTC at the instant `t`, in ms. */
function zoneOffset(timeZone: string, t: number): number {
  const parts: Record<string, string> = {};
  for (const p of zoneFormatter(timeZone).formatToParts(new Date(t))) parts[p.type] = p.value;
  let year = Number(parts['year']);
  if (parts['era'] === 'BC' || parts['era'] === 'B') year = 1 - year;
  const wall = utc(year, Number(parts['month']), Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/** Reads a server date; undefined when the text is not a date this module understands. */
export function parseServerDate(text: string, timeZone: string): Date | undefined {
  const s = text.trim();
  const wcf = WCF.exec(s);
  if (wcf) {
    const t = Number(wcf[1]);
    return Math.abs(t) <= MAX_TIME ? new Date(t) : undefined;
  }
  const m = ISO.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return undefined;
  const ms = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const zone = m[8];
  if (y === 1 && mo === 1 && d === 1 && h === 0 && mi === 0 && sec === 0 && ms === 0 && !zone) return undefined;
  const wall = utc(y, mo, d, h, mi, sec, ms);
  let t: number;
  if (zone) {
    let offset = 0;
    if (zone.toUpperCase() !== 'Z') {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2) || '0');
      if (oh > 18 || om > 59) return undefined;
      offset = sign * (oh * 60 + om) * 60_000;
    }
    t = wall - offset;
  } else {
    // Wall clock in the server's zone: guess with the offset at that instant, then correct
    // once if the guess crossed a DST change.
    const first = zoneOffset(timeZone, wall);
    t = wall - first;
    const second = zoneOffset(timeZone, t);
    if (second !== first) t = wall - second;
  }
  return Math.abs(t) <= MAX_TIME ? new Date(t) : undefined;
}
