// How the harness drives each contender: the same questions asked of three different elements.

/**
 * @typedef {HTMLElement & { updateComplete: Promise<unknown> }} LitHost
 * @typedef {object} Adapter
 * @property {string} script     the bundle that defines the element
 * @property {string} pageEvent  fired when a page has been received and taken in
 * @property {(o: MountOptions) => LitHost} create
 * @property {(el: LitHost) => void} more          asks for the next page
 * @property {(el: LitHost) => HTMLElement | null} scroller
 * @property {(el: LitHost) => Element | null} indicator  the loading indicator, if rendered
 * @property {(el: LitHost) => boolean} done       the whole history is loaded
 * @property {(el: LitHost) => string[]} ids       the Ids of the rows held, in order
 * @typedef {{ token: string, apiBase: string, pageSize: number, siteCode: string, button?: boolean }} MountOptions
 * @typedef {LitHost & { items: { Id: number }[], done: boolean, loadMore(): Promise<void> }} BaselineHost
 */

/** @param {LitHost} el */
const shadow = (el) => /** @type {ShadowRoot} */ (el.shadowRoot);

/** @type {Adapter} */
const widget = {
  script: '/build/drop-in/loyalty-history.js',
  pageEvent: 'loyalty-history-load',
  create(o) {
    const el = /** @type {LitHost} */ (document.createElement('loyalty-history'));
    el.setAttribute('token', o.token);
    el.setAttribute('site-code', o.siteCode);
    el.setAttribute('api-base', o.apiBase);
    el.setAttribute('page-size', String(o.pageSize));
    el.setAttribute('lang', 'ru');
    el.setAttribute('time-zone', 'Europe/Moscow');
    if (o.button) el.setAttribute('load-mode', 'button');
    return el;
  },
  more(el) {
    shadow(el).querySelector('[data-action="more"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  },
  scroller: (el) => shadow(el).querySelector('.scroller'),
  indicator: (el) => shadow(el).querySelector('[part~="loading"], [part~="skeleton"], [part~="show-more"][aria-disabled="true"]'),
  done: (el) => shadow(el).querySelector('[part~="end"]') !== null,
  ids: (el) => [...shadow(el).querySelectorAll('[role="article"]')].map((a) => a.getAttribute('data-id') ?? ''),
};

/** @param {string} tag @param {string} script @returns {Adapter} */
function baseline(tag, script) {
  return {
    script,
    pageEvent: 'page-load',
    create(o) {
      const el = /** @type {LitHost} */ (document.createElement(tag));
      el.setAttribute('token', o.token);
      el.setAttribute('site-code', o.siteCode);
      el.setAttribute('api-base', o.apiBase);
      el.setAttribute('page-size', String(o.pageSize));
      return el;
    },
    more: (el) => void /** @type {BaselineHost} */ (el).loadMore(),
    scroller: (el) => shadow(el).querySelector('.list'),
    indicator: (el) => shadow(el).querySelector('[part~="loading"]'),
    done: (el) => /** @type {BaselineHost} */ (el).done,
    ids: (el) => /** @type {BaselineHost} */ (el).items.map((op) => String(op.Id)),
  };
}

/** @type {Record<string, Adapter>} */
export const adapters = {
  widget,
  naive: baseline('naive-history', '/build/naive-history.js'),
  virtual: baseline('virtual-history', '/build/virtual-history.js'),
};
