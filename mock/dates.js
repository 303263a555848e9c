// @ts-check
/**
 * Time constants and the platform's date text. Its dates come from its database: Moscow wall
 * time without an offset, fractional seconds as stored, trailing zeros dropped (Newtonsoft.Json's
 * default), so 0 to 7 digits: `2018-04-09T12:34:56.12`. (The help page's `+03:00` samples are
 * generated from the clock, not read from data.)
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Moscow time, the zone of the platform's wall clock. */
const OFFSET = 3 * HOUR;

/** The fixed "now" every history is generated against, so that outputs are reproducible. */
export const DEFAULT_NOW = Date.parse('2026-11-29T12:00:00+03:00');

/** `YYYY-MM-DDT` of each Moscow day seen so far, by day number since the epoch. */
const dayText = new Map();

/** @param {number} n @param {number} width */
const pad = (n, width) => String(n).padStart(width, '0');

/**
 * Writes a moment as the platform does: Moscow wall time, no offset, the fraction of a second
 * without trailing zeros. Dates are stored with 0 to 7 fractional digits, picked by the second,
 * so the same second is always written with the same precision.
 * @param {number} ms    epoch milliseconds (integer)
 * @param {number} [sub] the 100-nanosecond ticks below the millisecond, 0..9999
 * @returns {string}
 */
export function platformDate(ms, sub = 0) {
  const local = ms + OFFSET;
  const day = Math.floor(local / DAY);
  let date = dayText.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 11);
    dayText.set(day, date);
  }
  let rest = local - day * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / MINUTE);
  rest -= m * MINUTE;
  const s = Math.floor(rest / 1000);
  const stored = Math.floor(ms / 1000) % 8; // by the second, so a burn is never written before the expiry it records
  const fraction = `${pad(rest - s * 1000, 3)}${pad(sub, 4)}`.slice(0, stored).replace(/0+$/, '');
  return `${date}${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${fraction && `.${fraction}`}`;
}

/**
 * The year and the start of the Moscow calendar day of a moment.
 * @param {number} ms
 * @returns {{ year: number, dayStart: number }}
 */
export function mskDay(ms) {
  const shifted = ms + OFFSET;
  return { year: new Date(shifted).getUTCFullYear(), dayStart: Math.floor(shifted / DAY) * DAY - OFFSET };
}

/**
 * A Moscow wall-clock moment.
 * @param {number} year @param {number} month 0-11 @param {number} day @param {number} hour
 * @returns {number}
 */
export function msk(year, month, day, hour) {
  return Date.UTC(year, month, day, hour) - OFFSET;
}
