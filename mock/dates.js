// @ts-check
/** Time constants and the platform's .NET date text: `2025-11-06T03:31:38.5405101+03:00`. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Moscow time, the offset every date of the platform carries. */
const OFFSET = 3 * HOUR;

/** The fixed "now" every history is generated against, so that outputs are reproducible. */
export const DEFAULT_NOW = Date.parse('2026-11-29T12:00:00+03:00');

/** `YYYY-MM-DDT` of each Moscow day seen so far, by day number since the epoch. */
const dayText = new Map();

/** @param {number} n @param {number} width */
const pad = (n, width) => String(n).padStart(width, '0');

/**
 * Writes a moment as the platform does: Moscow wall time, 7 fractional digits, `+03:00`.
 * @param {number} ms    epoch milliseconds (integer)
 * @param {number} [sub] the 100-nanosecond ticks below the millisecond, 0..9999
 * @returns {string}
 */
export function netDate(ms, sub = 0) {
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
  return `${date}${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(rest - s * 1000, 3)}${pad(sub, 4)}+03:00`;
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
