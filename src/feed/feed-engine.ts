import { invalid, type HistoryError } from '../api/errors.js';
import type { HistoryPage, Operation } from '../api/types.js';

/**
 * The paging state machine: which page to ask for next, which rows are new, when the
 * history has ended. Plain code, no DOM and no I/O, so every transition can be tested alone.
 *
 * The list read is the server's list as the first page found it (the snapshot). New operations
 * arrive on top, newest first: the growth G = Rows now - Rows of the first page (never below 0)
 * is how far the snapshot has moved down, so its row i sits at server position G + i. Positions
 * count `Start` from 0; a 1-based server (see shared/docs/api.md) answers from one row earlier,
 * which costs a repeated row, never a lost one.
 * - A row is appended when it is new: its `Id` was not shown before (an `Id` repeated within one
 *   answer is kept: the server's own snapshot), and its position lies past the rows shown. A
 *   row above them is a repetition or a new operation on top: it is counted in `newCount` (the
 *   "N new operations" control), never appended out of order.
 * - The next `Start` is G + (rows shown), and never less than the last Start plus the rows the
 *   server sent. When Rows grew by half a page or more in a request, the next Start also looks
 *   ahead by that growth less one row, so a list growing faster than it is read is still read;
 *   a page asked ahead that lands past the rows shown (the growth slowed) is not used.
 * - One answer gives at most `Length` rows; the rest of an oversized answer is kept and served
 *   as the next pages without asking again.
 * - The list ends when every row of the snapshot is shown, or, without Rows, when a page brings
 *   nothing new. A page that brings nothing new while Rows says more exist is asked again only
 *   when growth explains it (or it was the first, empty page: a 1-based server may answer
 *   `Start` 0 one row short), at most three in a row; then the list stops with an error.
 * Rows without an `Id` (or with `Id` 0, .NET's default) are told apart by position only; a page
 * of them repeating the previous page exactly (a server ignoring `Start`) brings nothing new.
 */

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error' | 'done';

export interface FeedRow {
  /** Unique within the feed; stable for a given row. */
  readonly key: string;
  /** 0-based position among the rows shown. */
  readonly index: number;
  readonly op: Operation;
}

/** The rows one page added. Chunks never change once appended. */
export interface FeedChunk {
  readonly rows: readonly FeedRow[];
}

export interface PageRequest {
  readonly start: number;
  readonly length: number;
  /** Set when the page comes from an earlier, oversized answer: nothing needs to be asked. */
  readonly page?: HistoryPage;
}

export interface AppendResult {
  /** The rows this page added (possibly none). */
  readonly added: readonly FeedRow[];
}

/** Pages in a row that may bring nothing new before the list stops. */
const MAX_IDLE_PAGES = 3;

export class FeedEngine {
  status: FeedStatus = 'idle';
  chunks: FeedChunk[] = [];
  /** Rows shown. */
  count = 0;
  /**
   * Operations in the list being read (Rows less the growth, never fewer than the rows shown);
   * undefined when the server never said. It does not change when only new operations arrive.
   */
  total: number | undefined;
  /** Operations that arrived at the top since the first page (`Rows` grew). */
  newCount = 0;
  error: HistoryError | undefined;
  /** Where the next page starts when nothing looks ahead. */
  nextStart = 0;

  private firstRows: number | undefined;
  /** Rows added to `nextStart` when asking: the growth of the last request less one, or 0. */
  private lookAhead = 0;
  /** Pages in a row that brought nothing new. */
  private idle = 0;
  /** An oversized answer, served page by page: where it started, and the ids first shown by it. */
  private spare: { start: number; page: HistoryPage; mine: Set<string> } | undefined;
  private readonly byId = new Map<string, FeedRow>();
  /** How often each key base was given out, so that a repeated one gets `~2`, `~3`… at once. */
  private readonly keyUses = new Map<string, number>();
  /** The previous page's rows as text, when some of them had no `Id`. */
  private lastIdlessPage: string | undefined;

  constructor(readonly pageSize: number) {}

  /** Whether another page may be requested now. */
  get canLoad(): boolean {
    return this.status === 'idle' || this.status === 'ready';
  }

  /** Starts a page request, or returns null when one is running or the history has ended. */
  begin(): PageRequest | null {
    if (!this.canLoad && this.status !== 'error') return null;
    this.status = 'loading';
    this.error = undefined;
    const spare = this.spare;
    const from = spare ? this.nextStart - spare.start : 0;
    if (spare && from > 0 && from < spare.page.operations.length) {
      const operations = spare.page.operations.slice(from, from + this.pageSize);
      return { start: this.nextStart, length: this.pageSize, page: { ...spare.page, operations } };
    }
    this.spare = undefined;
    return { start: this.nextStart + this.lookAhead, length: this.pageSize };
  }

  /** Takes a page answered for the request `begin()` returned. */
  receive(request: PageRequest, page: HistoryPage): AppendResult {
    const served = request.page !== undefined;
    const ops = page.operations.slice(0, request.length);
    // Ids first shown by this answer (kept when repeated within it); costs the page, not the feed.
    const mine = served && this.spare ? this.spare.mine : new Set<string>();
    if (!served) this.spare = page.operations.length > ops.length ? { start: request.start, page, mine } : undefined;
    this.firstRows ??= page.rows;
    const grown = page.rows === undefined || this.firstRows === undefined ? 0 : Math.max(0, page.rows - this.firstRows);
    const growth = grown - this.newCount;
    const shown = this.count;
    const ahead = request.start > this.nextStart;
    // Asked ahead and landed past the rows shown: the rows in between would be skipped.
    const skips = ahead && request.start - grown > shown;
    const idless = served ? undefined : ops.some((op) => op.id === undefined) ? JSON.stringify(ops) : undefined;
    const echo = idless !== undefined && idless === this.lastIdlessPage;
    if (!served) this.lastIdlessPage = idless;
    const rows: FeedRow[] = [];
    if (!skips && !echo) ops.forEach((op, j) => {
      const id = op.id === '0' ? undefined : op.id;
      const at = request.start + j - grown;
      if (id !== undefined && mine.has(id)) {
        // Repeated within this answer: kept, with a key of its own.
      } else if ((id !== undefined && this.byId.has(id)) || at < shown) {
        return; // shown already, or a new operation on top
      }
      const row: FeedRow = { key: this.keyFor(id ?? `p${at}`), index: this.count + rows.length, op };
      rows.push(row);
      if (id !== undefined && !this.byId.has(id)) {
        mine.add(id);
        this.byId.set(id, row);
      }
    });
    if (rows.length > 0) this.chunks.push({ rows });
    this.count += rows.length;
    this.newCount = grown;
    // An empty first page moves on by one row: a 1-based server answers Start 0 one row short.
    const sent = ops.length || +(request.start === 0);
    this.nextStart = Math.max(grown + this.count, skips ? 0 : request.start + sent);
    if (!served) this.lookAhead = growth * 2 >= this.pageSize ? growth - 1 : 0;
    const snapshot = page.rows === undefined ? undefined : page.rows - grown;
    if (snapshot !== undefined) this.total = Math.max(this.count, snapshot);
    this.idle = rows.length > 0 ? 0 : this.idle + 1;
    if (snapshot === undefined ? rows.length === 0 : this.count >= snapshot) {
      this.status = 'done';
      this.spare = undefined;
    } else if (rows.length > 0 || ((growth > 0 || ahead || sent > ops.length) && this.idle < MAX_IDLE_PAGES)) {
      this.status = 'ready';
    } else {
      this.fail(invalid('OperationHistory says more operations exist, but its next pages repeat those shown'));
    }
    return { added: rows };
  }

  fail(error: HistoryError): void {
    this.status = 'error';
    this.error = error;
  }

  /** Back to a state from which the current page may be asked again (after an abort). */
  pause(): void {
    if (this.status === 'loading') this.status = this.chunks.length > 0 ? 'ready' : 'idle';
  }

  /** The row with this `Id`, if it is shown. */
  findById(id: string): FeedRow | undefined {
    return this.byId.get(id);
  }

  private keyFor(base: string): string {
    const n = (this.keyUses.get(base) ?? 0) + 1;
    this.keyUses.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  }
}
