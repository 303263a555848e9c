import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../format/index.js';
import type { FilterKind } from '../format/messages.js';

export interface HeaderParams {
  readonly fmt: Formatter;
  /** Card number as digits; only its last 4 digits are shown. */
  readonly card?: string;
  /** Total number of operations, when known. */
  readonly total?: number;
  readonly filter: FilterKind;
  readonly showFilters: boolean;
}

const FILTERS: readonly FilterKind[] = ['all', 'cheque', 'bonus'];

/** The last 4 digits of a card number, or '' when it has none. */
export function cardLast4(card: string | undefined): string {
  return (card ?? '').replace(/\D/g, '').slice(-4);
}

/**
 * Masked card, total count and filter buttons. The filters are toggle buttons (`aria-pressed`)
 * in a labelled group: each is a plain Tab stop and works with Enter and Space.
 */
export function renderHeader(p: HeaderParams): TemplateResult {
  const { fmt, filter } = p;
  const last4 = cardLast4(p.card);
  const hasInfo = last4 !== '' || p.total !== undefined;
  return html`<div class="header" part="header">
    ${hasInfo
      ? html`<div class="header-info">
          ${last4
            ? html`<span class="card"><span aria-hidden="true">${fmt.msg.cardLabel(last4)}</span><span class="vh">${fmt.msg.cardSpoken(last4)}</span></span>`
            : nothing}
          ${p.total !== undefined ? html`<span class="count">${fmt.msg.operationsCount(p.total)}</span>` : nothing}
        </div>`
      : nothing}
    ${p.showFilters
      ? html`<div class="tabs" part="tabs" role="group" aria-label=${fmt.msg.filtersLabel}>${FILTERS.map(
          (f) => html`<button
            type="button"
            class="tab"
            part=${f === filter ? 'tab tab-selected' : 'tab'}
            data-action="filter"
            data-filter=${f}
            aria-pressed=${f === filter ? 'true' : 'false'}
          >${fmt.msg.tabs[f]}</button>`,
        )}</div>`
      : nothing}
  </div>`;
}
