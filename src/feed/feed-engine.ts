import type { HistoryError } from '../api/errors.js';
import type { HistoryPage, Operation } from '../api/types.js';

/**
 * The paging state machine: which page to ask for next, which rows are new, when the
 * history has ended. Plain code, no DOM and no I/O, so every transition can be tested alone.
 *
 * Paging works whichever base the server's `Start` uses (see shared/docs/api.md):
 * - the next `Start` is the previous `Start` plus the number of rows the server actually sent;
 * - rows are deduplicated by `Id` against everything shown before, so a 1-based server (or new
 *   operations shifting the offsets) costs at most one repeated row, never a duplicate on screen;
 * - the list ends when `Rows` rows are shown, or when a page brings no new row.
 *   Rows without an `Id` cannot be told apart, so a page of them that repeats the previous
 *   page exactly (a server ignoring `Start`) counts as bringing nothing new.
 */

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error' | 'done';

export interface FeedRow {
  /** Unique within the feed; stable for a given row. */
  readonly key: string;
  /** 0-based position among the rows shown. */
  readonly index: number;
  readonly op: Operation;
}

/** The rows one page added. Chunks never change once appended, except `version`. */
export interface FeedChunk {
  readonly id: number;
  readonly rows: readonly FeedRow[];
  /** Bumped when something shown inside the chunk changes (a row expanded, a parent loaded). */
  version: number;
}

export interface PageRequest {
  readonly start: number;
  readonly length: number;
}

export interface AppendResult {
  /** The rows this page added (possibly none). */
  readonly added: readonly FeedRow[];
  /** Chunks showing a refund whose original cheque has just arrived. */
  readonly touched: readonly FeedChunk[];
}

export class FeedEngine {
  status: FeedStatus = 'idle';
  chunks: FeedChunk[] = [];
  /** Rows shown. */
  count = 0;
  /** `Rows` as last reported; undefined when the server never said. */
  total: number | undefined;
  /** Operations that arrived at the top since the first page (`Rows` grew). */
  newCount = 0;
  error: HistoryError | undefined;
  nextStart = 0;

  private firstTotal: number | undefined;
  private readonly byId = new Map<string, FeedRow>();
  private readonly waitingForParent = new Map<string, Set<FeedChunk>>();
  private readonly keys = new Set<string>();
  private chunkSeq = 0;
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
    return { start: this.nextStart, length: this.pageSize };
  }

  /** Takes a page answered for the request `begin()` returned. */
  receive(request: PageRequest, page: HistoryPage): AppendResult {
    // Ids first shown by this very page (kept when repeated within it); costs the page, not the feed.
    const mine = new Set<string>();
    const idless = page.operations.some((op) => op.id === undefined) ? JSON.stringify(page.operations) : undefined;
    const echo = idless !== undefined && idless === this.lastIdlessPage;
    this.lastIdlessPage = idless;
    const rows: FeedRow[] = [];
    const touched = new Set<FeedChunk>();
    const chunk: FeedChunk = { id: ++this.chunkSeq, rows, version: 0 };
    if (!echo) page.operations.forEach((op, i) => {
      // Rows repeated from earlier pages are offsets shifting; a page is the server's own
      // snapshot, so a repetition inside it is kept and only given a distinct key.
      if (op.id !== undefined && this.byId.has(op.id) && !mine.has(op.id)) return;
      const key = this.keyFor(op, request.start + i);
      const row: FeedRow = { key, index: this.count + rows.length, op };
      rows.push(row);
      if (op.id !== undefined && !this.byId.has(op.id)) {
        mine.add(op.id);
        this.byId.set(op.id, row);
        for (const c of this.waitingForParent.get(op.id) ?? []) touched.add(c);
        this.waitingForParent.delete(op.id);
      }
      if (op.parent !== undefined && !this.byId.has(op.parent)) {
        const set = this.waitingForParent.get(op.parent) ?? new Set();
        set.add(chunk);
        this.waitingForParent.set(op.parent, set);
      }
    });
    for (const c of touched) c.version++;
    if (rows.length > 0) this.chunks.push(chunk);
    this.count += rows.length;
    this.nextStart = request.start + page.operations.length;
    this.updateTotal(page.rows);
    this.status = this.isEnd(rows.length) ? 'done' : 'ready';
    return { added: rows, touched: [...touched] };
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

  private keyFor(op: Operation, position: number): string {
    const base = op.id ?? `p${position}`;
    let key = base;
    for (let n = 2; this.keys.has(key); n++) key = `${base}~${n}`;
    this.keys.add(key);
    return key;
  }

  private updateTotal(rows: number | undefined): void {
    if (rows === undefined) return;
    if (this.firstTotal === undefined) this.firstTotal = rows;
    this.newCount = Math.max(0, rows - this.firstTotal);
    this.total = rows;
  }

  private isEnd(added: number): boolean {
    if (added === 0) return true;
    if (this.total === undefined) return false;
    return this.count >= this.total - this.newCount;
  }
}
