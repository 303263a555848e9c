import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorDetail } from '../api/errors.js';
import type { FeedChunk } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import { renderLastMonthSummary } from './month.js';

/**
 * Placeholder rows while the first page loads: the same height as real rows, so nothing jumps.
 * Hidden from assistive technology; with `fmt`, a visually hidden status says "loading".
 */
export function renderSkeleton(rows: number, fmt?: Formatter): TemplateResult {
  const n = Math.max(0, Math.min(50, Math.floor(rows) || 0));
  return html`<div class="skeleton" part="skeleton" aria-hidden="true">${Array.from(
    { length: n },
    () => html`<div class="skeleton-row"><span class="sk sk-title"></span><span class="sk sk-meta"></span><span class="sk sk-figure"></span></div>`,
  )}</div>${fmt ? html`<div class="vh" role="status">${fmt.msg.loading}</div>` : nothing}`;
}

/**
 * Nothing to show. `new`: the member has no operations yet (slot `empty`); `filtered`: none of
 * the chosen type (slot `empty-filtered`, so a host's "no operations yet" text is not shown for
 * it), with a button that switches to every operation unless `showAll` is false (the filter is
 * already "all", e.g. with `order-id`).
 */
export function renderEmpty(kind: 'new' | 'filtered', fmt: Formatter, showAll = true): TemplateResult {
  const { msg } = fmt;
  return kind === 'new'
    ? html`<div class="state empty" part="state empty"><slot name="empty"><p class="state-title">${msg.emptyNew}</p><p class="state-hint">${msg.emptyNewHint}</p></slot></div>`
    : html`<div class="state empty" part="state empty"><slot name="empty-filtered"><p class="state-title">${msg.emptyFiltered}</p></slot>${showAll
      ? html`<button type="button" class="show-all" data-action="filter" data-filter="all">${msg.showAll}</button>`
      : nothing}</div>`;
}

/** Business errors of the platform that are its own faults (2, 500: an exception; 10: no data read): asking again may help. */
const SERVER_FAULTS = [2, 10, 500];

/**
 * Whether asking again can help: a network fault, a timeout, HTTP 5xx or 429, an answer that
 * could not be read, or a server fault reported as a business error. Not for other business
 * errors (an invalid token), HTTP 401/403 and other 4xx, or the widget's own configuration.
 */
export function canRetry(error: ErrorDetail): boolean {
  const { kind, status = 500 } = error;
  return kind === 'api' ? SERVER_FAULTS.includes(error.code ?? 0) : kind === 'http' ? status >= 500 || status === 429 : kind !== 'config';
}

/** The text an error shows: the platform's own message for `api` errors, else a plain explanation. */
export function errorText(error: ErrorDetail, fmt: Formatter): string {
  const server = error.kind === 'api' ? error.message.trim() : '';
  // A server may send a Message of any length: the screen shows its start (the event keeps it whole).
  if (server.length > 300) return `${server.slice(0, 300)}…`;
  if (error.status === 401 || error.status === 403) return fmt.msg.authError;
  // Another 4xx: the address or the request is wrong, as a misconfigured widget's would be.
  if (error.kind === 'http' && !canRetry(error)) return fmt.msg.errors.config;
  return server || fmt.msg.errors[error.kind];
}

/**
 * A failed load. `hasRows`: rows are shown above, so it is a compact notice under them.
 * Retry only where asking again can help (see canRetry); under a business error the member
 * reads what to do instead.
 */
export function renderError(error: ErrorDetail, fmt: Formatter, hasRows: boolean): TemplateResult {
  const text = errorText(error, fmt);
  const retry = canRetry(error);
  return html`<div class="state error${hasRows ? ' error-more' : ''}" part="state error" role="alert"
    ><slot name="error"><p class="state-title">${hasRows ? html`${fmt.msg.errorMore} ` : nothing}${text}</p>${error.kind === 'api' && !retry
      ? html`<p class="state-hint">${fmt.msg.authError}</p>`
      : nothing}</slot
    >${retry ? html`<button type="button" class="retry" data-action="retry">${fmt.msg.retry}</button>` : nothing}</div>`;
}

/** Every operation is shown: with the pages, the summary of the last month goes first. */
export function renderEnd(count: number, fmt: Formatter, chunks: readonly FeedChunk[] = []): TemplateResult {
  return html`${renderLastMonthSummary(chunks, fmt)}<p class="state end" part="state end">${fmt.msg.allLoaded(count)}</p>`;
}

/** Loading the next page below the rows (the element's live region does the announcing). */
export function renderLoadingMore(fmt: Formatter): TemplateResult {
  return html`<div class="state loading-more" part="state loading"><span class="spinner" aria-hidden="true"></span><span>${fmt.msg.loadingMore}</span></div>`;
}

/**
 * The Show more button. While its page loads it stays in place, marked busy, so that focus
 * stays on it (a removed button would drop focus to the page).
 */
export function renderShowMore(fmt: Formatter, busy = false): TemplateResult {
  return html`<button type="button" class="show-more" part="show-more" data-action="more" aria-disabled=${busy ? 'true' : 'false'}
    >${busy ? html`<span class="spinner" aria-hidden="true"></span>${fmt.msg.loadingMore}` : fmt.msg.showMore}</button>`;
}

/** New operations arrived since the first page: a button that reloads the list. */
export function renderNewOperations(n: number, fmt: Formatter): TemplateResult {
  return html`<button type="button" class="new-operations" part="new-operations" data-action="reload"><span class="new-dot" aria-hidden="true"></span>${fmt.msg.newOperations(n)}</button>`;
}
