/**
 * A heartbeat for the page's turns: a message posted to itself again and again, so it runs only
 * when the main thread is free. Counts the turns and the longest wait between two of them, until
 * stopped. Messages, unlike timers, are not throttled in a background tab.
 */
export interface PageTurns {
  /** Turns the page had so far. */
  readonly turns: number;
  /** The longest the page waited for a turn so far, in ms. */
  readonly longest: number;
  stop(): void;
}

export function watchTurns(): PageTurns {
  const channel = new MessageChannel();
  let last = performance.now();
  const watch = {
    turns: 0,
    longest: 0,
    stop: () => channel.port1.close(),
  };
  channel.port1.onmessage = () => {
    const now = performance.now();
    watch.longest = Math.max(watch.longest, now - last);
    last = now;
    watch.turns++;
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return watch;
}
