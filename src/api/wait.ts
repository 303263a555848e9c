/** Waiting without leaving anything behind: an abortable sleep, and waiting to be online. */

/** Calls `fn` on the window's next `online` event, unless `signal` aborts first. */
export const onOnline = (fn: () => void, signal: AbortSignal): void => addEventListener('online', fn, { once: true, signal });

export const isOffline = (): boolean => navigator.onLine === false;

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
