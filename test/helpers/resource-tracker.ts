/**
 * Counts what a piece of code holds on to while it runs: listeners on `window`, pending
 * timeouts and intervals, and IntersectionObserver / ResizeObserver instances that are still
 * observing something. Install before the code runs, read `live()`, uninstall after.
 */

export interface LiveCounts {
  windowListeners: number;
  timers: number;
  intersectionObservers: number;
  resizeObservers: number;
}

export interface Totals {
  windowListenersAdded: number;
  timersSet: number;
  intersectionObserversMade: number;
  resizeObserversMade: number;
}

type ListenerKey = string;

export class ResourceTracker {
  private readonly listeners = new Map<ListenerKey, number>();
  private readonly listenerIds = new WeakMap<object, number>();
  private listenerSeq = 0;
  private readonly timers = new Set<number>();
  private readonly observing = { intersection: new Set<object>(), resize: new Set<object>() };
  readonly totals: Totals = { windowListenersAdded: 0, timersSet: 0, intersectionObserversMade: 0, resizeObserversMade: 0 };
  private restore: (() => void)[] = [];

  install(): void {
    this.wrapWindowListeners();
    this.wrapTimers();
    this.wrapObserver('IntersectionObserver', this.observing.intersection, 'intersectionObserversMade');
    this.wrapObserver('ResizeObserver', this.observing.resize, 'resizeObserversMade');
  }

  uninstall(): void {
    for (const undo of this.restore.reverse()) undo();
    this.restore = [];
  }

  live(): LiveCounts {
    return {
      windowListeners: [...this.listeners.values()].reduce((a, b) => a + b, 0),
      timers: this.timers.size,
      intersectionObservers: this.observing.intersection.size,
      resizeObservers: this.observing.resize.size,
    };
  }

  /** What is still registered, for a failure message. */
  describeListeners(): string[] {
    return [...this.listeners.entries()].filter(([, n]) => n > 0).map(([k, n]) => `${k} ×${n}`);
  }

  private keyOf(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): ListenerKey | null {
    if (listener === null) return null;
    let id = this.listenerIds.get(listener);
    if (id === undefined) this.listenerIds.set(listener, (id = ++this.listenerSeq));
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    return `${type}#${id}${capture ? ':capture' : ''}`;
  }

  private wrapWindowListeners(): void {
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    const listeners = this.listeners;
    const totals = this.totals;
    const keyOf = this.keyOf.bind(this);
    window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const key = keyOf(type, listener, options);
      // The same listener added twice is one registration, as in the DOM.
      if (key !== null && !listeners.get(key)) {
        listeners.set(key, 1);
        totals.windowListenersAdded++;
        // The DOM removes a listener itself when the signal it was added with aborts.
        if (typeof options === 'object') options.signal?.addEventListener('abort', () => listeners.delete(key), { once: true });
      }
      return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const key = keyOf(type, listener, options);
      if (key !== null) listeners.delete(key);
      return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof window.removeEventListener;
    this.restore.push(() => {
      window.addEventListener = add;
      window.removeEventListener = remove;
    });
  }

  private wrapTimers(): void {
    const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
    const timers = this.timers;
    const totals = this.totals;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = set(() => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
      }, ms);
      timers.add(id);
      totals.timersSet++;
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
    window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = every(handler, ms, ...args);
      timers.add(id);
      totals.timersSet++;
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      stop(id);
    }) as typeof window.clearInterval;
    this.restore.push(() => Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop }));
  }

  private wrapObserver(name: 'IntersectionObserver' | 'ResizeObserver', live: Set<object>, total: 'intersectionObserversMade' | 'resizeObserversMade'): void {
    const Original = window[name] as unknown as new (...args: unknown[]) => { observe(t: Element, o?: unknown): void; unobserve(t: Element): void; disconnect(): void };
    const totals = this.totals;
    const targets = new WeakMap<object, Set<Element>>();
    class Tracked extends Original {
      constructor(...args: unknown[]) {
        super(...args);
        totals[total]++;
        targets.set(this, new Set());
      }
      override observe(target: Element, options?: unknown): void {
        targets.get(this)!.add(target);
        live.add(this);
        super.observe(target, options);
      }
      override unobserve(target: Element): void {
        const set = targets.get(this)!;
        set.delete(target);
        if (set.size === 0) live.delete(this);
        super.unobserve(target);
      }
      override disconnect(): void {
        targets.get(this)!.clear();
        live.delete(this);
        super.disconnect();
      }
    }
    (window as unknown as Record<string, unknown>)[name] = Tracked;
    this.restore.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
}
