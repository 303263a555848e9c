// Baseline 2: the same rows and the same paging as the naive list, rendered with
// @lit-labs/virtualizer, which keeps only the rows near the viewport in the DOM. `scroller: true`
// on a box with a definite height: inside a shadow root its own scroller detection fails.
// It asks for the next page when the last row becomes visible.
import { LitElement, html } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { fetchPage, renderRow, rowStyles } from './rows.js';

/** @typedef {import('./rows.js').Op} Op */

/** The last item while a page loads: the loading indicator, shown only when scrolled into view. */
const LOADING = /** @type {Op} */ (/** @type {unknown} */ ({ loading: true }));

export class VirtualHistory extends LitElement {
  /** @override */
  static properties = {
    token: {},
    siteCode: { attribute: 'site-code' },
    apiBase: { attribute: 'api-base' },
    pageSize: { attribute: 'page-size', type: Number },
    items: { state: true },
    loading: { state: true },
    done: { state: true },
    error: { state: true },
  };

  /** @override */
  static styles = rowStyles;

  constructor() {
    super();
    this.token = '';
    this.siteCode = '';
    this.apiBase = '/api';
    this.pageSize = 20;
    /** @type {Op[]} */
    this.items = [];
    this.loading = false;
    this.done = false;
    this.error = '';
  }

  /** @override */
  connectedCallback() {
    super.connectedCallback();
    void this.loadMore();
  }

  async loadMore() {
    if (this.loading || this.done) return;
    this.loading = true;
    try {
      const page = await fetchPage({ apiBase: this.apiBase, token: this.token, siteCode: this.siteCode, start: this.items.length, length: this.pageSize });
      this.items = [...this.items, ...page.Operations];
      this.done = page.Operations.length === 0 || this.items.length >= page.Rows;
      this.dispatchEvent(new Event('page-load'));
    } catch (e) {
      this.error = String(e);
    } finally {
      this.loading = false;
    }
  }

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
