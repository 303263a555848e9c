import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { articleOf, articles, feedMoveFor, moveFocus, reveal } from './feed-keys.js';

export interface FeedFocusOptions {
  /** The box that holds the feed and its controls. */
  box(): HTMLElement | null;
  /** The feed of articles. */
  feed(): HTMLElement | null;
  /** Whether a page is loading now. */
  loading(): boolean;
  /** Asks for the next page; false when there is none to ask for. */
  loadMore(): boolean;
  /** Expands or collapses the row with this key. */
  toggle(key: string): void;
}

const LOADS_MORE = '[data-action="retry"], [data-action="more"]';

/**
 * Keyboard and focus of the feed, the WAI-ARIA feed pattern's model: the feed is one Tab stop
 * (roving tabindex: the current article has tabindex 0, every other -1, the chevrons -1), Page
 * Down / Page Up / Ctrl+End / Ctrl+Home move (feed-keys.ts), Enter and Space on an article expand
 * it. Rows come as markup that is a Tab stop; the controller keeps one as new rows arrive.
 * Focus is kept in the widget when what held it is replaced: Show more by the loading indicator,
 * Retry by rows, the loading indicator by an error. Focus then goes to the first row that
 * Show more or Retry brought, else to the control that now stands there (Retry, Show more),
 * else to the last article. Page Down on the last article waits for the next page and lands on
 * the first new article.
 */
export class FeedFocusController implements ReactiveController {
  private last: HTMLElement | undefined;
  /** The key of the feed's Tab stop: rows are rendered again as new nodes. */
  private current: string | undefined;
  /** The article that is the Tab stop now. */
  private stop: HTMLElement | undefined;
  /** Rows shown when Show more or Retry got focus: the next one is the first new row. */
  private before = 0;
  /** Waiting for the next page on this article (Page Down on the last one, or Retry): its key, to focus its successor once loaded. */
  private after: string | undefined;
  private watched: HTMLElement | undefined;
  private readonly observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement) this.rove(node);
    this.keepStop();
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedFocusOptions,
  ) {
    host.addController(this);
  }

  readonly onFocusIn = (e: FocusEvent): void => {
    const t = e.composedPath()[0];
    if (!(t instanceof HTMLElement)) return;
    this.last = t;
    const feed = this.options.feed();
    if (!feed) return;
    if (t.matches(LOADS_MORE)) this.before = articles(feed).length;
    const article = articleOf(feed, t);
    if (!article) return;
    this.makeStop(article);
    // Entered by the keyboard (Tab, Shift+Tab): Firefox scrolls to what focus reaches only when none
    // of it is in view, so a row half under the sticky header is brought clear of it (scroll-padding).
    const from = e.relatedTarget;
    if (from instanceof Element && !feed.contains(from) && t.matches(':focus-visible')) reveal(t, this.options.box());
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const feed = this.options.feed();
    if (!feed) return;
    const target = e.composedPath()[0] ?? null;
    const article = articleOf(feed, target);
    if ((e.key === 'Enter' || e.key === ' ') && article && target === article) {
      e.preventDefault();
      this.options.toggle(article.dataset['key'] ?? '');
      return;
    }
    const move = feedMoveFor(e);
    if (move === null) return;
    e.preventDefault();
    if (!moveFocus(feed, this.options.box(), article, move) && this.options.loadMore()) this.after = article?.dataset['key'];
  };

  hostUpdated(): void {
    // Runs after every render: look at the rows only when focus has something to do with them.
    const feed = this.options.feed();
    const box = this.options.box();
    if (!feed || !box) return;
    if (feed !== this.watched) {
      this.observer.disconnect();
      this.observer.observe(feed, { childList: true, subtree: true });
      this.watched = feed;
      this.stop = undefined;
      this.rove(feed);
      this.keepStop();
    }
    const active = this.host.shadowRoot?.activeElement;
    const nowhere = active == null && (document.activeElement === document.body || document.activeElement === null || document.activeElement === this.host);
    if (this.after !== undefined && !this.options.loading()) {
      const rows = articles(feed);
      const at = rows.findIndex((a) => a.dataset['key'] === this.after);
      this.after = undefined;
      // Only while focus still waits there: the reader may have gone elsewhere meanwhile.
      if (at >= 0 && rows[at + 1] && (nowhere || active === rows[at])) return rows[at + 1]!.focus();
    }
    // Show more keeps focus from page to page: the first new row is counted from the latest page.
    if (active?.matches(LOADS_MORE) && !this.options.loading()) this.before = articles(feed).length;
    if (this.last === undefined || this.last.isConnected) return;
    const lost = this.last;
    this.last = undefined;
    if (!nowhere) return;
    const rows = articles(feed);
    const fresh = lost.matches(LOADS_MORE) ? rows[this.before] : undefined;
    const control = box.querySelector<HTMLElement>(LOADS_MORE);
    const parked = rows.at(-1);
    // Retry without a Show more to stand in for it: wait on the last row, then go to the first new one.
    if (!fresh && !control && parked && lost.matches(LOADS_MORE) && this.options.loading()) this.after = parked.dataset['key'];
    (fresh ?? control ?? parked ?? box.querySelector<HTMLElement>('button'))?.focus();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.watched = undefined;
  }

  /** New rows (a page, a row rendered again, every row in a new language): only the current one stays a Tab stop. */
  private rove(node: HTMLElement): void {
    for (const article of node.matches('[role="article"]') ? [node] : articles(node)) {
      if (article.dataset['key'] === this.current) this.makeStop(article);
      else article.tabIndex = -1;
    }
  }

  /** The feed always has its Tab stop: the first row when the current one is gone. */
  private keepStop(): void {
    if (!this.stop?.isConnected) this.makeStop(this.watched?.querySelector<HTMLElement>('[role="article"]') ?? null);
  }

  private makeStop(article: HTMLElement | null): void {
    if (!article) return;
    if (this.stop && this.stop !== article) this.stop.tabIndex = -1;
    article.tabIndex = 0;
    this.stop = article;
    this.current = article.dataset['key'];
  }
}
