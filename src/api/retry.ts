/** Waiting helpers for the client: backoff, Retry-After, abortable sleep, waiting to be online. */
import type { RetryPolicy } from './client.js';

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ retries: 3, baseDelayMs: 500, maxDelayMs: 8000 });
/** The longest a server's Retry-After can make us wait. */
export const RETRY_AFTER_CAP_MS = 30_000;

export function resolvePolicy(p: Partial<RetryPolicy> = {}): RetryPolicy {
  const pick = (v: number | undefined, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  return {
    retries: Math.floor(pick(p.retries, DEFAULT_RETRY.retries)),
    baseDelayMs: pick(p.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: pick(p.maxDelayMs, DEFAULT_RETRY.maxDelayMs),
  };
}

/**
 * Exponential backoff with "equal jitter": for retry n (1-based) the ceiling is
 * min(maxDelayMs, baseDelayMs * 2^(n-1)) and the delay lies in [ceiling/2, ceiling], so
 * clients spread out yet never retry at once.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}

/** `Retry-After` in ms (delta-seconds or an HTTP date), capped; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

/** Resolves after `ms`; rejects with the signal's reason on abort, leaving no timer or listener. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Resolves at once when online, else on the window's `online` event; abortable. */
export function waitUntilOnline(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (!isOffline()) return resolve();
    const done = () => {
      globalThis.removeEventListener('online', onOnline);
      signal.removeEventListener('abort', onAbort);
    };
    const onOnline = () => {
      done();
      resolve();
    };
    const onAbort = () => {
      done();
      reject(signal.reason);
    };
    globalThis.addEventListener('online', onOnline);
    signal.addEventListener('abort', onAbort);
  });
}
