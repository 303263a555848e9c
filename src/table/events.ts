import type { Totals } from './totals.js';

export interface ExportDetail {
  /** The whole file: UTF-8 with a BOM, every row of the current request. */
  readonly blob: Blob;
  /** `<client or card>-<yyyy-MM-dd>.csv` */
  readonly fileName: string;
  readonly rows: number;
  /** Sums over every row of the history. */
  readonly totals: Totals;
}

/**
 * Fired once an export has read every row, before the file is saved. Cancelable: a page that
 * calls `preventDefault()` saves or sends the file its own way and no download starts.
 */
export class LoyaltyHistoryTableExportEvent extends Event {
  static readonly eventName = 'loyalty-history-table-export';
  constructor(readonly detail: ExportDetail) {
    super(LoyaltyHistoryTableExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loyalty-history-table-export': LoyaltyHistoryTableExportEvent;
  }
}
