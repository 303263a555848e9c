/**
 * Element ids inside one row. Keys are digit strings or synthetic keys chosen by the feed; any
 * character outside [A-Za-z0-9-] is written as `_<hex>_`, so distinct keys keep distinct ids.
 */
export function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9-]/g, (c) => `_${(c.codePointAt(0) ?? 0).toString(16)}_`);
}

export interface RowIds {
  readonly row: string;
  readonly title: string;
  readonly summary: string;
  readonly figures: string;
  readonly badges: string;
  readonly toggle: string;
  readonly toggleLabel: string;
  readonly details: string;
}

export function rowIds(key: string): RowIds {
  const k = safeKey(key);
  return {
    row: `r-${k}`,
    title: `t-${k}`,
    summary: `s-${k}`,
    figures: `f-${k}`,
    badges: `g-${k}`,
    toggle: `b-${k}`,
    toggleLabel: `bl-${k}`,
    details: `d-${k}`,
  };
}
