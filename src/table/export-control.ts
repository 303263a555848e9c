/**
 * The staff table's export as the element drives it: one HistoryExport (export.ts) at a time for
 * the current request, its progress as plain state for the template, Cancel, Resume after a
 * failure or a cancel (from the page that did not arrive), and the saving of the finished file.
 * A new request drops the export under way: its rows would no longer match what is asked.
 */
import { HistoryError } from '../api/errors.js';
import { HistoryExport, type ExportFile, type ExportOptions, type ExportStatus } from './export.js';

export interface ExportState {
  readonly status: ExportStatus;
  readonly read: number;
  readonly total: number | undefined;
  readonly remainingMs: number | undefined;
  /** Why a failed export stopped. */
  readonly message?: string;
  /** The saved file's name. */
  readonly fileName?: string;
}

export interface ExportControlOptions {
  /** What to export now; undefined while the settings are wrong. */
  options(): Omit<ExportOptions, 'onProgress'> | undefined;
  /** The state changed: render again. */
  changed(): void;
  /** Every row is read: the file, complete. */
  done(file: ExportFile): void;
}

const IDLE: ExportState = { status: 'idle', read: 0, total: undefined, remainingMs: undefined };

export class ExportControl {
  state: ExportState = IDLE;
  private job: HistoryExport | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly options: ExportControlOptions) {}

  /** The finished export's file, while the request it was read for stands. */
  file: ExportFile | undefined;

  /** Starts an export of every row from the first page. */
  start(): void {
    const options = this.options.options();
    if (!options) return;
    this.reset();
    this.job = new HistoryExport({ ...options, onProgress: (p) => this.set({ ...this.state, ...p }) });
    void this.run();
  }

  /** Continues a failed or cancelled export from the page that did not arrive. */
  resume(): void {
    if (this.job && this.job.status !== 'running' && this.job.status !== 'done') void this.run();
  }

  cancel(): void {
    this.abort?.abort(new DOMException('The export was cancelled', 'AbortError'));
  }

  /** Forgets the export (a new request): one under way is cancelled and gives no file. */
  reset(): void {
    this.cancel();
    this.job = undefined;
    this.file = undefined;
    this.state = IDLE;
  }

  private async run(): Promise<void> {
    const job = this.job!;
    const abort = (this.abort = new AbortController());
    this.set({ ...this.state, status: 'running', message: undefined });
    try {
      const file = await job.resume(abort.signal);
      if (job !== this.job) return;
      this.file = file;
      this.set({ status: 'done', read: file.rows, total: job.total, remainingMs: undefined, fileName: file.fileName });
      this.options.done(file);
    } catch (e) {
      if (job !== this.job) return;
      const message = e instanceof HistoryError && job.status === 'failed' ? e.message : undefined;
      this.set({ status: job.status, read: job.read, total: job.total, remainingMs: undefined, message });
    }
  }

  private set(state: ExportState): void {
    this.state = state;
    this.options.changed();
  }
}

/** Saves a file as a download, in the browser's own way (an anchor with `download`). */
export function saveFile(blob: Blob, fileName: string, document: Document): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken the file; give it a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
