// Baseline 2: the same rows and the same paging as the naive list, rendered with
// @lit-labs/virtualizer, which keeps only the rows near the viewport in the DOM. `scroller: true`
// on a box with a definite height: inside a shadow root its own scroller detection fails.
// It asks for the next page when the last row becomes visible.
import { html } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { PagedList } from './paged-list.js';
import { renderRow } from './rows.js';

/** @typedef {import('./rows.js').Op} Op */

/** The last item while a page loads: the loading indicator, shown only when scrolled into view. */
const LOADING = /** @type {Op} */ (/** @type {unknown} */ ({ loading: true }));

export class VirtualHistory extends PagedList {
  /** @param {Event} e */
  onVisibility(e) {
    const { last } = /** @type {Event & { last: number }} */ (e);
    if (last >= this.items.length - 1) void this.loadMore();
  }

  /** @override */
  render() {
    const items = this.loading ? [...this.items, LOADING] : this.items;
    return html`<div class="list" @visibilityChanged=${this.onVisibility}>${virtualize({
      items,
      scroller: true,
      keyFunction: (op) => (op === LOADING ? 'loading' : op.Id),
      renderItem: (op) => (op === LOADING ? html`<div class="loading" part="loading">Загрузка…</div>` : renderRow(op)),
    })}</div>`;
  }
}
customElements.define('virtual-history', VirtualHistory);
