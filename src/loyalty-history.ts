import { LitElement, adoptStyles, html, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadersProvider, RetryPolicy } from './api/client.js';
import { resolveConfig } from './api/config.js';
import { HistoryError } from './api/errors.js';
import type { HistoryPage } from './api/types.js';
import { LoyaltyHistoryErrorEvent, LoyaltyHistoryFilterChangeEvent, LoyaltyHistoryLoadEvent, type HistoryFilter } from './events.js';
import { FeedController } from './feed/feed-controller.js';
import type { AppendResult, FeedRow } from './feed/feed-engine.js';
import { FeedFocusController } from './feed/feed-focus.js';
import { ScrollModeController } from './feed/scroll-mode.js';
import { getFormatter, resolveLang, watchLang, type Formatter } from './format/index.js';
import { styles } from './loyalty-history.styles.js';
import { renderChunk, renderFeedRow, type ChunkContext } from './templates/chunk.js';
import { renderHeader } from './templates/header.js';
import { renderEmpty, renderEnd, renderError, renderLoadingMore, renderNewOperations, renderShowMore, renderSkeleton } from './templates/states.js';

/**
 * Properties whose change means a different request, or that are checked with it: the list is
 * cleared and read again, or a wrong value is a config error whenever it is set.
 */
const REQUEST_PROPS = ['token', 'siteCode', 'apiBase', 'pageSize', 'card', 'phone', 'client', 'partner', 'posCode', 'operator', 'orderId', 'filter', 'timeout', 'serverTimeZone', 'loadMode', 'currency', 'timeZone'] as const;
/** A rough row height (72 px wide, 93 px on a phone), for the placeholder size of a page that is out of view. */
const ROW_PX = 84;

/** Removes Lit's markers from rendered markup that is kept without its parts. */
function dropComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (walker.nextNode()) found.push(walker.currentNode);
  for (const c of found) c.parentNode?.removeChild(c);
}

/** Renders a template once into plain nodes: no Lit parts are kept for it. */
function nodesOf(template: unknown): DocumentFragment {
  const fragment = document.createDocumentFragment();
  render(template, fragment);
  dropComments(fragment);
  return fragment;
}

/**
 * A loyalty-programme member's history of operations: purchases and refunds, bonus points earned
 * and spent, gifts, certificates and coupons, pending and expiring points, as an infinite feed.
 *
 * @summary The operation history of a loyalty-programme member.
 *
 * @fires loyalty-history-load - A page of operations was shown. `detail: { operations, total }`.
 * @fires loyalty-history-error - A request failed for good, or the configuration is wrong. `detail: { kind, message, code?, status?, attribute? }`.
 * @fires loyalty-history-filter-change - The member picked a filter tab. `detail: { filter }`.
 *
 * @slot empty - Replaces the text shown when the member has no operations yet.
 * @slot empty-filtered - Replaces the text shown when no operation matches the chosen filter.
 * @slot error - Replaces the text shown above the Retry button when loading fails.
 *
 * @csspart scroller - The outer box; it scrolls when the host has a height.
 * @csspart header - Card number, count and filter tabs.
 * @csspart tabs - The group of filter tabs.
 * @csspart tab - One filter tab.
 * @csspart tab-selected - The chosen filter tab.
 * @csspart feed - The list of operations (`role="feed"`).
 * @csspart month-header - The month above its operations ('Ноябрь 2026'); each row says its own day.
 * @csspart month-summary - A complete month's points earned and spent or burnt, after its last row.
 * @csspart row - One operation.
 * @csspart amount - A row's money amount.
 * @csspart bonus - A row's bonus change.
 * @csspart badge - A row's badge (refund, pending, expiring, burnt).
 * @csspart details - A row's expanded details.
 * @csspart skeleton - The placeholder rows shown while the first page loads.
 * @csspart state - Empty, error, loading and end-of-list blocks (with `empty`, `error`, `loading`, `end`).
 * @csspart show-more - The Show more button (`load-mode="button"`, or past `auto-load-limit`).
 * @csspart new-operations - The button that reloads when new operations have arrived.
 *
 * @cssprop [--loyalty-history-font=inherit] - Font family.
 * @cssprop [--loyalty-history-font-size=medium] - Base font size (the reader's default, not the page's).
 * @cssprop [--loyalty-history-text=#1b1c1f] - Text colour.
 * @cssprop [--loyalty-history-muted=#575c64] - Secondary text colour.
 * @cssprop [--loyalty-history-bg=#ffffff] - Background.
 * @cssprop [--loyalty-history-surface=#f3f4f6] - Background of headers, badges and details.
 * @cssprop [--loyalty-history-accent=#0b57c9] - Buttons, links, focus rings.
 * @cssprop [--loyalty-history-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--loyalty-history-positive=#126b34] - Points earned.
 * @cssprop [--loyalty-history-negative=#b3261e] - Points spent, refunds.
 * @cssprop [--loyalty-history-border=#d7dae0] - Dividers and outlines.
 * @cssprop [--loyalty-history-radius=12px] - Corner radius.
 * @cssprop [--loyalty-history-spacing=16px] - Base spacing.
 * @cssprop [--loyalty-history-sticky-top=0px] - Offset of the sticky month bands, below a page's own fixed header.
 */
export class LoyaltyHistory extends LitElement {
  static override styles = styles;

  /** The widget's version. */
  static readonly version = '0.1.0';

  static override properties: PropertyDeclarations = {
    token: {},
    siteCode: { attribute: 'site-code' },
    apiBase: { attribute: 'api-base' },
    pageSize: { attribute: 'page-size' },
    lang: { reflect: true },
    card: {},
    phone: {},
    client: {},
    partner: {},
    posCode: { attribute: 'pos-code' },
    operator: {},
    orderId: { attribute: 'order-id' },
    filter: {},
    loadMode: { attribute: 'load-mode' },
    autoLoadLimit: { attribute: 'auto-load-limit' },
    noFilters: { type: Boolean, attribute: 'no-filters' },
    theme: { reflect: true },
    currency: {},
    timeZone: { attribute: 'time-zone' },
    serverTimeZone: { attribute: 'server-time-zone' },
    timeout: { type: Number },
    retryPolicy: { attribute: false },
    headers: { attribute: false },
    fetch: { attribute: false },
    // Internal state: no attribute (said explicitly, so the manifest does not list one).
    announcement: { state: true, attribute: false },
  };

  /** The member's token (an integer, kept as digits). Never logged or echoed. */
  token?: string;
  /** The widget's site code (`SiteCode`). */
  siteCode?: string;
  /** Base URL of the platform's API; the request goes to `${apiBase}/client/OperationHistory`. */
  apiBase = '/api';
  /** Operations per request (`Length`), 1 to 100. */
  pageSize: number | string = 20;
  /** Interface language: `ru` or `en`. Default: the nearest `lang` attribute (followed as it changes), else the browser's. */
  declare lang: string;
  /** Card number (`Card`). Its last 4 digits are shown in the header. */
  card?: string;
  /** Phone number (`Phone`), 10 digits. */
  phone?: string;
  /** Client id (`Client`). */
  client?: string;
  /** Partner id (`Partner`). */
  partner?: string;
  /** Point-of-sale code (`PosCode`). */
  posCode?: string;
  /** Loyalty-programme operator id (`Operator`). */
  operator?: string;
  /** Only the cheques of this order (`OrderId`). */
  orderId?: string;
  /** `all`, `cheque` (purchases and refunds) or `bonus` (bonuses not for purchases). */
  filter: HistoryFilter | string = 'all';
  /** `auto` loads as the member scrolls; `button` shows a Show more button instead. */
  loadMode: 'auto' | 'button' | string = 'auto';
  /**
   * When the page itself scrolls the list (the host has no height and no scrolling box holds
   * it), rows loaded automatically before a Show more button takes over, so the page's footer
   * can be reached. `0`: no limit. In a box that scrolls (the host's own, when it has a
   * height) loading is never limited.
   */
  autoLoadLimit: number | string = 100;
  /** Hides the built-in filter tabs. */
  noFilters = false;
  /** `light` or `dark` forces a theme; `system` follows the device's setting; by default the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'system' | string;
  /** ISO 4217 currency of amounts. */
  currency = 'RUB';
  /** IANA time zone in which days and times are shown. Default: the browser's. */
  timeZone?: string;
  /** IANA time zone of the server, for dates it sends without an offset. */
  serverTimeZone = 'Europe/Moscow';
  /** Milliseconds before a request counts as timed out. */
  timeout = 15000;
  /**
   * How failed requests are retried: `{ retries, baseDelayMs, maxDelayMs }`, by default 3 retries
   * with backoff from 500 ms up to 8000 ms. A server's `Retry-After` still sets its own delay.
   */
  retryPolicy?: Partial<RetryPolicy>;
  /** Extra request headers, e.g. `() => ({ Authorization: 'Bearer …' })`; may be async. Asked again once after HTTP 401. */
  headers?: HeadersProvider;
  /** The `fetch` to use instead of the global one (a proxy, logging, tests). */
  fetch?: typeof globalThis.fetch;

  private announcement = '';
  private expanded = new Set<string>();
  private copied: string | undefined;
  /** Rows by key, for rendering one again. */
  private rowByKey = new Map<string, FeedRow>();
  private fmt!: Formatter;
  /** The day "today" was when the rows were rendered. */
  private now = new Date();

  private readonly feed = new FeedController(this, {
    page: (page, result) => this.onPage(page, result),
    error: (error) => this.onError(error),
  });
  private readonly scrollMode = new ScrollModeController(this, () => {
    if (this.autoLoads) this.feed.loadMore();
  });
  private readonly keys = new FeedFocusController(this);
  private unwatchLang: (() => void) | undefined;
  /** The request properties the list was last started with. */
  private startedWith: string | undefined;

  get scrollBox(): HTMLElement | null {
    return this.renderRoot?.querySelector?.<HTMLElement>('.scroller') ?? null;
  }

  get feedEl(): HTMLElement | null {
    return this.renderRoot?.querySelector?.<HTMLElement>('.feed') ?? null;
  }

  get sentinelEl(): HTMLElement | null {
    return this.renderRoot?.querySelector?.<HTMLElement>('.sentinel') ?? null;
  }

  get loading(): boolean {
    return this.feed.engine.status === 'loading';
  }

  override connectedCallback(): void {
    // The first request leaves before the first render: queued ahead of Lit's update, and still
    // after the properties a script sets right after inserting the element (fetch, headers).
    if (!this.hasUpdated) queueMicrotask(() => this.isConnected && !this.hasUpdated && this.start());
    super.connectedCallback();
    // Moved or put back: render again, so that the sentinel is watched once more.
    if (this.hasUpdated) this.requestUpdate();
    // Without its own `lang`, the widget speaks the page's language, also after an app changes it.
    this.unwatchLang = watchLang(this, () => {
      if (!this.hasAttribute('lang')) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
  }

  /**
   * Moved to another document (an iframe's, and back): a shadow root's adopted style sheets
   * belong to the document they were made in and are dropped, so they are made again there.
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    const win = this.ownerDocument.defaultView;
    if (!root || !win) return;
    const elementStyles = (this.constructor as typeof LitElement).elementStyles;
    if (win === window) return adoptStyles(root, elementStyles);
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(elementStyles.map((s) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('') : s.cssText)).join(''));
    root.adoptedStyleSheets = [sheet];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const fmt = getFormatter(resolveLang(this.lang, this), { currency: this.currency, timeZone: this.timeZone });
    const reformat = this.fmt !== undefined && fmt !== this.fmt;
    this.fmt = fmt;
    // The list was started when the element was connected; properties set since then start it again.
    if (REQUEST_PROPS.some((p) => changed.has(p)) && this.requestKey() !== this.startedWith) this.start();
    // The language changed (also the page's, followed when the element has no lang of its own).
    else if (reformat) this.rerenderRows();
  }

  /** Clears the list and reads the history again from its first page. Does nothing while the element is not in a page. */
  reload(): void {
    if (this.isConnected) this.start();
  }

  private requestKey(): string {
    return REQUEST_PROPS.map((p) => String(this[p])).join('\u0001');
  }

  private start(): void {
    this.startedWith = this.requestKey();
    this.expanded = new Set();
    this.rowByKey = new Map();
    this.copied = undefined;
    this.announcement = '';
    this.feedEl?.replaceChildren();
    let config;
    try {
      config = resolveConfig(this);
    } catch (e) {
      const error = e instanceof HistoryError ? e : new HistoryError('config', String(e));
      this.feed.failWith(error);
      this.onError(error);
      return;
    }
    const provider = () => this.headers;
    this.feed.setSource({
      query: config.query,
      pageSize: config.pageSize,
      client: {
        endpoint: config.endpoint,
        // Read at call time, so a host may swap its fetch or headers provider at any moment.
        fetch: (input, init) => (this.fetch ?? globalThis.fetch)(input, init),
        // A getter: a provider set later is used from the next request on, and with none the
        // request leaves without waiting for anything.
        get headers() {
          return provider();
        },
        timeoutMs: this.timeout,
        retry: this.retryPolicy,
        serverTimeZone: this.serverTimeZone,
      },
    });
    this.feed.loadMore();
  }

  /** Whether scrolling near the end loads the next page by itself (else a Show more button is shown). */
  private get autoLoads(): boolean {
    if (this.loadMode === 'button') return false;
    if (!this.scrollMode.pageScrolls) return true;
    const limit = Number(this.autoLoadLimit);
    return !(limit > 0) || this.feed.engine.count < limit;
  }

  private onPage(page: HistoryPage, result: AppendResult): void {
    const engine = this.feed.engine;
    this.now = new Date();
    for (const row of result.added) this.rowByKey.set(row.key, row);
    if (result.added.length > 0) this.appendChunk(engine.chunks.length - 1);
    // An expanded refund whose original cheque has just arrived gets its "go to" button.
    for (const key of this.expanded) {
      const parent = this.rowByKey.get(key)?.op.parent;
      if (parent !== undefined && result.added.some((r) => r.op.id === parent)) this.rerenderRow(key);
    }
    this.announcement = engine.status === 'done'
      ? this.fmt.msg.allLoaded(engine.count)
      : this.fmt.msg.loadedAnnouncement(engine.count, engine.total ?? engine.count);
    this.dispatchEvent(new LoyaltyHistoryLoadEvent({ operations: result.added.map((r) => r.op), total: page.rows }));
  }

  private onError(error: HistoryError): void {
    this.dispatchEvent(new LoyaltyHistoryErrorEvent(error.toDetail()));
  }

  private chunkContext(): ChunkContext {
    const engine = this.feed.engine;
    return {
      fmt: this.fmt,
      now: this.now,
      setsize: engine.total ?? -1,
      expanded: this.expanded,
      copied: this.copied,
      parentLoaded: (id) => engine.findById(id) !== undefined,
    };
  }

  /**
   * Renders page `i` once, as plain markup (no Lit parts kept: thousands of rows stay light).
   * Out of view it is skipped by `content-visibility`, sized from its own row count.
   */
  private appendChunk(i: number, into: ParentNode | null = this.feedEl): void {
    const chunks = this.feed.engine.chunks;
    const chunk = chunks[i];
    if (!chunk || !into) return;
    const fragment = nodesOf(renderChunk(chunk, chunks[i - 1]?.rows.at(-1)?.op, this.chunkContext()));
    const box = fragment.firstElementChild as HTMLElement | null;
    box?.style.setProperty('contain-intrinsic-block-size', `auto ${chunk.rows.length * ROW_PX}px`);
    into.append(fragment);
  }

  /** The language changed: every row shown is written again. */
  private rerenderRows(): void {
    const feed = this.feedEl;
    if (!feed) return;
    const fresh = document.createDocumentFragment();
    this.now = new Date();
    this.feed.engine.chunks.forEach((_, i) => this.appendChunk(i, fresh));
    feed.replaceChildren(fresh);
  }

  /** Renders one row again (expanded, collapsed, copied), keeping focus where it was within it. */
  private rerenderRow(key: string): void {
    const row = this.rowByKey.get(key);
    const old = row && this.feedEl?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!row || !old) return;
    const active = this.shadowRoot?.activeElement;
    const focused = active && old.contains(active) ? (active === old ? '' : active.getAttribute('data-action')) : undefined;
    const next = nodesOf(renderFeedRow(row, this.chunkContext())).firstElementChild as HTMLElement;
    old.replaceWith(next);
    if (focused !== undefined) (focused ? next.querySelector<HTMLElement>(`[data-action="${focused}"]`) ?? next : next).focus({ preventScroll: true });
  }

  protected override render(): unknown {
    const engine = this.feed.engine;
    const fmt = this.fmt;
    const loading = engine.status === 'loading';
    const filter = (['all', 'cheque', 'bonus'].includes(this.filter) ? this.filter : 'all') as HistoryFilter;
    // A feed must hold articles: with none to show (empty, or an error before the first page), it is a plain box.
    const hasFeed = loading || engine.count > 0;
    // The feed's rows are added by appendChunk(), not by this template: it has no child parts.
    return html`<div class="scroller" part="scroller" lang=${fmt.lang} @click=${this.onClick} @focusin=${this.keys.onFocusIn}>
      ${renderHeader({ fmt, card: this.card, total: engine.total, filter, showFilters: !this.noFilters })}
      ${engine.newCount > 0 ? renderNewOperations(engine.newCount, fmt) : nothing}
      <div class="feed" part="feed" role=${hasFeed ? 'feed' : 'none'} aria-label=${hasFeed ? fmt.msg.feedLabel : nothing}
        aria-busy=${ifDefined(hasFeed ? (loading ? 'true' : 'false') : undefined)} @keydown=${this.keys.onKeyDown}></div>
      ${loading && engine.count === 0 ? renderSkeleton(3, fmt) : nothing}
      ${this.renderFooter(filter)}
      <div class="sentinel" aria-hidden="true"></div>
      <div class="live" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderFooter(filter: HistoryFilter): unknown {
    const engine = this.feed.engine;
    const fmt = this.fmt;
    const button = !this.autoLoads;
    switch (engine.status) {
      case 'error':
        return engine.error ? renderError(engine.error.toDetail(), fmt, engine.count > 0) : nothing;
      case 'done':
        // The last month's summary comes with the end: only now is that month complete.
        if (engine.count > 0) return renderEnd(engine.count, fmt, engine.chunks);
        return renderEmpty(filter === 'all' && !this.orderId ? 'new' : 'filtered', fmt, filter !== 'all');
      case 'loading':
        if (engine.count === 0) return nothing;
        return button ? renderShowMore(fmt, true) : renderLoadingMore(fmt);
      default:
        return button && engine.count > 0 ? renderShowMore(fmt) : nothing;
    }
  }

  protected override firstUpdated(): void {
    // Rows that arrived before the first render.
    this.feed.engine.chunks.forEach((_, i) => this.appendChunk(i));
  }

  protected override updated(): void {
    if (this.autoLoads && this.feed.canLoadMore) this.scrollMode.watch();
    else this.scrollMode.stop();
  }

  private readonly onClick = (e: MouseEvent): void => {
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-action]');
    if (!(el instanceof HTMLElement)) return;
    const action = el.dataset['action'];
    const key = el.closest<HTMLElement>('[data-key]')?.dataset['key'];
    if (action === 'toggle' && key !== undefined) this.toggle(key);
    // A tap anywhere on a row's summary; not the click that ends a text selection or selects a word.
    else if (action === 'expand' && key !== undefined && e.detail < 2 && !String(getSelection())) this.toggle(key);
    else if (action === 'copy') void this.copy(el.dataset['value'] ?? '', key);
    else if (action === 'goto') this.goto(el.dataset['target'] ?? '');
    else if (action === 'filter') this.pickFilter(el.dataset['filter'] as HistoryFilter);
    else if (action === 'retry') this.feed.retry();
    else if (action === 'more' && el.getAttribute('aria-disabled') !== 'true') this.feed.loadMore();
    else if (action === 'reload') this.reload();
  };

  /** Asks for the next page; false when there is none to ask for. */
  loadMore(): boolean {
    if (!this.feed.canLoadMore) return false;
    this.feed.loadMore();
    return true;
  }

  /** Expands or collapses the row with this key. */
  toggle(key: string): void {
    if (!this.expanded.delete(key)) this.expanded.add(key);
    this.rerenderRow(key);
  }

  private async copy(value: string, key: string | undefined): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      return;
    }
    const before = this.copied;
    this.copied = key;
    for (const k of new Set([before, key])) if (k !== undefined) this.rerenderRow(k);
  }

  private goto(id: string): void {
    const row = this.feed.engine.findById(id);
    const target = row && this.feedEl?.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  private pickFilter(filter: HistoryFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.dispatchEvent(new LoyaltyHistoryFilterChangeEvent({ filter }));
  }
}
