// Baseline 1: the list most integrators write first. Every operation is kept in one array, each
// page is fetched when the reader nears the bottom, and the whole list is rendered again with
// `map` after each page.
import { LitElement, html, nothing } from 'lit';
import { fetchPage, renderRow, rowStyles } from './rows.js';

/** @typedef {import('./rows.js').Op} Op */

export class NaiveHistory extends LitElement {
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
  onScroll(e) {
    const list = /** @type {HTMLElement} */ (e.currentTarget);
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 200) void this.loadMore();
  }

  /** @override */
  render() {
    return html`<div class="list" @scroll=${this.onScroll}>
      <div class="rows">${this.items.map((op) => renderRow(op))}</div>
      ${this.loading ? html`<div class="loading" part="loading">Загрузка…</div>` : nothing}
      ${this.done ? html`<p class="end" part="end">Все операции загружены</p>` : nothing}
      ${this.error ? html`<p class="end" part="error">${this.error}</p>` : nothing}
    </div>`;
  }
}
customElements.define('naive-history', NaiveHistory);
