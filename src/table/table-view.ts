/**
 * The staff table's body rows, outside Lit, as the member's FeedView does for its feed: each
 * page becomes one `<tbody>` rendered once into plain markup (no Lit parts, so thousands of rows
 * stay light), all of them again when the columns, language or formats change. Keeps one row
 * in the Tab order (a roving tabindex): Tab enters the table at the row last visited, the arrow
 * keys, Home and End move between rows, Enter opens the row's details.
 */
import type { AppendResult, FeedEngine, FeedRow } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import { describeOperation } from '../model/operation.js';
import { nodesOf } from '../view/render-once.js';
import type { Column } from './columns.js';
import { renderParent, renderRow, type RowContext } from './templates.js';
import type { TableMessages } from './texts.js';

/** A row's usual height on screen: a page out of view keeps about the room its rows take. */
const ROW_PX = 70;

export interface TableViewOptions {
  engine(): FeedEngine;
  fmt(): Formatter;
  texts(): TableMessages;
  columns(): readonly Column[];
  /** The `<table>` the bodies go into, once rendered. */
  table(): HTMLTableElement | null;
  /** Enter on a row. */
  open(row: FeedRow): void;
  /** ArrowDown on the last row: the next page, if there is one. */
  loadMore(): void;
}

export class TableView {
  private rowByKey = new Map<string, FeedRow>();
  /**
   * Refunds' links to a cheque not loaded yet, by the cheque's id: a page that brings the cheque
   * turns them into buttons. Looked up by id, not searched for in the table, so appending a page
   * costs the page, not the rows above it.
   */
  private waiting = new Map<string, Element[]>();
  /** The row in the Tab order. */
  private current: string | undefined;

  constructor(private readonly options: TableViewOptions) {}

  row(key: string): FeedRow | undefined {
    return this.rowByKey.get(key);
  }

  /** The `<tr>` of a row, if rendered. */
  element(key: string): HTMLTableRowElement | null {
    return this.options.table()?.querySelector<HTMLTableRowElement>(`tr[data-key="${CSS.escape(key)}"]`) ?? null;
  }

  reset(): void {
    this.rowByKey = new Map();
    this.waiting = new Map();
    this.current = undefined;
    this.options.table()?.querySelectorAll('tbody').forEach((b) => b.remove());
  }

  /** A page arrived: one more body; refunds shown earlier whose cheque came get their link. */
  appended(result: AppendResult): void {
    for (const row of result.added) this.rowByKey.set(row.key, row);
    if (result.added.length === 0) return;
    const table = this.options.table();
    if (!table) return;
    table.append(this.body(result.added));
    const ctx = this.context();
    for (const row of result.added) {
      const links = row.op.id === undefined ? undefined : this.waiting.get(row.op.id);
      if (!links) continue;
      this.waiting.delete(row.op.id!);
      for (const link of links) link.replaceWith(nodesOf(renderParent(row.op.id!, ctx)));
    }
    this.keepOneTabStop();
  }

  /** Every body again (the columns, language or formats changed, or the table was just rendered). */
  renderAll(): void {
    const table = this.options.table();
    if (!table) return;
    table.querySelectorAll('tbody').forEach((b) => b.remove());
    this.waiting = new Map();
    for (const chunk of this.options.engine().chunks) if (chunk.rows.length) table.append(this.body(chunk.rows));
    this.keepOneTabStop();
  }

  /** A row took focus: it becomes the row Tab returns to. */
  readonly onFocusIn = (e: FocusEvent): void => {
    const tr = (e.target as Element | null)?.closest?.<HTMLElement>('tr[data-key]');
    if (tr) this.setCurrent(tr.dataset['key']!);
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const tr = e.target instanceof HTMLTableRowElement && e.target.dataset['key'] !== undefined ? e.target : null;
    if (!tr || e.altKey || e.ctrlKey || e.metaKey) return;
    const rows = [...this.options.table()!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const at = rows.indexOf(tr);
    const to = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 } as Record<string, number>)[e.key];
    if (e.key === 'Enter') {
      const row = this.rowByKey.get(tr.dataset['key']!);
      if (row) this.options.open(row);
    } else if (to === undefined) return;
    else if (rows[to] && to >= 0) rows[to].focus();
    else if (to >= rows.length) this.options.loadMore();
    e.preventDefault();
  };

  /** A refund's link: focus goes to its cheque's row. */
  goto(id: string): void {
    const row = this.options.engine().findById(id);
    const tr = row && this.element(row.key);
    tr?.scrollIntoView({ block: 'center' });
    tr?.focus({ preventScroll: true });
  }

  private context(): RowContext {
    const engine = this.options.engine();
    return { fmt: this.options.fmt(), t: this.options.texts(), columns: this.options.columns(), loaded: (id) => engine.findById(id) !== undefined };
  }

  private body(rows: readonly FeedRow[]): DocumentFragment {
    const ctx = this.context();
    const now = new Date();
    const msg = ctx.fmt.msg;
    const body = document.createElement('tbody');
    body.setAttribute('role', 'rowgroup');
    for (const row of rows) {
      // The operation is described once per row: its kind for the title, badges and cells.
      const view = describeOperation(row.op, now);
      body.append(nodesOf(renderRow(row, view, ctx.columns.map((c) => c.read(row.op, view, msg)), ctx)));
    }
    for (const link of body.querySelectorAll<HTMLElement>('[data-parent]')) {
      const id = link.dataset['parent']!;
      this.waiting.set(id, [...(this.waiting.get(id) ?? []), link]);
    }
    // Out of view the page is skipped by content-visibility (styles.ts), sized from its own row count.
    body.style.setProperty('contain-intrinsic-block-size', `auto ${rows.length * ROW_PX}px`);
    const fragment = document.createDocumentFragment();
    fragment.append(body);
    return fragment;
  }

  private setCurrent(key: string): void {
    if (key === this.current) return;
    if (this.current !== undefined) this.element(this.current)?.setAttribute('tabindex', '-1');
    this.current = key;
    this.element(key)?.setAttribute('tabindex', '0');
  }

  /** Exactly one row is a Tab stop: the current one, else the first. */
  private keepOneTabStop(): void {
    const key = this.current !== undefined && this.element(this.current) ? this.current : this.options.table()?.querySelector<HTMLElement>('tbody tr')?.dataset['key'];
    this.current = undefined;
    if (key !== undefined) this.setCurrent(key);
  }
}
