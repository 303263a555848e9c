/** How failed requests are retried: the policy, its defaults, backoff and Retry-After. */

/** Automatic retries of transient failures (see canRetry in errors.ts for which ones). */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly retries: number;
  /** The first retry's delay ceiling; each later one doubles it. */
  readonly baseDelayMs: number;
  /** No retry waits longer (a server's Retry-After aside). */
  readonly maxDelayMs: number;
}

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
