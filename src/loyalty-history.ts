import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadersProvider, RetryPolicy } from './api/client.js';
import { resolveConfig } from './api/config.js';
import { HistoryError } from './api/errors.js';
import type { HistoryPage } from './api/types.js';
import { LoyaltyHistoryErrorEvent, LoyaltyHistoryFilterChangeEvent, LoyaltyHistoryLoadEvent, type HistoryFilter } from './events.js';
import { FeedController } from './feed/feed-controller.js';
import type { AppendResult, FeedChunk } from './feed/feed-engine.js';
import { articleOf, feedMoveFor, moveFocus } from './feed/feed-keys.js';
import { ScrollWatcher } from './feed/scroll-watcher.js';
import { getFormatter, resolveLang, type Formatter } from './format/index.js';
import { styles } from './loyalty-history.styles.js';
import { renderChunk } from './templates/chunk.js';
import { renderHeader } from './templates/header.js';
import { renderEmpty, renderEnd, renderError, renderLoadingMore, renderNewOperations, renderShowMore, renderSkeleton } from './templates/states.js';

/** Properties whose change means a different request: the list is cleared and read again. */
const REQUEST_PROPS = ['token', 'siteCode', 'apiBase', 'pageSize', 'card', 'phone', 'client', 'partner', 'posCode', 'operator', 'orderId', 'filter', 'timeout', 'serverTimeZone'] as const;

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
 * @csspart day-header - The date above each day's operations.
 * @csspart row - One operation.
 * @csspart amount - A row's money amount.
 * @csspart bonus - A row's bonus change.
 * @csspart badge - A row's badge (refund, pending, expiring, burnt).
 * @csspart details - A row's expanded details.
 * @csspart skeleton - The placeholder rows shown while the first page loads.
 * @csspart state - Empty, error, loading and end-of-list blocks (with `empty`, `error`, `loading`, `end`).
 * @csspart show-more - The Show more button (`load-mode="button"`).
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
 * @cssprop [--loyalty-history-sticky-top=0px] - Offset of sticky day headers, below a page's own fixed header.
 */
export class LoyaltyHistory extends LitElement {
  static override styles = styles;

  /** The widget's version. */
  static readonly version = '0.1.0';

  /** The member's token (an integer, kept as digits). Never logged or echoed. */
  @property() token?: string;
  /** The widget's site code (`SiteCode`). */
  @property({ attribute: 'site-code' }) siteCode?: string;
  /** Base URL of the platform's API; the request goes to `${apiBase}/client/OperationHistory`. */
  @property({ attribute: 'api-base' }) apiBase = '/api';
  /** Operations per request (`Length`), 1 to 100. */
  @property({ attribute: 'page-size' }) pageSize: number | string = 20;
  /** Interface language: `ru` or `en`. Default: the nearest `lang` attribute, else the browser's. */
  @property({ reflect: true }) override lang!: string;
  /** Card number (`Card`). Its last 4 digits are shown in the header. */
  @property() card?: string;
  /** Phone number (`Phone`), 10 digits. */
  @property() phone?: string;
  /** Client id (`Client`). */
  @property() client?: string;
  /** Partner id (`Partner`). */
  @property() partner?: string;
  /** Point-of-sale code (`PosCode`). */
  @property({ attribute: 'pos-code' }) posCode?: string;
  /** Loyalty-programme operator id (`Operator`). */
  @property() operator?: string;
  /** Only the cheques of this order (`OrderId`). */
  @property({ attribute: 'order-id' }) orderId?: string;
  /** `all`, `cheque` (purchases and refunds) or `bonus` (bonuses not for purchases). */
  @property() filter: HistoryFilter | string = 'all';
  /** `auto` loads as the member scrolls; `button` shows a Show more button instead. */
  @property({ attribute: 'load-mode' }) loadMode: 'auto' | 'button' = 'auto';
  /** Hides the built-in filter tabs. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;
  /** `light` or `dark` forces a theme; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** ISO 4217 currency of amounts. */
  @property() currency = 'RUB';
  /** IANA time zone in which days and times are shown. Default: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** IANA time zone of the server, for dates it sends without an offset. */
  @property({ attribute: 'server-time-zone' }) serverTimeZone = 'Europe/Moscow';
  /** Milliseconds before a request counts as timed out. */
  @property({ type: Number }) timeout = 15000;
  /**
   * How failed requests are retried: `{ retries, baseDelayMs, maxDelayMs }`, by default 3 retries
   * with backoff from 500 ms up to 8000 ms. A server's `Retry-After` still sets its own delay.
   */
  @property({ attribute: false }) retryPolicy?: Partial<RetryPolicy>;
  /** Extra request headers, e.g. `() => ({ Authorization: 'Bearer …' })`; may be async. Asked again once after HTTP 401. */
  @property({ attribute: false }) headers?: HeadersProvider;
  /** The `fetch` to use instead of the global one (a proxy, logging, tests). */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  @state() private announcement = '';
  @state() private expanded = new Set<string>();
  @state() private copied: string | undefined;

  @query('.scroller') private scroller!: HTMLElement;
  @query('.feed') private feedEl!: HTMLElement;
  @query('.sentinel') private sentinel!: HTMLElement;

  private readonly feed = new FeedController(this, {
    page: (page, result) => this.onPage(page, result),
    error: (error) => this.onError(error),
  });
  private readonly watcher = new ScrollWatcher(() => {
    if (this.loadMode === 'auto') this.feed.loadMore();
  });
  private chunkOf = new Map<string, FeedChunk>();
  private fmt!: Formatter;
  private lastFocus: HTMLElement | undefined;
  /** Page Down on the last article: the key of that article, to focus its successor once loaded. */
  private focusAfter: string | undefined;

  /** Notices the host being given (or losing) a height, which makes the widget scroll itself. */
  private readonly resizes = new ResizeObserver(() => this.syncScrollMode());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
    // Moved or put back: render again, so that updated() watches the scroll once more.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.watcher.disconnect();
  }

  /**
   * `scroll="self"` when the host's height is set from outside: the content then overflows the
   * host, and the styles turn the inner box into the scroll container (see the styles' notes).
   */
  private syncScrollMode(): void {
    const box = this.scroller;
    if (!box) return;
    const self = this.getAttribute('scroll') === 'self';
    // An inline host (a page's `* { all: unset }`) has no height of its own to overflow.
    const constrained = getComputedStyle(this).display !== 'inline' &&
      (self ? box.scrollHeight > box.clientHeight + 1 : box.offsetHeight > this.clientHeight + 1);
    if (constrained === self) return;
    if (constrained) this.setAttribute('scroll', 'self');
    else this.removeAttribute('scroll');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.fmt = getFormatter(resolveLang(this.lang, this), { currency: this.currency, timeZone: this.timeZone });
    if (REQUEST_PROPS.some((p) => changed.has(p))) this.restart();
  }

  /** Clears the list and reads the history again from its first page. */
  reload(): void {
    this.restart();
  }

  private restart(): void {
    this.expanded = new Set();
    this.chunkOf = new Map();
    this.announcement = '';
    let config;
    try {
      config = resolveConfig(this);
    } catch (e) {
      const error = e instanceof HistoryError ? e : new HistoryError('config', String(e));
      this.feed.failWith(error);
      this.onError(error);
      return;
    }
    this.feed.setSource({
      query: config.query,
      pageSize: config.pageSize,
      client: {
        endpoint: config.endpoint,
        // Read at call time, so a host may swap its fetch or headers provider at any moment.
        fetch: (input, init) => (this.fetch ?? globalThis.fetch)(input, init),
        headers: (context) => this.headers?.(context),
        timeoutMs: this.timeout,
        retry: this.retryPolicy,
        serverTimeZone: this.serverTimeZone,
      },
    });
    this.feed.loadMore();
  }

  private onPage(page: HistoryPage, result: AppendResult): void {
    const engine = this.feed.engine;
    const chunk = engine.chunks.at(-1);
    if (chunk && result.added.length > 0) for (const row of result.added) this.chunkOf.set(row.key, chunk);
    this.announcement = engine.status === 'done'
      ? this.fmt.msg.allLoaded(engine.count)
      : this.fmt.msg.loadedAnnouncement(engine.count, engine.total ?? engine.count);
    this.dispatchEvent(new LoyaltyHistoryLoadEvent({ operations: result.added.map((r) => r.op), total: page.rows }));
  }

  private onError(error: HistoryError): void {
    this.dispatchEvent(new LoyaltyHistoryErrorEvent(error.toDetail()));
  }

  protected override render(): unknown {
    const engine = this.feed.engine;
    const fmt = this.fmt;
    const loading = engine.status === 'loading';
    const filter = (['all', 'cheque', 'bonus'].includes(this.filter) ? this.filter : 'all') as HistoryFilter;
    const now = new Date();
    const today = fmt.dayKey(now);
    const setsize = engine.total ?? -1;
    // A feed must hold articles: with none to show (empty, or an error before the first page), it is a plain box.
    const hasFeed = loading || engine.count > 0;
    return html`<div class="scroller" part="scroller" lang=${fmt.lang} @click=${this.onClick} @focusin=${this.onFocusIn}>
      ${renderHeader({ fmt, card: this.card, total: engine.total, filter, showFilters: !this.noFilters })}
      ${engine.newCount > 0 ? renderNewOperations(engine.newCount, fmt) : nothing}
      <div class="feed" part="feed" role=${hasFeed ? 'feed' : 'none'} aria-label=${hasFeed ? fmt.msg.feedLabel : nothing}
        aria-busy=${ifDefined(hasFeed ? (loading ? 'true' : 'false') : undefined)} @keydown=${this.onFeedKey}>
        ${engine.chunks.map((c, i) =>
          guard([c, c.version, fmt, setsize, today], () =>
            renderChunk(c, engine.chunks[i - 1]?.rows.at(-1)?.op, {
              fmt, now, setsize, expanded: this.expanded, copied: this.copied,
              parentLoaded: (id) => engine.findById(id) !== undefined,
            })))}
      </div>
      ${loading && engine.count === 0 ? renderSkeleton(3, fmt) : nothing}
      ${this.renderFooter(filter)}
      <div class="sentinel" aria-hidden="true"></div>
      <div class="live" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderFooter(filter: HistoryFilter): unknown {
    const engine = this.feed.engine;
    const fmt = this.fmt;
    switch (engine.status) {
      case 'error':
        return engine.error ? renderError(engine.error.toDetail(), fmt, engine.count > 0) : nothing;
      case 'done':
        if (engine.count > 0) return renderEnd(engine.count, fmt);
        return renderEmpty(filter === 'all' && !this.orderId ? 'new' : 'filtered', fmt);
      case 'loading':
        if (engine.count === 0) return nothing;
        return this.loadMode === 'button' ? renderShowMore(fmt, true) : renderLoadingMore(fmt);
      default:
        return this.loadMode === 'button' && engine.count > 0 ? renderShowMore(fmt) : nothing;
    }
  }

  protected override updated(): void {
    this.syncScrollMode();
    // Not while out of the document: a render pending at removal would watch a detached sentinel for good.
    if (this.isConnected && this.loadMode === 'auto' && this.feed.canLoadMore && this.sentinel) this.watcher.watch(this.sentinel, this.scroller);
    else this.watcher.disconnect();
    this.keepFocus();
  }

  /**
   * Keeps focus in the widget when what held it was replaced: Show more by the loading
   * indicator, Retry by rows, the loading indicator by an error. Focus goes to the control that
   * now stands there (Retry, Show more), else to the last article. Page Down on the last article
   * waits for the next page and lands on the first new article.
   */
  private keepFocus(): void {
    // Runs after every render: look at the rows only when focus has something to do with them.
    const loading = this.feed.engine.status === 'loading';
    const all = () => [...this.feedEl.querySelectorAll<HTMLElement>('[role="article"]')];
    if (this.focusAfter !== undefined && !loading) {
      const rows = all();
      const at = rows.findIndex((a) => a.dataset['key'] === this.focusAfter);
      this.focusAfter = undefined;
      if (at >= 0 && rows[at + 1]) return rows[at + 1]!.focus();
    }
    const lost = this.lastFocus !== undefined && !this.lastFocus.isConnected;
    const focusIsNowhere = document.activeElement === document.body || document.activeElement === null || (document.activeElement === this && !this.shadowRoot?.activeElement);
    if (!lost) return;
    this.lastFocus = undefined;
    if (!focusIsNowhere) return;
    const control = this.scroller.querySelector<HTMLElement>('[data-action="retry"], [data-action="more"]');
    (control ?? all().at(-1) ?? this.scroller.querySelector<HTMLElement>('button'))?.focus();
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const t = e.composedPath()[0];
    if (t instanceof HTMLElement) this.lastFocus = t;
  };

  private readonly onClick = (e: MouseEvent): void => {
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-action]');
    if (!(el instanceof HTMLElement)) return;
    const action = el.dataset['action'];
    const key = el.closest<HTMLElement>('[data-key]')?.dataset['key'];
    if (action === 'toggle' && key !== undefined) this.toggle(key);
    else if (action === 'copy') void this.copy(el.dataset['value'] ?? '', key);
    else if (action === 'goto') this.goto(el.dataset['target'] ?? '');
    else if (action === 'filter') this.pickFilter(el.dataset['filter'] as HistoryFilter);
    else if (action === 'retry') this.feed.retry();
    else if (action === 'more' && el.getAttribute('aria-disabled') !== 'true') this.feed.loadMore();
    else if (action === 'reload') this.reload();
  };

  private readonly onFeedKey = (e: KeyboardEvent): void => {
    const article = articleOf(this.feedEl, e.composedPath()[0] ?? null);
    if ((e.key === 'Enter' || e.key === ' ') && article && e.composedPath()[0] === article) {
      e.preventDefault();
      this.toggle(article.dataset['key'] ?? '');
      return;
    }
    const move = feedMoveFor(e);
    if (move === null) return;
    e.preventDefault();
    if (!moveFocus(this.feedEl, article, move) && this.feed.canLoadMore) {
      this.focusAfter = article?.dataset['key'];
      this.feed.loadMore();
    }
  };

  private toggle(key: string): void {
    const chunk = this.chunkOf.get(key);
    if (!chunk) return;
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    chunk.version++;
    this.expanded = next;
  }

  private async copy(value: string, key: string | undefined): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      return;
    }
    for (const k of [this.copied, key]) {
      const chunk = k !== undefined ? this.chunkOf.get(k) : undefined;
      if (chunk) chunk.version++;
    }
    this.copied = key;
  }

  private goto(id: string): void {
    const row = this.feed.engine.findById(id);
    const target = row && this.feedEl.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  private pickFilter(filter: HistoryFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.dispatchEvent(new LoyaltyHistoryFilterChangeEvent({ filter }));
  }
}
