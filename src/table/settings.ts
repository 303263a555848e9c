/**
 * The staff table's own setting, beside the request and display settings every element shares
 * (api/settings.ts): which columns it shows, in which order. A change re-renders the rows in
 * place (the request stays). Read by columns.ts's parseColumns; the manifest lists it.
 */
import type { Setting } from '../api/settings.js';

export const TABLE_SETTINGS = {
  columns: { attribute: 'columns', role: 'display' },
} as const satisfies Record<string, Setting>;

/** What the staff table shows beyond the shared settings. */
export interface TableProperties {
  /**
   * Which columns, in which order: their names separated by commas or spaces (`date`,
   * `operation`, `pos`, `partner`, `cheque`, `order`, `amount`, `discount`, `certificate`,
   * `added`, `spent`, `remain`, `active-from`, `burns-on`, `coupon`, `source`, `id`). Absent or
   * empty: every column. The export writes the same columns.
   */
  columns?: string;
}
