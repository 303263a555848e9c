// The in-page half of the benchmark. run.mjs opens bench.html?c=<contender> and calls the
// functions on `window.bench`; each returns plain numbers. With `&raw=1` the page's fetch is
// left as the browser's (the answer's body then reaches the contender unread, as a stream).
import { adapters } from './contenders.js';
import { countElements, nextFrame, onScreen, once, paintedFrame } from './dom.js';

/** @typedef {import('./contenders.js').LitHost} LitHost @typedef {import('./contenders.js').MountOptions} MountOptions */

const query = new URLSearchParams(location.search);
const name = query.get('c') ?? 'widget';
const adapter = adapters[name];
if (!adapter) throw new Error(`Unknown contender ${name}`);

// Every contender calls the global fetch. The wrapper counts requests, notes when the first one
// was made (against the element's connection) and when a page's body has fully arrived, so that
// timings start at data arrival, not at the network.
const net = { requests: 0, inflight: 0, firstCall: 0, arrival: 0, busyMs: 0, busySince: 0 };
const realFetch = window.fetch.bind(window);
if (query.get('raw') !== '1') window.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!/OperationHistory/i.test(url)) return realFetch(input, init);
  if (net.requests++ === 0) net.firstCall = performance.now();
  if (net.inflight++ === 0) net.busySince = performance.now();
  try {
    const res = await realFetch(input, init);
    const body = await res.text();
    net.arrival = performance.now();
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  } finally {
    if (--net.inflight === 0) net.busyMs += performance.now() - net.busySince;
  }
};

await import(adapter.script);

const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
/** @type {LitHost | undefined} */
let el;

function current() {
  if (!el) throw new Error('Nothing mounted');
  return el;
}

/**
 * Time from connecting the element to its first page of rows painted, and to its first `fetch`
 * call (`fetchMs`). @param {MountOptions} o
 */
async function firstRows(o) {
  const made = adapter.create(o);
  const loaded = once(made, adapter.pageEvent);
  const t0 = performance.now();
  el = made;
  stage.replaceChildren(made);
  await loaded;
  await made.updateComplete;
  await paintedFrame();
  return { ms: performance.now() - t0, fetchMs: net.firstCall - t0, rows: adapter.ids(made).length };
}

/**
 * Appends one page and times it from data arrival to (a) rendered and laid out, (b) the next
 * frame painted.
 */
async function appendPage() {
  const host = current();
  const loaded = once(host, adapter.pageEvent);
  adapter.more(host);
  await loaded;
  await host.updateComplete;
  void host.offsetHeight;
  void adapter.scroller(host)?.scrollHeight;
  const laidOut = performance.now();
  await paintedFrame();
  const painted = performance.now();
  return { appendMs: laidOut - net.arrival, frameMs: painted - net.arrival };
}

/** Loads pages one at a time until `until` rows, timing each. @param {{ until: number, maxMs: number }} o */
async function growth(o) {
  const host = current();
  const points = [];
  const started = performance.now();
  while (!adapter.done(host) && performance.now() - started < o.maxMs) {
    const before = adapter.ids(host).length;
    if (before >= o.until) break;
    const t = await appendPage();
    points.push({ rows: before, after: adapter.ids(host).length, ...t });
    await nextFrame();
  }
  return points;
}

/** Collects long tasks until `stop()` is called. */
function watchLongTasks() {
  /** @type {PerformanceEntry[]} */
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      observer.disconnect();
      return { longTasks: entries.length, longTaskMs: entries.reduce((s, e) => s + e.duration, 0), longestTaskMs: Math.max(0, ...entries.map((e) => e.duration)) };
    },
  };
}

/** @param {LitHost} host */
function box(host) {
  const el = adapter.scroller(host);
  if (!el) throw new Error('No scroll box');
  return el;
}

/**
 * Reads the whole history as fast as the contender lets a reader: every frame jumps to the
 * bottom, until everything is loaded or `maxMs` has passed.
 * @param {{ maxMs: number }} o
 */
async function reachEnd(o) {
  const host = current();
  const scroller = box(host);
  const tasks = watchLongTasks();
  const req0 = net.requests;
  const t0 = await nextFrame();
  let now = t0;
  let frames = 0;
  while (!(adapter.done(host) && scroller.scrollTop >= scroller.scrollHeight - scroller.clientHeight - 1) && now - t0 < o.maxMs) {
    scroller.scrollTop = scroller.scrollHeight;
    now = await nextFrame();
    frames++;
  }
  await paintedFrame();
  return { durationMs: now - t0, frames, requests: net.requests - req0, rows: adapter.ids(host).length, done: adapter.done(host), ...tasks.stop() };
}

/**
 * Scrolls the contender's box at a steady speed, as a reader pushing on, and watches frames,
 * long tasks and the loading indicator. Stops at `maxMs`, or when everything is loaded and the
 * bottom reached (`untilDone`). `fromTop` starts at the top.
 * @param {{ pxPerSecond: number, maxMs: number, untilDone: boolean, fromTop?: boolean }} o
 */
async function scroll(o) {
  const host = current();
  const scroller = box(host);
  if (o.fromTop) {
    scroller.scrollTop = 0;
    await paintedFrame();
  }
  const tasks = watchLongTasks();
  const req0 = net.requests;
  const busy0 = net.busyMs;
  /** @type {number[]} */
  const frames = [];
  let indicatorMs = 0;
  let pos = scroller.scrollTop;
  const t0 = await nextFrame();
  let last = t0;
  let reachedEnd;
  for (;;) {
    const now = await nextFrame();
    const dt = now - last;
    last = now;
    frames.push(dt);
    const indicator = adapter.indicator(host);
    if (indicator && onScreen(indicator, scroller)) indicatorMs += dt;
    const max = scroller.scrollHeight - scroller.clientHeight;
    pos = Math.min(pos + (o.pxPerSecond * dt) / 1000, max);
    scroller.scrollTop = pos;
    reachedEnd = adapter.done(host) && pos >= max - 1;
    if ((o.untilDone && reachedEnd) || now - t0 >= o.maxMs) break;
  }
  await paintedFrame();
  return {
    durationMs: last - t0,
    frames: frames.length,
    // A frame whose interval misses the 16.7 ms budget by more than vsync jitter.
    slowFrames: frames.filter((f) => f > 20).length,
    worstFrameMs: Math.max(0, ...frames),
    ...tasks.stop(),
    indicatorMs,
    busyMs: net.busyMs - busy0,
    requests: net.requests - req0,
    rows: adapter.ids(host).length,
    scrolledPx: pos,
    done: reachedEnd,
  };
}

/**
 * The contender's shadow tree: elements, whitespace-only text nodes, and the elements of one
 * row (the row and everything inside it; the median over the rows in the DOM).
 */
function shadowTree() {
  const root = /** @type {ShadowRoot} */ (current().shadowRoot);
  let whitespaceText = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (/** @type {Text} */ (walker.currentNode).data.trim() === '') whitespaceText++;
  const perRow = [...root.querySelectorAll(adapter.row)].map((r) => 1 + r.querySelectorAll('*').length).sort((a, b) => a - b);
  return { elements: countElements(root), whitespaceText, rowElements: perRow[Math.floor(perRow.length / 2)] ?? 0, rowsInDom: perRow.length };
}

/** What was read: requests made, rows held, duplicates among them. */
function tally() {
  const ids = adapter.ids(current());
  return { requests: net.requests, rows: ids.length, unique: new Set(ids).size };
}

/** Every element `mountMany` made, held weakly: removed ones must be collectable. @type {WeakRef<Element>[]} */
const made = [];

/**
 * Mounts `count` elements side by side and waits until each has shown its first page.
 * @param {MountOptions & { count: number }} o
 */
async function mountMany(o) {
  const els = Array.from({ length: o.count }, () => adapter.create(o));
  const loaded = Promise.all(els.map((e) => once(e, adapter.pageEvent)));
  stage.replaceChildren(...els);
  for (const e of els) made.push(new WeakRef(e));
  await loaded;
  await Promise.all(els.map((e) => e.updateComplete));
  await paintedFrame();
  return { rows: els.reduce((n, e) => n + adapter.ids(e).length, 0) };
}

/** Removes every element from the page, then lets a task pass (removal, not a move). */
async function unmountAll() {
  el = undefined;
  stage.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** How many of the elements `mountMany` made are still alive (call after a forced GC). */
const alive = () => ({ made: made.length, alive: made.filter((r) => r.deref() !== undefined).length });

/**
 * Mounts one element against an answer far larger than its page and watches long tasks from the
 * connection until its rows are painted (or its error shown).
 * @param {MountOptions & { maxMs: number }} o
 */
async function readLarge(o) {
  const host = adapter.create(o);
  const tasks = watchLongTasks();
  const settled = Promise.race([
    once(host, adapter.pageEvent).then(() => 'rows'),
    once(host, 'loyalty-history-error').then((e) => `error: ${/** @type {CustomEvent<{ kind: string }>} */ (/** @type {unknown} */ (e)).detail.kind}`),
    new Promise((resolve) => setTimeout(resolve, o.maxMs, 'timed out')),
  ]);
  const t0 = performance.now();
  el = host;
  stage.replaceChildren(host);
  const outcome = await settled;
  await host.updateComplete;
  await paintedFrame();
  return { outcome, ms: performance.now() - t0, rows: adapter.ids(host).length, ...tasks.stop() };
}

/**
 * The staff table's export of the whole history: presses its button, takes the finished file
 * from its event (no download), and reports the time, the requests and the long tasks.
 * @param {{ maxMs: number }} o
 */
async function exportAll(o) {
  const host = current();
  const finished = new Promise((resolve, reject) => {
    host.addEventListener('loyalty-history-table-export', (e) => {
      e.preventDefault();
      resolve(e.detail);
    }, { once: true });
    setTimeout(() => reject(new Error(`the export did not finish in ${o.maxMs} ms`)), o.maxMs);
  });
  const button = host.shadowRoot?.querySelector('[data-action="export"]');
  if (!(button instanceof HTMLElement)) throw new Error('No export button');
  const tasks = watchLongTasks();
  const req0 = net.requests;
  const t0 = performance.now();
  button.click();
  const file = /** @type {{ rows: number, blob: Blob }} */ (await finished);
  const ms = performance.now() - t0;
  await paintedFrame();
  return { ms, rows: file.rows, bytes: file.blob.size, requests: net.requests - req0, ...tasks.stop() };
}

Object.assign(window, {
  bench: {
    firstRows, growth, reachEnd, scroll, tally, shadowTree, mountMany, unmountAll, alive, readLarge, exportAll,
    domElements: () => countElements(document),
    ready: true,
  },
});
