import { html, type TemplateResult } from 'lit';
import type { Operation } from '../api/types.js';
import type { FeedChunk, FeedRow } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import { describeOperation } from '../model/operation.js';
import { count, monthKey, openMonth, renderMonthHeader, renderMonthSummary, type MonthTally } from './month.js';
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
 * The rows one page added, with a month band wherever the month changes (also against the last
 * row of the previous page) and, before it, the summary of the month that has just been
 * completed. Rendered once per page and kept, so appending costs one page; nothing in an earlier
 * page ever changes.
 */
export function renderChunk(chunk: FeedChunk, previous: Operation | undefined, ctx: ChunkContext): TemplateResult {
  const { fmt } = ctx;
  // Pages are rendered in order; a page whose predecessor was not would count its month partly.
  const before = previous && (openMonth.get(previous) ?? { key: monthKey(previous, fmt), plus: 0, minus: 0, partial: true });
  let tally: MonthTally = { key: '', plus: 0, minus: 0, ...before };
  const parts: unknown[] = [];
  for (const row of chunk.rows) {
    const key = monthKey(row.op, fmt);
    if (key && key !== tally.key) {
      parts.push(renderMonthSummary(tally, fmt), renderMonthHeader(row.op.proctime!, fmt));
      tally = { key, date: row.op.proctime!, plus: 0, minus: 0 };
    }
    count(tally, row.op);
    parts.push(renderFeedRow(row, ctx));
  }
  const last = chunk.rows.at(-1);
  if (last) openMonth.set(last.op, tally);
  return html`<div class="chunk">${parts}</div>`;
}

/** One row of the feed, alone: the element renders a row again when it is expanded or collapsed. */
export function renderFeedRow({ op, key, index }: FeedRow, ctx: ChunkContext): TemplateResult {
  return renderRow(op, describeOperation(op, ctx.now), {
    fmt: ctx.fmt,
    now: ctx.now,
    key,
    posinset: index + 1,
    setsize: ctx.setsize,
    expanded: ctx.expanded.has(key),
    parentLoaded: op.parent !== undefined && ctx.parentLoaded(op.parent),
    copied: ctx.copied === key,
  });
}
