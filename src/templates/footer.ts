import { nothing } from 'lit';
import type { HistoryError } from '../api/errors.js';
import type { HistoryFilter } from '../api/types.js';
import type { FeedChunk, FeedStatus } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import { renderEmpty, renderEnd, renderError, renderLoadingMore, renderShowMore } from './states.js';

export interface FooterState {
  readonly status: FeedStatus;
  readonly error: HistoryError | undefined;
  /** Rows shown. */
  readonly count: number;
  readonly chunks: readonly FeedChunk[];
  /** Whether more is loaded by a Show more button rather than by scrolling. */
  readonly button: boolean;
  readonly filter: HistoryFilter;
  /** The list is one order's cheques (`order-id`): its empty state offers no other filter. */
  readonly oneOrder: boolean;
}

/** What stands below the rows: the error, the end, the empty state, loading more or Show more. */
export function renderFooter(state: FooterState, fmt: Formatter): unknown {
  const { status, count, button, filter } = state;
  switch (status) {
    case 'error':
      return state.error ? renderError(state.error.toDetail(), fmt, count > 0) : nothing;
    case 'done':
      // The last month's summary comes with the end: only now is that month complete.
      if (count > 0) return renderEnd(count, fmt, state.chunks);
      return renderEmpty(filter === 'all' && !state.oneOrder ? 'new' : 'filtered', fmt, filter !== 'all');
    case 'loading':
      if (count === 0) return nothing;
      return button ? renderShowMore(fmt, true) : renderLoadingMore(fmt);
    default:
      return button && count > 0 ? renderShowMore(fmt) : nothing;
  }
}
