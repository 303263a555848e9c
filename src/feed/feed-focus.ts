import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { articleOf, articles, feedMoveFor, moveFocus } from './feed-keys.js';

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

/**
 * Keyboard and focus of the feed: Enter and Space on an article expand it, the feed pattern's
 * Page Down / Page Up / Ctrl+End / Ctrl+Home (feed-keys.ts), and focus kept in the widget when
 * what held it is replaced: Show more by the loading indicator, Retry by rows, the loading
 * indicator by an error. Focus then goes to the control that now stands there (Retry, Show
 * more), else to the last article. Page Down on the last article waits for the next page and
 * lands on the first new article.
 */
export class FeedFocusController implements ReactiveController {
  private last: HTMLElement | undefined;
  /** Page Down on the last article: the key of that article, to focus its successor once loaded. */
  private after: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedFocusOptions,
  ) {
    host.addController(this);
  }

  readonly onFocusIn = (e: FocusEvent): void => {
    const t = e.composedPath()[0];
    if (t instanceof HTMLElement) this.last = t;
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
    if (!moveFocus(feed, article, move) && this.options.loadMore()) this.after = article?.dataset['key'];
  };

  hostUpdated(): void {
    // Runs after every render: look at the rows only when focus has something to do with them.
    const feed = this.options.feed();
    const box = this.options.box();
    if (!feed || !box) return;
    if (this.after !== undefined && !this.options.loading()) {
      const rows = articles(feed);
      const at = rows.findIndex((a) => a.dataset['key'] === this.after);
      this.after = undefined;
      if (at >= 0 && rows[at + 1]) return rows[at + 1]!.focus();
    }
    if (this.last === undefined || this.last.isConnected) return;
    this.last = undefined;
    const active = document.activeElement;
    const nowhere = active === document.body || active === null || (active === this.host && !this.host.shadowRoot?.activeElement);
    if (!nowhere) return;
    const control = box.querySelector<HTMLElement>('[data-action="retry"], [data-action="more"]');
    (control ?? articles(feed).at(-1) ?? box.querySelector<HTMLElement>('button'))?.focus();
  }
}
