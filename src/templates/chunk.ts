import { html, type TemplateResult } from 'lit';
import type { Operation } from '../api/types.js';
import type { FeedChunk, FeedRow } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import { describeOperation } from '../model/operation.js';
import { renderDayHeader } from './day-header.js';
import { renderRow } from './row.js';

export interface ChunkContext {
  readonly fmt: Formatter;
  readonly now: Date;
  /** `aria-setsize`: the history's total, -1 when unknown. */
  readonly setsize: number;
  readonly expanded: ReadonlySet<string>;
  readonly copied: string | undefined;
  readonly parentLoaded: (id: string) => boolean;
}

/**
 * The rows one page added, with a day header wherever the day changes (also against the last
 * row of the previous page). Rendered once per page and kept, so appending costs one page.
 */
export function renderChunk(chunk: FeedChunk, previous: Operation | undefined, ctx: ChunkContext): TemplateResult {
  const { fmt, now } = ctx;
  let day = previous?.proctime ? fmt.dayKey(previous.proctime) : undefined;
  return html`<div class="chunk">${chunk.rows.map(({ op, key, index }) => {
    const rowDay = op.proctime ? fmt.dayKey(op.proctime) : undefined;
    const header = rowDay !== undefined && rowDay !== day && op.proctime ? renderDayHeader(op.proctime, fmt, now) : null;
    day = rowDay ?? day;
    const row = renderFeedRow({ op, key, index }, ctx);
    return header ? html`${header}${row}` : row;
  })}</div>`;
}

/** One row of the feed, alone: the element renders a row again when it is expanded or collapsed. */
export function renderFeedRow({ op, key, index }: FeedRow, ctx: ChunkContext): TemplateResult {
  return renderRow(op, describeOperation(op, ctx.now), {
    fmt: ctx.fmt,
    key,
    posinset: index + 1,
    setsize: ctx.setsize,
    expanded: ctx.expanded.has(key),
    parentLoaded: op.parent !== undefined && ctx.parentLoaded(op.parent),
    copied: ctx.copied === key,
  });
}
