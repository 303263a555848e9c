import { html, nothing, type TemplateResult } from 'lit';
import type { Operation } from '../api/types.js';
import type { FeedChunk } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';

/*
 * Rows are grouped by month, as banking apps do for a sparse history: a band per month, and each
 * row says its own day ('Вчера, 14:05', '6 ноября, 09:33'). A month band depends only on the row
 * before it, so a page never changes an earlier one. Once a month is complete in the list (an
 * older row has arrived, or the list has ended), a summary of its points closes it.
 */

/** The points of one month's rows so far. `key` is 'YYYY-MM', '' before the first dated row. */
export interface MonthTally {
  readonly key: string;
  /** A row of the month, to name it. */
  readonly date?: Date;
  /** Points earned or returned. */
  plus: number;
  /** Points spent or burnt. */
  minus: number;
  /** Some rows of the month were not counted: no summary is shown, never a partial sum. */
  readonly partial?: boolean;
}

/** The month a row belongs to, in the formatter's zone; '' for a row without a date. */
export function monthKey(op: Operation, fmt: Formatter): string {
  return op.proctime ? fmt.dayKey(op.proctime).slice(0, 7) : '';
}

/** Adds a row's points to the tally of its month. */
export function count(tally: MonthTally, op: Operation): void {
  const pos = (n: number | undefined) => (Number.isFinite(n) && n! > 0 ? n! : 0);
  // Odd signs count as the rows show them: a negative Added is points taken, a negative Redeemed points returned.
  tally.plus += pos(op.added) + pos(-(op.redeemed ?? 0));
  tally.minus += pos(op.redeemed) + pos(-(op.added ?? 0));
}

/**
 * The month above its rows: 'Ноябрь 2026'. Hidden from assistive technology: a feed's children
 * should be articles, and each row says its own date.
 */
export function renderMonthHeader(date: Date, fmt: Formatter): TemplateResult {
  return html`<div class="month" part="month-header" aria-hidden="true">${fmt.month(date)}</div>`;
}

/**
 * A complete month's points: 'Ноябрь 2026 · +320 / −150 баллов' on screen (the word agrees with
 * the last number), one sentence for a screen reader. Nothing for a month that moved no points
 * or was not counted whole.
 */
export function renderMonthSummary(tally: MonthTally, fmt: Formatter): TemplateResult | typeof nothing {
  const { plus, minus, date } = tally;
  if (!date || tally.partial || !(plus || minus)) return nothing;
  const month = fmt.month(date);
  const nums = [plus, -minus].filter(Boolean);
  return html`<div class="month-sum" part="month-summary"
    ><span aria-hidden="true">${month} · ${nums.map((n) => fmt.points(n, true)).join(' / ')}\u00a0${fmt.msg.points(nums.at(-1)!)}</span
    ><span class="vh">${fmt.msg.monthSpoken(month, plus, minus)}</span></div>`;
}

/**
 * The month still open after the last row of each rendered page, keyed by that row: the next
 * page continues it, and the end of the list closes it. Tallies are never changed once stored,
 * so a page rendered again (another language) starts from the same one.
 */
export const openMonth = new WeakMap<Operation, MonthTally>();

/**
 * The summary of the last month shown, once the list has ended (renderEnd puts it after the last
 * row): the month its page left open. Nothing when that page was not rendered, never a partial sum.
 */
export function renderLastMonthSummary(chunks: readonly FeedChunk[], fmt: Formatter): TemplateResult | typeof nothing {
  const tally = openMonth.get(chunks.at(-1)?.rows.at(-1)?.op as Operation);
  return tally ? renderMonthSummary(tally, fmt) : nothing;
}
