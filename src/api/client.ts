/**
 * One page of OperationHistory: POST, timeout, 401 refresh, retry with backoff, offline wait.
 * The token travels only in the request body; no URL, message or error property carries it.
 */
import { HistoryError } from './errors.js';
import { buildRequestBody } from './request.js';
import { parseHistoryResponse } from './parse.js';
import { backoffDelay, isOffline, parseRetryAfter, resolvePolicy, sleep as defaultSleep, waitUntilOnline } from './retry.js';
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

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  408: 'Request Timeout', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** Retry-After of the response an `http` error came from. */
const retryAfter = new WeakMap<HistoryError, number>();

function isRetryable(e: HistoryError): boolean {
  if (e.kind === 'network' || e.kind === 'timeout') return true;
  return e.kind === 'http' && e.status !== undefined && (e.status === 429 || e.status >= 500);
}

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
  if (!provider) return headers;
  try {
    const extra = await untilAborted(Promise.resolve().then(() => provider({ reason })), signal);
    new Headers(extra ?? undefined).forEach((value, name) => headers.set(name, value));
  } catch {
    if (signal.aborted) throw signal.reason;
    // The provider's error may hold credentials: report that it failed, not what it said.
    throw new HistoryError('config', `the headers provider failed (reason "${reason}")`, { attribute: 'headers' });
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
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException('OperationHistory timed out', 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  const failed = (): HistoryError | unknown => {
    if (signal.aborted) return signal.reason;
    if (timedOut) return new HistoryError('timeout', `OperationHistory did not answer within ${timeoutMs} ms`);
    return new HistoryError('network', `could not reach OperationHistory at ${options.endpoint} (offline, DNS, CORS or a dropped connection)`);
  };
  try {
    const doFetch = options.fetch ?? fetch;
    let response: Response;
    try {
      const init: RequestInit = { method: 'POST', headers, body, credentials: 'omit', cache: 'no-store', mode: 'cors', signal: controller.signal };
      response = await untilAborted(doFetch(options.endpoint, init), controller.signal);
    } catch {
      throw failed();
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      const reason = response.statusText || REASONS[response.status] || '';
      const error = new HistoryError('http', `OperationHistory answered HTTP ${response.status}${reason ? ` ${reason}` : ''}`, { status: response.status });
      const after = parseRetryAfter(response.headers.get('Retry-After'));
      if (after !== undefined) retryAfter.set(error, after);
      throw error;
    }
    let text: string;
    try {
      text = await untilAborted(response.text(), controller.signal);
    } catch {
      throw failed();
    }
    return parseHistoryResponse(text, options.serverTimeZone === undefined ? {} : { serverTimeZone: options.serverTimeZone });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** The same error with the token cut out of its message (a server page may echo the request). */
function redact(error: HistoryError, token: string | undefined): HistoryError {
  if (!token || !error.message.includes(token)) return error;
  const { code, status, attribute } = error;
  return new HistoryError(error.kind, error.message.split(token).join('…'), { code, status, attribute });
}

function report(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
}

export async function fetchHistoryPage(query: HistoryQuery, start: number, length: number, options: ClientOptions, signal: AbortSignal): Promise<HistoryPage> {
  signal.throwIfAborted();
  const body = buildRequestBody(query, start, length);
  const policy = resolvePolicy(options.retry);
  const sleep = options.sleep ?? defaultSleep;
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
      const error = redact(thrown, query.token);
      if (error.kind === 'http' && error.status === 401 && !refreshed) {
        refreshed = true;
        headers = await askHeaders(options, 'unauthorized', signal);
        signal.throwIfAborted();
        continue;
      }
      if (error.kind === 'network' && isOffline()) continue; // wait for `online`; not a spent retry
      if (!isRetryable(error) || retries >= policy.retries) throw error;
      retries++;
      const delayMs = retryAfter.get(thrown) ?? backoffDelay(retries, policy, options.random ?? Math.random);
      try {
        options.onRetry?.({ attempt: retries, delayMs, error });
      } catch (observerError) {
        report(observerError); // a faulty observer must not stop the history from loading
      }
      await sleep(delayMs, signal);
      signal.throwIfAborted();
    }
  }
}
