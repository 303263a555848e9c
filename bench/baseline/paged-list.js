// What both baselines share, as an integrator would write it: the properties, the array of
// every operation held, and loading the next page with `Start` = rows already held.
import { LitElement } from 'lit';
import { fetchPage, rowStyles } from './rows.js';

/** @typedef {import('./rows.js').Op} Op */

export class PagedList extends LitElement {
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
}
