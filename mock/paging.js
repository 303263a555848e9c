// @ts-check
/**
 * How a page of rows is cut from a history, by the base the server counts `Start` from. Shared
 * by the mock and the tests' in-page fake platform (test/helpers/fake-platform.ts).
 */

/** @typedef {0 | 1 | 'short'} StartBase */

/**
 * Row range [from, to) of a page. Base 1: Start 1 is the first row, 0 is read as 1. Base 0:
 * Start 0 is the first row. 'short': base 1, but Start 0 means rows 0..Length-1 of which row 0
 * does not exist, so the page is one row short. Length absent or 0: every remaining row.
 * @param {number} start @param {number} length @param {StartBase} base
 * @returns {[number, number]}
 */
export function pageRange(start, length, base) {
  const len = length > 0 ? length : Infinity;
  if (base === 0) {
    const from = Math.max(0, start);
    return [from, from + len];
  }
  if (base === 1 || start >= 1) {
    const from = Math.max(1, start) - 1;
    return [from, from + len];
  }
  return [0, Math.max(0, start - 1 + len)];
}
