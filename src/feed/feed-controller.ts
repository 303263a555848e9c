import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchHistoryPage, type ClientOptions } from '../api/client.js';
import { sameRequest, type RequestConfig } from '../api/config.js';
import { HistoryError, isAbortError } from '../api/errors.js';
import { isRequestAttribute } from '../api/settings.js';
import { onOnline } from '../api/wait.js';
import { prepareWire } from '../api/wire.js';
import type { RetryPolicy } from '../api/retry.js';
import type { HistoryPage } from '../api/types.js';
import { FeedEngine, type AppendResult, type FeedStatus } from './feed-engine.js';

/** How to reach the server: read at each request, so a host may swap them at any moment. */
export type Connection = Pick<ClientOptions, 'fetch' | 'headers' | 'retry'>;

/** An element's live settings as a connection: its `fetch` (else the page's), `headers` and `retryPolicy` as they are now. */
export function connectionOf(host: { fetch?: typeof fetch; headers?: ClientOptions['headers']; retryPolicy?: Partial<RetryPolicy> }): Connection {
  return { fetch: (input, init) => (host.fetch ?? globalThis.fetch)(input, init), headers: host.headers, retry: host.retryPolicy };
}

export interface FeedOptions {
  /**
   * The request as the host's settings resolve now, or the configuration error they raise.
   * Compared after each update, as `@lit/task` compares its `args`: a different request clears
   * the list and reads it again; the same one keeps what is shown.
   */
  request(): RequestConfig | HistoryError;
  connection(): Connection;
  /** An answer already on its way for this page (the drop-in's early request), if the host has one. */
  early?(request: RequestConfig, start: number, length: number, signal: AbortSignal): Promise<HistoryPage> | undefined;
  /** A page arrived for the current request and was appended. */
  page(page: HistoryPage, result: AppendResult): void;
  /** The list now starts again from nothing (a new request, or reload()). */
  reset(): void;
  /** A request failed for good (after the client's own retries), or the settings are wrong. */
  error(error: HistoryError): void;
}

/**
 * Drives a FeedEngine for a Lit host, in the manner of @lit/task: one request at a time, a fresh
 * AbortController per request, a call id so that a late answer for an older request is dropped,
 * and an abort when the host leaves the document (deferred a microtask, so that moving the host
 * does not cancel anything). Back in the document, it resumes where it stopped.
 *
 * A wrong request setting clears the list (it no longer shows what the settings ask); a wrong
 * display setting keeps the rows shown, stops loading, and shows its error until it is fixed.
 */
export class FeedController implements ReactiveController {
  engine: FeedEngine = new FeedEngine(20);
  private request: RequestConfig | undefined;
  /** The configuration error shown; undefined when the settings are good. */
  private configError: HistoryError | undefined;
  private inflight: AbortController | undefined;
  private call = 0;
  private suspended = false;
  /** Aborted to stop waiting for `online` (see watchOnline). */
  private offline: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedOptions,
  ) {
    host.addController(this);
  }

  /** What the list is doing, a configuration error counting as an error. */
  get status(): FeedStatus {
    return this.configError ? 'error' : this.engine.status;
  }

  get error(): HistoryError | undefined {
    return this.configError ?? this.engine.error;
  }

  /** Whether a request is set and nothing stands in the way of asking for more. */
  get canLoadMore(): boolean {
    return this.request !== undefined && !this.configError && this.engine.canLoad && !this.suspended;
  }

  /** Compares the request with the one the list was read with, and starts again when it differs. */
  hostUpdate(): void {
    this.sync();
  }

  /** As hostUpdate; also callable before the first update, so the first request leaves before the first render. */
  sync(): void {
    const next = this.options.request();
    if (next instanceof HistoryError) return this.failWith(next);
    const held = this.configError !== undefined;
    this.configError = undefined;
    if (this.request && sameRequest(this.request, next)) {
      if (held) this.host.requestUpdate();
      if (held && this.engine.count === 0) this.loadMore();
      return;
    }
    this.start(next);
  }

  /** Clears the list and reads the current request from the start. */
  restart(): void {
    if (this.request && !this.configError) this.start(this.request);
  }

  /** Asks for the next page unless one is in flight or the history has ended. */
  loadMore(): void {
    if (!this.canLoadMore) return;
    void this.run();
  }

  /** After an error: asks again for the page that failed. */
  retry(): void {
    if (this.request === undefined || this.configError || this.engine.status !== 'error' || this.suspended) return;
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

  private start(request: RequestConfig): void {
    this.cancel();
    this.request = request;
    this.engine = new FeedEngine(request.pageSize);
    this.options.reset();
    this.host.requestUpdate();
    this.loadMore();
  }

  /** A configuration error, reported once while it stands. */
  private failWith(error: HistoryError): void {
    if (this.configError?.message === error.message) return;
    this.cancel();
    if (isRequestAttribute(error.attribute) && this.request !== undefined) {
      this.request = undefined;
      this.engine = new FeedEngine(20);
      this.options.reset();
    }
    this.configError = error;
    this.host.requestUpdate();
    this.options.error(error);
  }

  private async run(): Promise<void> {
    const request = this.request;
    const page = this.engine.begin();
    if (request === undefined || page === null) return;
    this.unwatchOnline();
    const call = ++this.call;
    const abort = new AbortController();
    this.inflight = abort;
    const engine = this.engine;
    this.host.requestUpdate();
    try {
      // The first answer's reading is prepared while it travels, not after it arrives.
      if (engine.count === 0) setTimeout(() => prepareWire(request.serverTimeZone));
      const client: ClientOptions = { ...this.options.connection(), endpoint: request.endpoint, timeoutMs: request.timeoutMs, serverTimeZone: request.serverTimeZone };
      // A page left over from an oversized answer needs no request.
      const answer =
        page.page ??
        (await (this.options.early?.(request, page.start, page.length, abort.signal) ?? fetchHistoryPage(request.query, page.start, page.length, client, abort.signal)));
      if (call !== this.call) return;
      const result = engine.receive(page, answer);
      this.options.page(answer, result);
      if (engine.error) this.options.error(engine.error);
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
      this.options.error(error);
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
