/**
 * Element ids inside one row. Keys are digit strings or synthetic keys chosen by the feed; any
 * character outside [A-Za-z0-9-] is written as `_<hex>_`, so distinct keys keep distinct ids.
 */
export function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9-]/g, (c) => `_${(c.codePointAt(0) ?? 0).toString(16)}_`);
}

export interface RowIds {
  readonly title: string;
  /** Date, time and place. */
  readonly summary: string;
  readonly amount: string;
  /** The row's points figures, `${points}${i}`. */
  readonly points: string;
  readonly badges: string;
  readonly details: string;
}

export function rowIds(key: string): RowIds {
  const k = safeKey(key);
  return {
    title: `t-${k}`,
    summary: `s-${k}`,
    amount: `a-${k}`,
    points: `p-${k}-`,
    badges: `g-${k}`,
    details: `d-${k}`,
  };
}
