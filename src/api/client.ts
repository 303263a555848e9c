/**
 * One page of OperationHistory: POST, timeout, 401 refresh, retry with backoff, offline wait.
 * The token travels only in the request body; no URL, message or error property carries it:
 * messages are built from what the widget itself knows (status, kind, endpoint, timeout), never
 * from the text of an answer or of an error a custom `fetch` or headers provider threw. The one
 * exception is the platform's own `Message`, shown as sent, with the token cut out where it
 * stands as a number. Redirects are not followed (`redirect: 'manual'`): the body holds the
 * token, and a 307/308 would post it to wherever the `Location` points.
 */
import { bodyText } from './body.js';
import { canRetry, HistoryError, invalid } from './errors.js';
import { buildRequestBody } from './request.js';
import { REQUEST_SETTINGS } from './settings.js';
import { parseHistoryResponse } from './parse.js';
import { backoffDelay, parseRetryAfter, resolvePolicy, type RetryPolicy } from './retry.js';
import { isOffline, sleep } from './wait.js';
import type { HistoryPage, HistoryQuery } from './types.js';

export type HeadersProvider = (context: { readonly reason: 'initial' | 'unauthorized' }) => HeadersInit | undefined | Promise<HeadersInit | undefined>;

export interface ClientOptions {
  readonly endpoint: string;
  readonly fetch?: typeof fetch;
  readonly headers?: HeadersProvider;
  /** Milliseconds one attempt may take (the headers provider and the exchange together); default the `timeout` setting's. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy> | undefined;
  /** IANA zone in which dates without an offset are read; default the `server-time-zone` setting's. */
  readonly serverTimeZone?: string;
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: HistoryError }) => void;
  /** Jitter source, for tests. */
  readonly random?: () => number;
  /** For tests. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Retry-After of the response an `http` error came from. */
const retryAfter = new WeakMap<HistoryError, number | undefined>();

type Reason = 'initial' | 'unauthorized';

const baseHeaders = () => new Headers({ 'Content-Type': 'application/json', Accept: 'application/json' });

/** The provider failed: its error may hold credentials, so say that it failed, not what it said. */
const providerFailed = (reason: Reason) => new HistoryError('config', `the headers provider failed (reason "${reason}")`, { attribute: 'headers' });

/** `given` over the base headers. */
function withBase(given: HeadersInit | undefined): Headers {
  const headers = baseHeaders();
  new Headers(given ?? undefined).forEach((value, name) => headers.set(name, value));
  return headers;
}

/**
 * The request's headers. A provider that answers at once gives them at once, so the request
 * leaves in the same task (no microtask for the page's other work to run in); a promise is awaited.
 */
function askHeaders(options: ClientOptions, reason: Reason): Headers | Promise<Headers> {
  const provider = options.headers;
  if (!provider) return baseHeaders();
  try {
    const given = provider({ reason });
    // Any thenable: a promise made in another window (a parent page, an iframe app) is no `Promise` here.
    if (typeof (given as PromiseLike<unknown> | undefined)?.then !== 'function') return withBase(given as HeadersInit | undefined);
    return Promise.resolve(given).then(withBase, () => {
      throw providerFailed(reason);
    });
  } catch {
    throw providerFailed(reason);
  }
}

/**
 * One attempt: the headers (from the provider, when not known yet) and the exchange share the
 * attempt's `timeout`, so a provider that never settles ends in a timeout error naming it.
 */
async function tryOnce(body: string, headers: () => Headers | Promise<Headers>, options: ClientOptions, signal: AbortSignal): Promise<HistoryPage> {
  const timeoutMs = options.timeoutMs ?? REQUEST_SETTINGS.timeout.default;
  // A timer of our own, cleared when the attempt ends: a pending AbortSignal.timeout() would keep
  // the attempt, and through it the element that asked, alive until it fires.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new DOMException('The attempt timed out', 'TimeoutError')), timeoutMs);
  const attempt = AbortSignal.any([signal, timeout.signal]);
  // Rejects when the attempt aborts, so a step ends then even if a custom fetch or provider ignores the signal.
  // Its listener is removed when the attempt ends: a listener left on a combined signal keeps the
  // signals, and the widget's request through them, alive after the widget is removed.
  const ended = new AbortController();
  const stop = new Promise<never>((_, reject) => attempt.addEventListener('abort', () => reject(attempt.reason), { once: true, signal: ended.signal }));
  stop.catch(() => {}); // nobody may be racing it when it rejects
  try {
    return await exchange(body, headers, options, signal, attempt, stop, timeout.signal);
  } finally {
    clearTimeout(timer);
    ended.abort();
  }
}

async function exchange(
  body: string,
  headers: () => Headers | Promise<Headers>,
  options: ClientOptions,
  signal: AbortSignal,
  attempt: AbortSignal,
  stop: Promise<never>,
  timeout: AbortSignal,
): Promise<HistoryPage> {
  const timeoutMs = options.timeoutMs ?? REQUEST_SETTINGS.timeout.default;
  /**
   * Awaits a step of the attempt; its failure is the caller's abort, the timeout (`who` did not
   * answer), a HistoryError of its own, or the network.
   */
  const step = <T>(run: () => Promise<T>, who = 'OperationHistory'): Promise<T> =>
    Promise.race([
      new Promise<T>((resolve) => {
        attempt.throwIfAborted();
        resolve(run());
      }),
      stop,
    ]).catch((e: unknown) => {
      throw signal.aborted
        ? signal.reason
        : timeout.aborted
          ? new HistoryError('timeout', `${who} did not answer within ${timeoutMs} ms`)
          : e instanceof HistoryError
            ? e
            : new HistoryError('network', `could not reach OperationHistory at ${options.endpoint} (offline, DNS, CORS or a dropped connection)`);
    });
  const send = (known: Headers) => {
    const init: RequestInit = { method: 'POST', headers: known, body, credentials: 'omit', cache: 'no-store', mode: 'cors', redirect: 'manual', signal: attempt };
    return step(() => (options.fetch ?? fetch)(options.endpoint, init));
  };
  // Headers known at once (no provider, or one that answers at once): nothing is awaited before
  // fetch, so the request leaves before the page's other work, the element's first render included.
  const given = headers();
  const response = await (given instanceof Headers ? send(given) : step(() => given, 'the headers provider').then(send));
  if (!(response instanceof Response)) throw invalid('the fetch function gave something that is not a Response');
  const { status } = response;
  if (!response.ok) {
    response.body?.cancel().catch(() => {});
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
      throw new HistoryError(
        'http',
        `OperationHistory redirected${status ? ` (HTTP ${status})` : ''}; redirects are not followed, so the token goes nowhere else: set api-base to the final address`,
        status ? { status } : {},
      );
    }
    const error = new HistoryError('http', `OperationHistory answered HTTP ${status}`, { status });
    retryAfter.set(error, parseRetryAfter(response.headers.get('Retry-After')));
    throw error;
  }
  // Read as it streams, every read within the attempt's timeout (body.ts).
  return await parseHistoryResponse(bodyText(response, step), { serverTimeZone: options.serverTimeZone });
}

export async function fetchHistoryPage(query: HistoryQuery, start: number, length: number, options: ClientOptions, signal: AbortSignal): Promise<HistoryPage> {
  signal.throwIfAborted();
  const body = buildRequestBody(query, start, length);
  const policy = resolvePolicy(options.retry);
  let reason: Reason = 'initial';
  /** Kept once known; a provider that failed or never answered is asked again by the next attempt. */
  let headers: Headers | undefined;
  const headersFor = (): Headers | Promise<Headers> => {
    if (headers) return headers;
    const asked = askHeaders(options, reason);
    return asked instanceof Headers ? (headers = asked) : asked.then((known) => (headers = known));
  };
  let retries = 0;
  for (;;) {
    signal.throwIfAborted();
    if (isOffline()) await sleep(undefined, signal); // until `online`
    try {
      return await tryOnce(body, headersFor, options, signal);
    } catch (thrown) {
      if (signal.aborted) throw signal.reason;
      if (!(thrown instanceof HistoryError)) throw thrown;
      const { kind, message, status } = thrown;
      // The platform's Message may echo the request: cut the token out where it stands as a number.
      const cut = kind === 'api' && query.token ? message.replace(new RegExp(`(?<!\\d)${query.token}(?!\\d)`, 'g'), '…') : message;
      const error = cut === message ? thrown : new HistoryError(kind, cut, thrown);
      if (status === 401 && reason === 'initial') {
        reason = 'unauthorized';
        headers = undefined;
        continue;
      }
      if (kind === 'network' && isOffline()) continue; // wait for `online`; not a spent retry
      // Retried here: the exchange's own failures that asking again can help (canRetry). An answer that
      // was read (a business error, a body that is no history) would most likely come back the same.
      // A redirect (an http error without a status) would only be redirected again.
      const transient = (kind === 'network' || kind === 'timeout' || (kind === 'http' && status !== undefined)) && canRetry(thrown);
      if (!transient || retries >= policy.retries) throw error;
      retries++;
      // Retry-After is a floor, not a replacement: "Retry-After: 0" must not retry at once.
      const delayMs = Math.max(retryAfter.get(thrown) ?? 0, backoffDelay(retries, policy, options.random ?? Math.random));
      try {
        options.onRetry?.({ attempt: retries, delayMs, error });
      } catch (observerError) {
        globalThis.reportError?.(observerError); // a faulty observer must not stop the history from loading
      }
      await (options.sleep ?? sleep)(delayMs, signal);
    }
  }
}
