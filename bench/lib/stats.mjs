// Summaries of repeated measurements.

/** @param {number[]} sorted @param {number} q 0..1 */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (at - lo);
}

/** @param {number[]} values */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/** @param {number[]} values */
export const median = (values) => quantile([...values].sort((a, b) => a - b), 0.5);

/** Rounds to `digits` decimals, for the JSON. @param {number} n @param {number} [digits] */
export const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
