// @ts-check
/**
 * Members and their histories, generated lazily and cached per member and "now".
 * A growing member's extra rows are generated on demand and cached the same way.
 */
import { DEFAULT_NOW } from './dates.js';
import { buildHistory, grownRecord } from './generate.js';
import { MEMBERS, memberByToken } from './members.js';

export { MEMBERS, memberByToken };

/** @typedef {import('./numbering.js').Operation} Operation */
/** @typedef {import('./numbering.js').HistoryRecord} HistoryRecord */
/** @typedef {import('./members.js').Member} Member */

/**
 * @typedef {object} HistoryOptions
 * @property {number} [now]    epoch ms the history is generated against (default 2026-11-29 12:00 MSK)
 * @property {number} [grown]  how many new rows have arrived on top
 * @property {number} [rows]   the history's length, instead of the member's own
 */

/** @type {Map<string, { base: HistoryRecord[], numbering: import('./numbering.js').Numbering, extra: HistoryRecord[] }>} */
const cache = new Map();

/**
 * The member's rows with what filters need, newest first; `undefined` for an unknown token.
 * @param {string} token digits
 * @param {HistoryOptions} [options]
 * @returns {HistoryRecord[] | undefined}
 */
export function getRecords(token, options = {}) {
  const member = memberByToken(token);
  if (!member) return undefined;
  const now = options.now ?? DEFAULT_NOW;
  const rows = options.rows ?? member.rows;
  const key = `${token}@${now}#${rows}`;
  let entry = cache.get(key);
  if (!entry) {
    const { records, numbering } = buildHistory({ ...member, rows }, now);
    entry = { base: records, numbering, extra: [] };
    cache.set(key, entry);
  }
  const grown = Math.max(0, options.grown ?? 0);
  if (grown === 0) return entry.base;
  while (entry.extra.length < grown) {
    entry.extra.push(grownRecord(member, now, entry.numbering, entry.extra.length));
  }
  return [...entry.extra.slice(0, grown).reverse(), ...entry.base];
}

/**
 * The member's full history, newest first, as the platform would send it (integer ids as
 * digit strings). An unknown token gives an empty array.
 * @param {string} token digits
 * @param {HistoryOptions} [options]
 * @returns {Operation[]}
 */
export function getOperations(token, options) {
  return (getRecords(token, options) ?? []).map((r) => r.op);
}
