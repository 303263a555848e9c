// The measures, run from Node against the in-page harness (page/harness.js). Each opens fresh
// pages, so one contender's heap or DOM never weighs on another's figures.
import { heapAfterGc, openPage } from './browser.mjs';
import { median, summarize } from './stats.mjs';

/** @typedef {import('puppeteer-core').Browser} Browser @typedef {import('puppeteer-core').Page} Page */
/** @typedef {{ browser: Browser, base: string, log: (line: string) => void }} Ctx */
/** @typedef {{ token: string, apiBase: string, pageSize: number, siteCode: string, button?: boolean, syncHeaders?: boolean }} MountOptions */
/** @typedef {{ rows: number, after: number, appendMs: number, frameMs: number }} Point one page appended: rows before and after it, its costs */
/** @typedef {Record<string, { appendMs: number, frameMs: number, pages: number }>} AtCheckpoints */

export const CONTENDERS = ['widget', 'naive', 'virtual'];
const SITE = 'test';
const PAGE = 50;

/**
 * Calls `window.bench[fn](arg)` in the page.
 * @param {Page} page @param {string} fn @param {unknown} [arg] @returns {Promise<any>}
 */
export function call(page, fn, arg) {
  return page.evaluate(
    (f, a) => /** @type {{ bench: Record<string, (x: unknown) => unknown> }} */ (/** @type {unknown} */ (window)).bench[f]?.(a),
    fn,
    /** @type {any} */ (arg),
  );
}

/**
 * Opens a page for `contender`, runs `body`, and always closes it.
 * @template T @param {Ctx} ctx @param {string} contender @param {(page: Page) => Promise<T>} body
 * @param {string} [query] more of the page's query (harness.js)
 */
export async function withPage(ctx, contender, body, query) {
  const { page, errors } = await openPage(ctx.browser, ctx.base, contender, query);
  try {
    const result = await body(page);
    if (errors.length) throw new Error(`${contender}: page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await page.close().catch(() => {});
  }
}

/** @param {string} token @param {string} [apiBase] @param {number} [pageSize] @returns {MountOptions} */
export const opts = (token, apiBase = '/api', pageSize = PAGE) => ({ token, apiBase, pageSize, siteCode: SITE });

/**
 * First page of rows painted, and the first `fetch` call, from the element's connection; a fresh
 * page each run, contenders taking turns. The widget also runs with a synchronous `headers`
 * provider (`widget-sync-headers`), which must not hold the request back either.
 * @param {Ctx} ctx @param {number} runs
 */
export async function firstRows(ctx, runs) {
  const kinds = [...CONTENDERS, 'widget-sync-headers'];
  /** @type {Record<string, { ms: number[], fetchMs: number[] }>} */
  const samples = Object.fromEntries(kinds.map((k) => [k, { ms: [], fetchMs: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const kind of kinds) {
      const c = kind.split('-')[0] ?? kind;
      const r = await withPage(ctx, c, (page) => call(page, 'firstRows', { ...opts('1002'), syncHeaders: kind !== c }));
      if (r.rows !== PAGE) throw new Error(`${kind}: first page showed ${r.rows} rows, not ${PAGE}`);
      samples[kind]?.ms.push(r.ms);
      samples[kind]?.fetchMs.push(r.fetchMs);
    }
  }
  return Object.fromEntries(
    kinds.map((k) => {
      const { ms = [], fetchMs = [] } = samples[k] ?? {};
      return [k, { ...summarize(ms), samples: ms, fetch: { ...summarize(fetchMs), samples: fetchMs } }];
    }),
  );
}

/**
 * At each checkpoint N, the median cost of the pages that start at N-100, N and N+100 rows.
 * A last page of a few rows (the row the 1-based server repeats) is not a page of 100.
 * (110: a 1-based server costs the widget one repeated row, so its pages start at 999, 1,099…)
 * @param {Point[]} points @param {number[]} checkpoints
 */
export function atCheckpoints(points, checkpoints) {
  /** @type {AtCheckpoints} */
  const at = {};
  for (const n of checkpoints) {
    const near = points.filter((p) => Math.abs(p.rows - n) <= 110 && p.after - p.rows >= 90);
    if (near.length) at[n] = { appendMs: median(near.map((p) => p.appendMs)), frameMs: median(near.map((p) => p.frameMs)), pages: near.length };
  }
  return at;
}

/**
 * Cost of appending a page of 100 against rows already loaded. Every page is timed; at each
 * checkpoint N the figure is the median of the pages that start at N-100, N and N+100 rows.
 * Then, on the same page with every row loaded: a steady scroll from the top (frames, long
 * tasks), DOM elements and the JS heap.
 * @param {Ctx} ctx @param {{ until: number, checkpoints: number[], maxMs: number }} o
 * @param {{ pxPerSecond: number, scrollMs: number }} s
 */
export async function growth(ctx, o, s) {
  /** @type {Record<string, { at: AtCheckpoints, points: Point[] }>} */
  const grow = {};
  /** @type {Record<string, Record<string, any>>} */
  const loaded = {};
  for (const c of CONTENDERS) {
    await withPage(ctx, c, async (page) => {
      const first = await call(page, 'firstRows', { ...opts('1002', '/api', 100), button: true });
      const heapAtFirst = await heapAfterGc(page);
      /** @type {Point[]} */
      const points = await call(page, 'growth', { until: o.until, maxMs: o.maxMs });
      grow[c] = { at: atCheckpoints(points, o.checkpoints), points };
      const scroll = await call(page, 'scroll', { pxPerSecond: s.pxPerSecond, maxMs: s.scrollMs, untilDone: false, fromTop: true });
      const domElements = await call(page, 'domElements');
      const tree = await call(page, 'shadowTree');
      const heapBytes = await heapAfterGc(page);
      const rows = scroll.rows;
      loaded[c] = {
        rows,
        scroll,
        domElements,
        heapBytes,
        ...tree,
        elementsPerRow: tree.elements / rows,
        whitespacePerRow: tree.whitespaceText / rows,
        // What each row costs beyond the first page: the heap's growth from the first page to the last, per row added.
        heapPerRow: (heapBytes - heapAtFirst) / (rows - first.rows),
        heapAtFirst,
        rowsAtFirst: first.rows,
      };
      ctx.log(`  ${c}: ${points.length} pages timed, up to ${scroll.rows} rows; then ${scroll.slowFrames} of ${scroll.frames} frames slow while scrolling`);
    });
  }
  return { growth: grow, loaded };
}

/**
 * Appending while the history grows: every request after the first finds 1-3 new operations at
 * the top, so `Rows` changes on every page (growing.mjs). Rows already shown must not be
 * rendered again for that, so the cost at 5,000 rows should match the cost at 1,000.
 * @param {Ctx} ctx @param {{ until: number, checkpoints: number[], maxMs: number }} o
 */
export async function growing(ctx, o) {
  /** @type {Record<string, { at: AtCheckpoints, points: Point[], requests: number, rows: number, duplicates: number }>} */
  const out = {};
  for (const c of CONTENDERS) {
    out[c] = await withPage(ctx, c, async (page) => {
      await call(page, 'firstRows', { ...opts('1002', `/grow/${c}-${Date.now()}`, 100), button: true });
      /** @type {Point[]} */
      const points = await call(page, 'growth', { until: o.until, maxMs: o.maxMs });
      const t = await call(page, 'tally');
      ctx.log(`  ${c}: ${points.length} pages timed, up to ${t.rows} rows, ${t.rows - t.unique} shown twice`);
      return { at: atCheckpoints(points, o.checkpoints), points, requests: t.requests, rows: t.rows, duplicates: t.rows - t.unique };
    });
  }
  return out;
}

/**
 * Requests needed to read a whole history, for a server whose `Start` is 1-based and one whose
 * `Start` is 0-based, with what ended up on screen (duplicates, rows never shown) and how long
 * the reading took, jumping to the bottom every frame.
 * @param {Ctx} ctx @param {{ token: string, rows: number, maxMs: number }} o
 */
export async function requests(ctx, o) {
  /** @type {Record<string, Record<string, unknown>>} */
  const out = {};
  for (const base of [1, 0]) {
    const key = `base${base}`;
    out[key] = {};
    for (const c of CONTENDERS) {
      out[key][c] = await withPage(ctx, c, async (page) => {
        await call(page, 'firstRows', opts(o.token, `/api/mock/base=${base}`));
        const s = await call(page, 'reachEnd', { maxMs: o.maxMs });
        const t = await call(page, 'tally');
        return {
          requests: t.requests,
          ideal: Math.ceil(o.rows / PAGE),
          extraRequests: t.requests - Math.ceil(o.rows / PAGE),
          rowsShown: t.rows,
          duplicates: t.rows - t.unique,
          missing: o.rows - t.unique,
          finished: s.done,
          readMs: s.durationMs,
          longTaskMs: s.longTaskMs,
        };
      });
    }
  }
  return out;
}

/**
 * With a 200 ms server: how long the loading indicator was on screen while reading at a steady
 * 1,500 px/s. Prefetching one viewport ahead should keep it near zero.
 * @param {Ctx} ctx @param {{ token: string, ms: number }} o
 */
export async function prefetch(ctx, o) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const c of CONTENDERS) {
    out[c] = await withPage(ctx, c, async (page) => {
      await call(page, 'firstRows', opts(o.token, '/api/mock/latency=200'));
      const r = await call(page, 'scroll', { pxPerSecond: 1500, maxMs: o.ms, untilDone: false });
      return { indicatorMs: r.indicatorMs, indicatorShare: r.indicatorMs / r.durationMs, durationMs: r.durationMs, requests: r.requests, rows: r.rows, scrolledPx: r.scrolledPx };
    });
  }
  return out;
}
