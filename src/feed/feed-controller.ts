import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchHistoryPage, type ClientOptions } from '../api/client.js';
import { HistoryError, isAbortError } from '../api/errors.js';
import { onOnline } from '../api/retry.js';
import type { HistoryPage, HistoryQuery } from '../api/types.js';
import { FeedEngine, type AppendResult } from './feed-engine.js';

/** What to read: the validated request and how to reach the server. */
export interface FeedSource {
  readonly query: HistoryQuery;
  readonly pageSize: number;
  readonly client: ClientOptions;
}

export interface FeedListener {
  /** A page arrived for the current source and was appended. */
  page(page: HistoryPage, result: AppendResult): void;
  /** A request for the current source failed for good (after the client's own retries). */
  error(error: HistoryError): void;
}

/**
 * Drives a FeedEngine for a Lit host, in the manner of @lit/task: one request at a time, a fresh
 * AbortController per request, a call id so that a late answer for an older source is dropped,
 * and an abort when the host leaves the document (deferred a microtask, so that moving the host
 * does not cancel anything). Back in the document, it resumes where it stopped.
 */
export class FeedController implements ReactiveController {
  engine: FeedEngine = new FeedEngine(20);
  private source: FeedSource | undefined;
  private inflight: AbortController | undefined;
  private call = 0;
  private suspended = false;
  /** Aborted to stop waiting for `online` (see watchOnline). */
  private offline: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly listener: FeedListener,
  ) {
    host.addController(this);
  }

  /** Whether a source is set and nothing stands in the way of asking for more. */
  get canLoadMore(): boolean {
    return this.source !== undefined && this.engine.canLoad && !this.suspended;
  }

  /** Forgets every row and reads `source` from the start; `undefined` just stops. */
  setSource(source: FeedSource | undefined): void {
    this.cancel();
    this.source = source;
    this.engine = new FeedEngine(source?.pageSize ?? 20);
    this.host.requestUpdate();
  }

  /** Shows an error that is not a request's, e.g. a configuration error. */
  failWith(error: HistoryError): void {
    this.setSource(undefined); // asks for an update
    this.engine.fail(error);
  }

  /** Asks for the next page unless one is in flight or the history has ended. */
  loadMore(): void {
    if (!this.canLoadMore) return;
    void this.run();
  }

  /** After an error: asks again for the page that failed. */
  retry(): void {
    if (this.source === undefined || this.engine.status !== 'error' || this.suspended) return;
    void this.run();
  }

  hostConnected(): void {
    if (!this.suspended) return;
    this.suspended = false;
    if (this.engine.status === 'error') this.watchOnline();
    // The page that was cut off, or the first one, is asked again.
    if (this.engine.chunks.length === 0 || this.engine.status === 'ready' || this.engine.status === 'idle') this.loadMore();
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.suspended = this.inflight !== undefined || this.engine.status !== 'done';
      this.cancel();
    });
  }

  private async run(): Promise<void> {
    const source = this.source;
    const request = this.engine.begin();
    if (source === undefined || request === null) return;
    this.unwatchOnline();
    const call = ++this.call;
    const abort = new AbortController();
    this.inflight = abort;
    const engine = this.engine;
    this.host.requestUpdate();
    try {
      // A page left over from an oversized answer needs no request.
      const page = request.page ?? (await fetchHistoryPage(source.query, request.start, request.length, source.client, abort.signal));
      if (call !== this.call) return;
      const result = engine.receive(request, page);
      this.listener.page(page, result);
      if (engine.error) this.listener.error(engine.error);
      // A page that brought nothing to show, where the engine wants another (new operations
      // pushed the list down, or a 1-based server's short first page): ask at once, rather than
      // leave the member a Show more that shows nothing. The engine bounds such pages.
      else if (result.added.length === 0 && engine.canLoad) queueMicrotask(() => call === this.call && this.loadMore());
    } catch (e) {
      if (call !== this.call || isAbortError(e)) return;
      // What was thrown may quote anything, the token included: say only that it failed.
      const error = e instanceof HistoryError ? e : new HistoryError('network', 'OperationHistory request failed unexpectedly');
      engine.fail(error);
      this.watchOnline();
      this.listener.error(error);
    } finally {
      if (call === this.call) this.inflight = undefined;
      this.host.requestUpdate();
    }
  }

  /** Stops the request in flight; its answer, if any, will be dropped. */
  private cancel(): void {
    this.call++;
    this.inflight?.abort();
    this.inflight = undefined;
    this.engine.pause();
    this.unwatchOnline();
  }

  /** A request that failed while the browser was offline is asked again when it is back. */
  private watchOnline(): void {
    const kind = this.engine.error?.kind;
    if (this.offline || (kind !== 'network' && kind !== 'timeout')) return;
    this.offline = new AbortController();
    onOnline(() => {
      this.offline = undefined;
      this.retry();
    }, this.offline.signal);
  }

  private unwatchOnline(): void {
    this.offline?.abort();
    this.offline = undefined;
  }
}
