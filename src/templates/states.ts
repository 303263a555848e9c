import { html, nothing, type TemplateResult } from 'lit';
import { canRetry, identificationProblem, isPlatformFault, type ErrorDetail } from '../api/errors.js';
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

/**
 * The text an error shows: the platform's own message for `api` errors, else a plain explanation.
 * A platform fault's message is an exception's text, for developers: the member reads that the
 * platform failed.
 */
export function errorText(error: ErrorDetail, fmt: Formatter): string {
  if (isPlatformFault(error)) return fmt.msg.platformFault;
  const server = error.kind === 'api' ? error.message.trim() : '';
  // A server may send a Message of any length: the screen shows its start (the event keeps it whole).
  if (server.length > 300) return `${server.slice(0, 300)}…`;
  if (error.status === 401 || error.status === 403) return fmt.msg.authError;
  // Another 4xx: the address or the request is wrong, as a misconfigured widget's would be.
  if (error.kind === 'http' && !canRetry(error)) return fmt.msg.errors.config;
  return server || fmt.msg.errors[error.kind];
}

/**
 * What the member can do under a business error that asking again cannot fix: for an
 * identification error (1-9) what would help (check the number, tell the store), else sign in again.
 */
function errorHint(error: ErrorDetail, fmt: Formatter): string | undefined {
  if (error.kind !== 'api' || canRetry(error)) return undefined;
  const problem = identificationProblem(error);
  return problem ? fmt.msg.identificationHints[problem] : fmt.msg.authError;
}

/**
 * A failed load. `hasRows`: rows are shown above, so it is a compact notice under them.
 * Retry only where asking again can help (see canRetry); under a business error the member
 * reads what to do instead.
 */
export function renderError(error: ErrorDetail, fmt: Formatter, hasRows: boolean): TemplateResult {
  const text = errorText(error, fmt);
  const retry = canRetry(error);
  const hint = errorHint(error, fmt);
  return html`<div class="state error${hasRows ? ' error-more' : ''}" part="state error" role="alert"
    ><slot name="error"><p class="state-title">${hasRows ? html`${fmt.msg.errorMore} ` : nothing}${text}</p>${hint
      ? html`<p class="state-hint">${hint}</p>`
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
