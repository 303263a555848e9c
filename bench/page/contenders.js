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
 * @property {string} row                          selector of one row in the shadow tree
 * @typedef {{ token: string, apiBase: string, pageSize: number, siteCode: string, button?: boolean, syncHeaders?: boolean }} MountOptions
 * @typedef {LitHost & { items: { Id: number }[], done: boolean, loadMore(): Promise<void> }} BaselineHost
 */

/** @param {LitHost} el */
const shadow = (el) => /** @type {ShadowRoot} */ (el.shadowRoot);

/** One row of the widget. */
const ARTICLE = '[role="article"]';

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
    if (o.syncHeaders) Object.assign(el, { headers: () => ({}) });
    return el;
  },
  more(el) {
    shadow(el).querySelector('[data-action="more"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  },
  scroller: (el) => shadow(el).querySelector('.scroller'),
  indicator: (el) => child(shadow(el).querySelector('.scroller'), '[part~="loading"], [part~="skeleton"], [part~="show-more"][aria-disabled="true"]'),
  done: (el) => child(shadow(el).querySelector('.scroller'), '[part~="end"]') !== null,
  row: ARTICLE,
  ids: (el) => [...shadow(el).querySelectorAll(ARTICLE)].map((a) => a.getAttribute('data-id') ?? ''),
};

/**
 * The child of `parent` that matches: the harness asks every frame, and a querySelector over a
 * shadow tree of 10,000 rows costs ~100 ms a frame, which would measure the harness, not the
 * contender. State blocks are direct children of the scroll box in the widget and the naive list.
 * @param {Element | null} parent @param {string} selector
 */
function child(parent, selector) {
  for (const c of parent?.children ?? []) if (c.matches(selector)) return c;
  return null;
}

/**
 * @param {string} tag @param {string} script
 * @param {boolean} nested the loading indicator is an item inside the list (virtualizer; its DOM is small)
 * @returns {Adapter}
 */
function baseline(tag, script, nested) {
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
    indicator: (el) => (nested ? shadow(el).querySelector('[part~="loading"]') : child(shadow(el).querySelector('.list'), '[part~="loading"]')),
    done: (el) => /** @type {BaselineHost} */ (el).done,
    row: '.row',
    ids: (el) => /** @type {BaselineHost} */ (el).items.map((op) => String(op.Id)),
  };
}

/** @type {Record<string, Adapter>} */
export const adapters = {
  widget,
  naive: baseline('naive-history', '/build/naive-history.js', false),
  virtual: baseline('virtual-history', '/build/virtual-history.js', true),
};
