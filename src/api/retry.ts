/** Waiting helpers for the client: backoff, Retry-After, abortable sleep, waiting to be online. */
import type { RetryPolicy } from './client.js';

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ retries: 3, baseDelayMs: 500, maxDelayMs: 8000 });
/** The longest a server's Retry-After can make us wait. */
export const RETRY_AFTER_CAP_MS = 30_000;

export function resolvePolicy(p: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy: Record<string, number> = { ...DEFAULT_RETRY };
  // Own keys only: a page's script may add enumerable members to Object.prototype.
  for (const k of Object.keys(policy)) {
    const v = (p as Record<string, unknown>)[k];
    if (typeof v === 'number' && v >= 0 && v < Infinity) policy[k] = v;
  }
  policy.retries = Math.floor(policy.retries as number);
  return policy as unknown as RetryPolicy;
}

/**
 * Exponential backoff with "equal jitter": for retry n (1-based) the ceiling is
 * min(maxDelayMs, baseDelayMs * 2^(n-1)) and the delay lies in [ceiling/2, ceiling], so
 * clients spread out yet never retry at once.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (Math.min(Math.max(random(), 0), 1) * ceiling) / 2);
}

/** `Retry-After` in ms (delta-seconds or an HTTP date), capped; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

/** Calls `fn` on the window's next `online` event, unless `signal` aborts first. */
export const onOnline = (fn: () => void, signal: AbortSignal): void => addEventListener('online', fn, { once: true, signal });

/**
 * Resolves after `ms`, or with no `ms` on the window's `online` event; rejects with the
 * signal's reason on abort. Leaves no timer or listener behind.
 */
export const sleep = (ms: number | undefined, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const done = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = (aborted?: boolean) => {
      clearTimeout(timer);
      done.abort();
      if (aborted) reject(signal.reason);
      else resolve();
    };
    if (ms === undefined) onOnline(() => end(), done.signal);
    else timer = setTimeout(end, ms);
    signal.addEventListener('abort', () => end(true), { signal: done.signal });
  });

export const isOffline = (): boolean => navigator.onLine === false;
