/**
 * The export of a whole history, element-free. `new HistoryExport({ query, client, columns, fmt })`
 * reads every row matching `query` with the feed's own engine (FeedEngine: every row once,
 * whatever the `Start` base, new operations arriving meanwhile) and the client's
 * `fetchHistoryPage` (timeouts, 401 refresh, retries with backoff): pages of up to 100 rows, one
 * after the other, never two requests at once, giving the page a turn between pages, so an
 * export of 10,000 rows makes no long task. Each page's new rows go straight into the CSV
 * (csv.ts) and the totals (totals.ts), so nothing but the rows and the file's parts is held.
 * `start(signal?)` resolves with an `ExportFile` ({ blob, fileName, rows, totals }) once every row
 * is read, and only then: a cancelled (the signal aborts; rejects with its reason) or failed
 * export (rejects with a HistoryError of the failure's kind, after the client's retries, saying
 * how far it got) gives no file. `resume(signal?)` continues from the page that failed or was
 * cut off, keeping the rows read. While running, both return the running promise. `onProgress`
 * gets rows read of `Rows` and an estimate of the time left; `status`, `read`, `total` and
 * `error` say where it stands. The file is named `<client or card>-<yyyy-MM-dd>.csv` (the client
 * as the platform resolved it, the date in the formatter's time zone).
 */
import { fetchHistoryPage, type ClientOptions } from '../api/client.js';
import { HistoryError, isAbortError } from '../api/errors.js';
import { pacer } from '../api/json.js';
import type { Digits, HistoryPage, HistoryQuery } from '../api/types.js';
import { FeedEngine } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import type { Column } from './columns.js';
import { CsvWriter } from './csv.js';
import { Totals } from './totals.js';

export type ExportStatus = 'idle' | 'running' | 'failed' | 'cancelled' | 'done';

/** The most rows asked for in one request. */
export const EXPORT_PAGE_SIZE = 100;

export interface ExportProgress {
  /** Rows read so far. */
  readonly read: number;
  /** `Rows`: rows matching the request; undefined when the server never said. */
  readonly total: number | undefined;
  /** Estimated time left, from the pace so far; undefined before the first page or without a total. */
  readonly remainingMs: number | undefined;
}

export interface ExportOptions {
  readonly query: HistoryQuery;
  readonly client: ClientOptions;
  readonly columns: readonly Column[];
  /** Language of the header and the numbers, and the time zone of the dates. */
  readonly fmt: Formatter;
  /** Rows per request, at most 100 (the default). */
  readonly pageSize?: number;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** The time for the operations' states and the file's date; for tests. */
  readonly now?: () => Date;
  /** Milliseconds for the estimate of time left; for tests. */
  readonly clock?: () => number;
}

export interface ExportFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly rows: number;
  readonly totals: Totals;
}

/** A file name's part: digits, letters, `-` and `_` only. */
const namePart = (s: string) => s.replace(/[^\p{L}\p{N}_-]+/gu, '_');

export class HistoryExport {
  status: ExportStatus = 'idle';
  error: HistoryError | undefined;
  readonly totals = new Totals();
  private readonly engine: FeedEngine;
  private readonly writer: CsvWriter;
  private readonly startedAt: Date;
  /** The client or card as the platform resolved it (first page's echo). */
  private identity: Digits | undefined;
  private running: Promise<ExportFile> | undefined;
  private file: ExportFile | undefined;
  /** Milliseconds spent in runs before the current one (a failure's pause does not count). */
  private spentMs = 0;

  constructor(private readonly options: ExportOptions) {
    const size = Math.floor(options.pageSize ?? EXPORT_PAGE_SIZE);
    this.engine = new FeedEngine(size >= 1 && size <= EXPORT_PAGE_SIZE ? size : EXPORT_PAGE_SIZE);
    this.startedAt = options.now?.() ?? new Date();
    this.writer = new CsvWriter(options.columns, options.fmt, this.startedAt);
  }

  /** Rows read so far. */
  get read(): number {
    return this.engine.count;
  }

  /** `Rows` of the history being read, once known. */
  get total(): number | undefined {
    return this.engine.total;
  }

  /** Reads every row; resolves with the file once the last one is read. */
  start(signal?: AbortSignal): Promise<ExportFile> {
    return this.resume(signal);
  }

  /** After a failure or a cancel: continues from the page that did not arrive. */
  resume(signal?: AbortSignal): Promise<ExportFile> {
    if (this.file) return Promise.resolve(this.file);
    this.running ??= this.run(signal ?? new AbortController().signal).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(signal: AbortSignal): Promise<ExportFile> {
    const { engine, options } = this;
    const clock = options.clock ?? (() => performance.now());
    const began = clock();
    const pace = pacer();
    this.status = 'running';
    this.error = undefined;
    try {
      // begin() gives null once every row is read (this run is the only one asking).
      for (let request = engine.begin(); request; request = engine.begin()) {
        const page = request.page ?? (await fetchHistoryPage(options.query, request.start, request.length, options.client, signal));
        signal.throwIfAborted(); // an answer that came after the cancel is dropped, and asked again on resume
        const { added } = engine.receive(request, page);
        if (engine.error) throw engine.error;
        this.take(page, added.map((row) => row.op));
        this.report(this.spentMs + clock() - began);
        if (engine.status === 'done') break;
        await pace();
        signal.throwIfAborted();
      }
    } catch (thrown) {
      this.spentMs += clock() - began;
      if (signal.aborted || isAbortError(thrown)) {
        engine.pause();
        this.status = 'cancelled';
        throw signal.aborted ? signal.reason : thrown;
      }
      const cause = thrown instanceof HistoryError ? thrown : new HistoryError('network', 'OperationHistory request failed unexpectedly');
      const of = engine.total === undefined ? '' : ` of ${engine.total}`;
      const error = new HistoryError(cause.kind, `export stopped after ${engine.count}${of} rows: ${cause.message}`, { code: cause.code, status: cause.status, attribute: cause.attribute, cause });
      if (engine.status !== 'error') engine.fail(error);
      this.status = 'failed';
      this.error = error;
      throw error;
    }
    this.status = 'done';
    this.file = { blob: this.writer.toBlob(), fileName: this.fileName(), rows: engine.count, totals: this.totals };
    return this.file;
  }

  private take(page: HistoryPage, operations: HistoryPage['operations']): void {
    this.identity ??= page.client ?? page.card;
    this.writer.add(operations);
    this.totals.add(operations);
  }

  private report(elapsedMs: number): void {
    const { read, total } = this;
    const remainingMs = total === undefined || read === 0 ? undefined : Math.max(0, Math.round((elapsedMs / read) * (total - read)));
    try {
      this.options.onProgress?.({ read, total, remainingMs });
    } catch (observerError) {
      globalThis.reportError?.(observerError); // a faulty observer must not stop the export
    }
  }

  /** `<client or card>-<yyyy-MM-dd>.csv`; the request's own client, card or phone when the platform echoed none. */
  private fileName(): string {
    const { query, fmt } = this.options;
    const who = this.identity ?? query.client ?? query.card ?? query.phone ?? 'history';
    return `${namePart(who)}-${fmt.dayKey(this.startedAt)}.csv`;
  }
}
