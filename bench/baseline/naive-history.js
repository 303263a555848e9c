// Baseline 1: the list most integrators write first. Every operation is kept in one array, each
// page is fetched when the reader nears the bottom, and the whole list is rendered again with
// `map` after each page.
import { html, nothing } from 'lit';
import { PagedList } from './paged-list.js';
import { renderRow } from './rows.js';

export class NaiveHistory extends PagedList {
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
