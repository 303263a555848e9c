/**
 * One page of OperationHistory: POST, timeout, 401 refresh, retry with backoff, offline wait.
 * The token travels only in the request body; no URL, message or error property carries it.
 */
import { HistoryError } from './errors.js';
import { buildRequestBody } from './request.js';
import { parseHistoryResponse } from './parse.js';
import { backoffDelay, isOffline, parseRetryAfter, resolvePolicy, sleep, waitUntilOnline } from './retry.js';
import type { HistoryPage, HistoryQuery } from './types.js';

export type HeadersProvider = (context: { readonly reason: 'initial' | 'unauthorized' }) => HeadersInit | undefined | Promise<HeadersInit | undefined>;

export interface RetryPolicy {
  readonly retries: number /* default 3 */;
  readonly baseDelayMs: number /* 500 */;
  readonly maxDelayMs: number /* 8000 */;
}

export interface ClientOptions {
  readonly endpoint: string;
  readonly fetch?: typeof fetch;
  readonly headers?: HeadersProvider;
  readonly timeoutMs?: number /* 15000 */;
  readonly retry?: Partial<RetryPolicy>;
  readonly serverTimeZone?: string;
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: HistoryError }) => void;
  /** Jitter source, for tests. */
  readonly random?: () => number;
  /** For tests. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Reason phrases for a response without a statusText (HTTP/2 has none). */
const REASONS =
  '400Bad Request|401Unauthorized|403Forbidden|404Not Found|405Method Not Allowed|408Request Timeout|413Payload Too Large|' +
  '415Unsupported Media Type|429Too Many Requests|500Internal Server Error|502Bad Gateway|503Service Unavailable|504Gateway Timeout';

/** Retry-After of the response an `http` error came from. */
const retryAfter = new WeakMap<HistoryError, number | undefined>();

/** Settles with `promise`, or rejects as soon as `signal` aborts (even if a stub fetch ignores it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function askHeaders(options: ClientOptions, reason: 'initial' | 'unauthorized', signal: AbortSignal): Promise<Headers> {
  const headers = new Headers({ 'Content-Type': 'application/json', Accept: 'application/json' });
  const provider = options.headers;
  if (provider) {
    try {
      const extra = await untilAborted(Promise.resolve().then(() => provider({ reason })), signal);
      new Headers(extra ?? undefined).forEach((value, name) => headers.set(name, value));
    } catch {
      if (signal.aborted) throw signal.reason;
      // The provider's error may hold credentials: report that it failed, not what it said.
      throw new HistoryError('config', `the headers provider failed (reason "${reason}")`, { attribute: 'headers' });
    }
  }
  return headers;
}

async function tryOnce(body: string, headers: Headers, options: ClientOptions, signal: AbortSignal): Promise<HistoryPage> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  const timer =
    timeoutMs > 0 && timeoutMs < Infinity
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException('OperationHistory timed out', 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  /** Awaits a step of the exchange; its failure is the caller's abort, the timeout or the network. */
  const step = <T>(run: () => Promise<T>): Promise<T> =>
    untilAborted(new Promise<T>((resolve) => resolve(run())), controller.signal).catch(() => {
      throw signal.aborted
        ? signal.reason
        : timedOut
          ? new HistoryError('timeout', `OperationHistory did not answer within ${timeoutMs} ms`)
          : new HistoryError('network', `could not reach OperationHistory at ${options.endpoint} (offline, DNS, CORS or a dropped connection)`);
    });
  try {
    const init: RequestInit = { method: 'POST', headers, body, credentials: 'omit', cache: 'no-store', mode: 'cors', signal: controller.signal };
    const response = await step(() => (options.fetch ?? fetch)(options.endpoint, init));
    const { status } = response;
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      const reason = response.statusText || new RegExp(`${status}([^|]+)`).exec(REASONS)?.[1];
      const error = new HistoryError('http', `OperationHistory answered HTTP ${status}${reason ? ` ${reason}` : ''}`, { status });
      retryAfter.set(error, parseRetryAfter(response.headers.get('Retry-After')));
      throw error;
    }
    return parseHistoryResponse(await step(() => response.text()), { serverTimeZone: options.serverTimeZone });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

export async function fetchHistoryPage(query: HistoryQuery, start: number, length: number, options: ClientOptions, signal: AbortSignal): Promise<HistoryPage> {
  signal.throwIfAborted();
  const body = buildRequestBody(query, start, length);
  const policy = resolvePolicy(options.retry);
  let headers = await askHeaders(options, 'initial', signal);
  let refreshed = false;
  let retries = 0;
  for (;;) {
    signal.throwIfAborted();
    await waitUntilOnline(signal);
    try {
      return await tryOnce(body, headers, options, signal);
    } catch (thrown) {
      if (signal.aborted) throw signal.reason;
      if (!(thrown instanceof HistoryError)) throw thrown;
      const { kind, message, status = 0 } = thrown;
      const token = query.token;
      // A server page may echo the request: cut the token out of the message.
      const error = token && message.includes(token) ? new HistoryError(kind, message.split(token).join('…'), thrown) : thrown;
      if (status === 401 && !refreshed) {
        refreshed = true;
        headers = await askHeaders(options, 'unauthorized', signal);
        continue;
      }
      if (kind === 'network' && isOffline()) continue; // wait for `online`; not a spent retry
      if (!(kind === 'network' || kind === 'timeout' || status === 429 || status >= 500) || retries >= policy.retries) throw error;
      retries++;
      const delayMs = retryAfter.get(thrown) ?? backoffDelay(retries, policy, options.random ?? Math.random);
      try {
        options.onRetry?.({ attempt: retries, delayMs, error });
      } catch (observerError) {
        globalThis.reportError?.(observerError); // a faulty observer must not stop the history from loading
      }
      await (options.sleep ?? sleep)(delayMs, signal);
    }
  }
}
