import type { AppendResult, FeedEngine, FeedRow } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import { renderChunk, renderFeedRow, type ChunkContext } from '../templates/chunk.js';
import { nodesOf } from './render-once.js';

/** A rough row height (72 px wide, 93 px on a phone), for the placeholder size of a page that is out of view. */
const ROW_PX = 84;

export interface FeedViewOptions {
  /** The engine whose rows are shown (a new one for each new list). */
  engine(): FeedEngine;
  /** How to write numbers, dates and texts now. */
  fmt(): Formatter;
  /** The element the rows go into, once the host has rendered it. */
  feed(): HTMLElement | null;
}

/**
 * The member feed's rows, outside Lit: each page is rendered once into plain markup and kept
 * (no Lit parts, so thousands of rows stay light), a row is rendered again when it is expanded,
 * collapsed or copied from, and every row when the language or formats change. Also routes the
 * rows' own clicks (expand, copy, go to the original cheque).
 */
export class FeedView {
  private expanded = new Set<string>();
  private copied: string | undefined;
  /** Rows by key, for rendering one again. */
  private rowByKey = new Map<string, FeedRow>();
  /** The day "today" was when the rows were rendered. */
  private now = new Date();

  constructor(private readonly options: FeedViewOptions) {}

  /** A new list: forgets the rows and what was expanded. */
  reset(): void {
    this.expanded = new Set();
    this.rowByKey = new Map();
    this.copied = undefined;
    this.options.feed()?.replaceChildren();
  }

  /** A page arrived: its rows are appended, and an expanded refund whose cheque came gets its link. */
  appended(result: AppendResult): void {
    this.now = new Date();
    for (const row of result.added) this.rowByKey.set(row.key, row);
    if (result.added.length > 0) this.appendChunk(this.options.engine().chunks.length - 1);
    for (const key of this.expanded) {
      const parent = this.rowByKey.get(key)?.op.parent;
      if (parent !== undefined && result.added.some((r) => r.op.id === parent)) this.rerenderRow(key);
    }
  }

  /** Writes every row again (the language, currency or time zone changed, or the feed was just rendered). */
  renderAll(): void {
    const feed = this.options.feed();
    if (!feed) return;
    const fresh = document.createDocumentFragment();
    this.now = new Date();
    this.options.engine().chunks.forEach((_, i) => this.appendChunk(i, fresh));
    feed.replaceChildren(fresh);
  }

  /** Expands or collapses the row with this key. */
  toggle(key: string): void {
    if (!this.expanded.delete(key)) this.expanded.add(key);
    this.rerenderRow(key);
  }

  /**
   * Handles a click on a row's own control; returns the control of any other action
   * (`data-action`: filter, retry, more, reload) for the host to handle.
   */
  click(e: MouseEvent): HTMLElement | undefined {
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-action]');
    if (!(el instanceof HTMLElement)) return undefined;
    const action = el.dataset['action'];
    const key = el.closest<HTMLElement>('[data-key]')?.dataset['key'];
    if (action === 'toggle' && key !== undefined) this.toggle(key);
    // A tap anywhere on a row's summary; not the click that ends a text selection or selects a word.
    else if (action === 'expand' && key !== undefined) {
      if (e.detail < 2 && !String(getSelection())) this.toggle(key);
    } else if (action === 'copy') void this.copy(el.dataset['value'] ?? '', key);
    else if (action === 'goto') this.goto(el.dataset['target'] ?? '');
    else return el;
    return undefined;
  }

  private context(): ChunkContext {
    const engine = this.options.engine();
    return {
      fmt: this.options.fmt(),
      now: this.now,
      setsize: engine.total ?? -1,
      expanded: this.expanded,
      copied: this.copied,
      parentLoaded: (id) => engine.findById(id) !== undefined,
    };
  }

  /** Renders page `i` once. Out of view it is skipped by `content-visibility`, sized from its own row count. */
  private appendChunk(i: number, into: ParentNode | null = this.options.feed()): void {
    const chunks = this.options.engine().chunks;
    const chunk = chunks[i];
    if (!chunk || !into) return;
    const fragment = nodesOf(renderChunk(chunk, chunks[i - 1]?.rows.at(-1)?.op, this.context()));
    const box = fragment.firstElementChild as HTMLElement | null;
    box?.style.setProperty('contain-intrinsic-block-size', `auto ${chunk.rows.length * ROW_PX}px`);
    into.append(fragment);
  }

  /** Renders one row again, keeping focus where it was within it. */
  private rerenderRow(key: string): void {
    const row = this.rowByKey.get(key);
    const old = row && this.options.feed()?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!row || !old) return;
    const active = (old.getRootNode() as ShadowRoot).activeElement;
    const focused = active && old.contains(active) ? (active === old ? '' : active.getAttribute('data-action')) : undefined;
    const next = nodesOf(renderFeedRow(row, this.context())).firstElementChild as HTMLElement;
    old.replaceWith(next);
    if (focused !== undefined) (focused ? next.querySelector<HTMLElement>(`[data-action="${focused}"]`) ?? next : next).focus({ preventScroll: true });
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
    const row = this.options.engine().findById(id);
    const target = row && this.options.feed()?.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }
}
