import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { asConfigError, resolveConfig, type ResolvedConfig } from './api/config.js';
import { HistoryError } from './api/errors.js';
import { DISPLAY_SETTINGS, FEED_SETTINGS, propertiesOf, REQUEST_SETTINGS } from './api/settings.js';
import type { DisplayProperties, FeedProperties, RequestProperties } from './element-types.js';
import { LoyaltyHistoryErrorEvent, LoyaltyHistoryFilterChangeEvent, LoyaltyHistoryLoadEvent, type HistoryFilter } from './events.js';
import { dropEarly, takeEarly } from './feed/early-request.js';
import { connectionOf, FeedController } from './feed/feed-controller.js';
import { FeedFocusController } from './feed/feed-focus.js';
import { autoLoads, ScrollModeController } from './feed/scroll-mode.js';
import { getFormatter, type Formatter } from './format/index.js';
import { LangController } from './format/lang-controller.js';
import { styles } from './loyalty-history.styles.js';
import { renderFooter } from './templates/footer.js';
import { renderHeader } from './templates/header.js';
import { renderNewOperations, renderSkeleton } from './templates/states.js';
import { readopt } from './view/adoption.js';
import { FeedView } from './view/feed-view.js';

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
// The settings' properties are declared by the interface of the same name below; Lit makes their accessors from `properties`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LoyaltyHistory extends LitElement {
  static override styles = styles;

  /** The widget's version. */
  static readonly version = '0.2.0';

  /** Every setting's attribute, from the settings tables (api/settings.ts). */
  static override properties = {
    ...propertiesOf(REQUEST_SETTINGS),
    ...propertiesOf(DISPLAY_SETTINGS),
    ...propertiesOf(FEED_SETTINGS),
    // Internal state: no attribute (said explicitly, so the manifest does not list one).
    announced: { state: true, attribute: false },
  };

  /** Whether a page has been shown since the list started: the status line then says how many. */
  private announced = false;
  /** The settings as last resolved without error. */
  private config: ResolvedConfig | undefined;
  /** What the settings resolved to in this update: the request, or the error they raise. */
  private settled: ResolvedConfig['request'] | HistoryError | undefined;
  private fmt!: Formatter;

  private readonly language = new LangController(this, () => this.lang, () => this.config?.texts);
  private readonly feed = new FeedController(this, {
    request: () => (this.settled ??= this.resolve()),
    connection: () => connectionOf(this),
    // Only a host that asks as the early request did (no fetch or headers of its own) takes its answer.
    early: (request, start, length, signal) =>
      this.fetch || this.headers ? void dropEarly(this) : takeEarly(this, request, start, length, signal),
    reset: () => {
      this.announced = false;
      this.view.reset();
    },
    page: (page, result) => {
      this.announced = true;
      this.view.appended(result);
      this.dispatchEvent(new LoyaltyHistoryLoadEvent({ operations: result.added.map((r) => r.op), total: page.rows }));
    },
    error: (error) => this.dispatchEvent(new LoyaltyHistoryErrorEvent(error.toDetail())),
  });
  private readonly view = new FeedView({ engine: () => this.feed.engine, fmt: () => this.fmt, feed: () => this.piece('feed') });
  private readonly scrollMode = new ScrollModeController(this, {
    box: () => this.piece('scroller'),
    feed: () => this.piece('feed'),
    sentinel: () => this.piece('sentinel'),
    near: () => this.autoLoads && this.feed.loadMore(),
    header: () => this.piece('header'),
  });
  private readonly keys = new FeedFocusController(this, {
    box: () => this.piece('scroller'),
    feed: () => this.piece('feed'),
    loading: () => this.feed.status === 'loading',
    loadMore: () => this.feed.canLoadMore && (this.feed.loadMore(), true),
    toggle: (key) => this.view.toggle(key),
  });

  override connectedCallback(): void {
    // The first request leaves before the first render: queued ahead of Lit's update, and still
    // after the properties a script sets right after inserting the element (fetch, headers).
    if (!this.hasUpdated) queueMicrotask(() => this.isConnected && !this.hasUpdated && this.feed.sync());
    super.connectedCallback();
    // Moved or put back: render again, so that the sentinel is watched once more.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** Moved to another document (an iframe's, and back): its own class and its styles are put back there. */
  adoptedCallback(): void {
    readopt(this);
  }

  /** Clears the list and reads the history again from its first page. Does nothing while the element is not in a page. */
  reload(): void {
    if (this.isConnected) this.feed.restart();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every reactive property is a setting: an update for new rows or a new state checks nothing again.
    if (this.settled === undefined || changed.size > 0) this.settled = this.resolve();
    const before = this.fmt;
    this.fmt = getFormatter(this.language.lang, this.config);
    // The language, currency or time zone changed: the rows shown are written again, in place.
    if (before !== undefined && this.fmt !== before) this.view.renderAll();
  }

  /** The settings, checked (see resolveConfig); the error is the feed's to show. */
  private resolve(): ResolvedConfig['request'] | HistoryError {
    try {
      this.config = resolveConfig(this);
      return this.config.request;
    } catch (e) {
      return asConfigError(e);
    }
  }

  private piece(name: 'scroller' | 'feed' | 'sentinel' | 'header'): HTMLElement | null {
    return this.renderRoot?.querySelector?.<HTMLElement>(`.${name}`) ?? null;
  }

  /** Whether nearing the end loads the next page by itself (else a Show more button is shown). */
  private get autoLoads(): boolean {
    return this.config !== undefined && autoLoads(this.config, this.scrollMode.pageScrolls, this.feed.engine.count);
  }

  protected override render(): unknown {
    const { engine, status } = this.feed;
    const fmt = this.fmt;
    const loading = status === 'loading';
    const filter: HistoryFilter = this.config?.filter ?? 'all';
    // A feed must hold articles: with none to show (empty, or an error before the first page), it is a plain box.
    const hasFeed = loading || engine.count > 0;
    const total = engine.total ?? engine.count;
    const announcement = !this.announced ? '' : engine.status === 'done' ? fmt.msg.allLoaded(engine.count) : fmt.msg.loadedAnnouncement(engine.count, total);
    // The feed's rows are added by the feed view, not by this template: it has no child parts.
    return html`<div class="scroller" part="scroller" lang=${fmt.lang} @click=${this.onClick} @focusin=${this.keys.onFocusIn}>
      ${renderHeader({ fmt, card: this.config?.request.query.card, total: engine.total, filter, showFilters: this.config?.showFilters ?? true })}
      ${engine.newCount > 0 ? renderNewOperations(engine.newCount, fmt) : nothing}
      <div class="feed" part="feed" role=${hasFeed ? 'feed' : 'none'} aria-label=${hasFeed ? fmt.msg.feedLabel : nothing}
        aria-busy=${ifDefined(hasFeed ? (loading ? 'true' : 'false') : undefined)} @keydown=${this.keys.onKeyDown}></div>
      ${loading && engine.count === 0 ? renderSkeleton(3, fmt) : nothing}
      ${renderFooter({ status, error: this.feed.error, count: engine.count, chunks: engine.chunks, button: !this.autoLoads, filter, oneOrder: this.config?.request.query.orderId !== undefined }, fmt)}
      <div class="sentinel" aria-hidden="true"></div>
      <div class="live" role="status" aria-live="polite">${announcement}</div>
    </div>`;
  }

  protected override firstUpdated(): void {
    // Rows that arrived before the first render.
    this.view.renderAll();
  }

  protected override updated(): void {
    if (this.autoLoads && this.feed.canLoadMore) this.scrollMode.watch();
    else this.scrollMode.stop();
  }

  private readonly onClick = (e: MouseEvent): void => {
    const el = this.view.click(e);
    const action = el?.dataset['action'];
    if (action === 'filter') this.pickFilter(el!.dataset['filter'] as HistoryFilter);
    else if (action === 'retry') this.feed.retry();
    else if (action === 'more' && el!.getAttribute('aria-disabled') !== 'true') this.feed.loadMore();
    else if (action === 'reload') this.reload();
  };

  private pickFilter(filter: HistoryFilter): void {
    if (filter === this.config?.filter) return;
    this.filter = filter;
    this.dispatchEvent(new LoyaltyHistoryFilterChangeEvent({ filter }));
  }
}

/** The settings' properties, typed and documented in element-types.ts; their attributes come from the settings tables. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface LoyaltyHistory extends RequestProperties, DisplayProperties, FeedProperties {}
