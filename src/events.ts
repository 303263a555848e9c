import type { ErrorDetail } from './api/errors.js';
import type { HistoryFilter, Operation } from './api/types.js';

export type { HistoryFilter };

export interface LoadDetail {
  /** The operations this page added (already deduplicated). */
  readonly operations: readonly Operation[];
  /** `Rows`: how many operations the history has in all, if the server said. */
  readonly total: number | undefined;
}

export interface FilterChangeDetail {
  readonly filter: HistoryFilter;
}

const init = { bubbles: true, composed: true } as const;

/** Fired for each page of operations shown. */
export class LoyaltyHistoryLoadEvent extends Event {
  static readonly eventName = 'loyalty-history-load';
  constructor(readonly detail: LoadDetail) {
    super(LoyaltyHistoryLoadEvent.eventName, init);
  }
}

/** Fired when a request fails for good or the configuration is wrong. Never carries the token. */
export class LoyaltyHistoryErrorEvent extends Event {
  static readonly eventName = 'loyalty-history-error';
  constructor(readonly detail: ErrorDetail) {
    super(LoyaltyHistoryErrorEvent.eventName, init);
  }
}

/** Fired when the member picks a filter tab (not when a script sets `filter`). */
export class LoyaltyHistoryFilterChangeEvent extends Event {
  static readonly eventName = 'loyalty-history-filter-change';
  constructor(readonly detail: FilterChangeDetail) {
    super(LoyaltyHistoryFilterChangeEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loyalty-history-load': LoyaltyHistoryLoadEvent;
    'loyalty-history-error': LoyaltyHistoryErrorEvent;
    'loyalty-history-filter-change': LoyaltyHistoryFilterChangeEvent;
  }
}
