import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorDetail } from '../api/errors.js';
import type { Formatter } from '../format/index.js';

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
 * the chosen type (slot `empty-filtered`, so a host's "no operations yet" text is not shown for it).
 */
export function renderEmpty(kind: 'new' | 'filtered', fmt: Formatter): TemplateResult {
  const { msg } = fmt;
  return kind === 'new'
    ? html`<div class="state empty" part="state empty"><slot name="empty"><p class="state-title">${msg.emptyNew}</p><p class="state-hint">${msg.emptyNewHint}</p></slot></div>`
    : html`<div class="state empty" part="state empty"><slot name="empty-filtered"><p class="state-title">${msg.emptyFiltered}</p></slot></div>`;
}

/** The text an error shows: the platform's own message for `api` errors, else a plain explanation. */
export function errorText(error: ErrorDetail, fmt: Formatter): string {
  const server = error.kind === 'api' ? error.message.trim() : '';
  // A server may send a Message of any length: the screen shows its start (the event keeps it whole).
  if (server.length > 300) return `${server.slice(0, 300)}…`;
  if (error.status === 401 || error.status === 403) return fmt.msg.authError;
  return server || fmt.msg.errors[error.kind];
}

/**
 * A failed load. `hasRows`: rows are shown above, so it is a compact notice under them.
 * A `config` error has no Retry: the same settings would fail the same way.
 */
export function renderError(error: ErrorDetail, fmt: Formatter, hasRows: boolean): TemplateResult {
  const text = errorText(error, fmt);
  return html`<div class="state error${hasRows ? ' error-more' : ''}" part="state error" role="alert">
    <slot name="error"><p class="state-title">${hasRows ? html`${fmt.msg.errorMore} ` : nothing}${text}</p></slot>
    ${error.kind === 'config' ? nothing : html`<button type="button" class="retry" data-action="retry">${fmt.msg.retry}</button>`}
  </div>`;
}

/** Every operation is shown. */
export function renderEnd(count: number, fmt: Formatter): TemplateResult {
  return html`<p class="state end" part="state end">${fmt.msg.allLoaded(count)}</p>`;
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
