// How the harness drives each contender: the same questions asked of different elements (the
// member widget, the two baselines, and the staff table for its own figures).

/**
 * @typedef {HTMLElement & { updateComplete: Promise<unknown> }} LitHost
 * @typedef {object} Adapter
 * @property {string} script     the bundle that defines the element
 * @property {string} tag        the element's name
 * @property {(o: MountOptions) => Record<string, string>} attributes  what the element is given, as attributes
 * @property {string} pageEvent  fired when a page has been received and taken in
 * @property {(o: MountOptions) => LitHost} create
 * @property {(el: LitHost) => void} more          asks for the next page
 * @property {(el: LitHost) => HTMLElement | null} scroller
 * @property {(el: LitHost) => Element | null} indicator  the loading indicator, if rendered
 * @property {(el: LitHost) => boolean} done       the whole history is loaded
 * @property {(el: LitHost) => string[]} ids       the Ids of the rows held, in order
 * @property {string} row                          selector of one row in the shadow tree
 * @typedef {{ token: string, apiBase: string, pageSize: number, siteCode: string, button?: boolean, syncHeaders?: boolean, timeout?: number }} MountOptions
 * @typedef {LitHost & { items: { Id: number }[], done: boolean, loadMore(): Promise<void> }} BaselineHost
 */

/** @param {LitHost} el */
const shadow = (el) => /** @type {ShadowRoot} */ (el.shadowRoot);

/** One row of the widget. */
const ARTICLE = '[role="article"]';

/**
 * Creates `adapter`'s element with its attributes.
 * @param {Adapter} adapter @param {MountOptions} o
 */
export function createElement(adapter, o) {
  const el = /** @type {LitHost} */ (document.createElement(adapter.tag));
  for (const [name, value] of Object.entries(adapter.attributes(o))) el.setAttribute(name, value);
  return el;
}

/** What both of our elements are given: the request, the language and the time zone. @param {MountOptions} o */
function ownAttributes(o) {
  /** @type {Record<string, string>} */
  const attributes = { token: o.token, 'site-code': o.siteCode, 'api-base': o.apiBase, 'page-size': String(o.pageSize), lang: 'ru', 'time-zone': 'Europe/Moscow' };
  if (o.timeout !== undefined) attributes['timeout'] = String(o.timeout);
  return attributes;
}

/** @type {Adapter} */
const widget = {
  script: '/build/drop-in/loyalty-history.js',
  tag: 'loyalty-history',
  attributes: (o) => ({ ...ownAttributes(o), ...(o.button ? { 'load-mode': 'button' } : {}) }),
  pageEvent: 'loyalty-history-load',
  create(o) {
    const el = createElement(widget, o);
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

/** `Rows` of each staff table's last page, from its load event. @type {WeakMap<Element, number>} */
const tableTotals = new WeakMap();
/** One row of the staff table. */
const TABLE_ROW = 'tr[part~="row"]';

/**
 * The staff table `<loyalty-history-table>`: it has no Show more; its next page is asked for
 * when the end of its box comes near, so `more` scrolls the box to the bottom, as staff do.
 * @type {Adapter}
 */
const table = {
  script: '/build/drop-in/loyalty-history-table.js',
  tag: 'loyalty-history-table',
  attributes: ownAttributes,
  pageEvent: 'loyalty-history-load',
  create(o) {
    const el = createElement(table, o);
    el.addEventListener('loyalty-history-load', (e) => tableTotals.set(el, e.detail.total ?? Infinity));
    return el;
  },
  more(el) {
    const box = table.scroller(el);
    if (box) box.scrollTop = box.scrollHeight;
  },
  scroller: (el) => shadow(el).querySelector('.box'),
  indicator: (el) => child(shadow(el).querySelector('.box'), '.state'),
  done: (el) => table.ids(el).length >= (tableTotals.get(el) ?? Infinity),
  row: TABLE_ROW,
  ids: (el) => [...shadow(el).querySelectorAll(TABLE_ROW)].map((r) => r.getAttribute('data-key') ?? ''),
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
  /** @type {Adapter} */
  const adapter = {
    script,
    tag,
    attributes: (o) => ({ token: o.token, 'site-code': o.siteCode, 'api-base': o.apiBase, 'page-size': String(o.pageSize) }),
    pageEvent: 'page-load',
    create: (o) => createElement(adapter, o),
    more: (el) => void /** @type {BaselineHost} */ (el).loadMore(),
    scroller: (el) => shadow(el).querySelector('.list'),
    indicator: (el) => (nested ? shadow(el).querySelector('[part~="loading"]') : child(shadow(el).querySelector('.list'), '[part~="loading"]')),
    done: (el) => /** @type {BaselineHost} */ (el).done,
    row: '.row',
    ids: (el) => /** @type {BaselineHost} */ (el).items.map((op) => String(op.Id)),
  };
  return adapter;
}

/** @type {Record<string, Adapter>} */
export const adapters = {
  widget,
  naive: baseline('naive-history', '/build/naive-history.js', false),
  virtual: baseline('virtual-history', '/build/virtual-history.js', true),
  table,
};
