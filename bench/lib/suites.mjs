// The measures, run from Node against the in-page harness (page/harness.js). Each opens fresh
// pages, so one contender's heap or DOM never weighs on another's figures.
import { heapAfterGc, openPage } from './browser.mjs';
import { median, summarize } from './stats.mjs';

/** @typedef {import('puppeteer-core').Browser} Browser @typedef {import('puppeteer-core').Page} Page */
/** @typedef {{ browser: Browser, base: string, log: (line: string) => void }} Ctx */
/** @typedef {{ token: string, apiBase: string, pageSize: number, siteCode: string, button?: boolean }} MountOptions */

export const CONTENDERS = ['widget', 'naive', 'virtual'];
const SITE = 'test';
const PAGE = 50;

/**
 * Calls `window.bench[fn](arg)` in the page.
 * @param {Page} page @param {string} fn @param {unknown} [arg] @returns {Promise<any>}
 */
function call(page, fn, arg) {
  return page.evaluate(
    (f, a) => /** @type {{ bench: Record<string, (x: unknown) => unknown> }} */ (/** @type {unknown} */ (window)).bench[f]?.(a),
    fn,
    /** @type {any} */ (arg),
  );
}

/** Opens a page for `contender`, runs `body`, and always closes it. @template T @param {Ctx} ctx @param {string} contender @param {(page: Page) => Promise<T>} body */
async function withPage(ctx, contender, body) {
  const { page, errors } = await openPage(ctx.browser, ctx.base, contender);
  try {
    const result = await body(page);
    if (errors.length) throw new Error(`${contender}: page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await page.close().catch(() => {});
  }
}

/** @param {string} token @param {string} [apiBase] @param {number} [pageSize] @returns {MountOptions} */
const opts = (token, apiBase = '/api', pageSize = PAGE) => ({ token, apiBase, pageSize, siteCode: SITE });

/** First page of rows painted, from a fresh page each run; contenders take turns. @param {Ctx} ctx @param {number} runs */
export async function firstRows(ctx, runs) {
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(CONTENDERS.map((c) => [c, []]));
  for (let i = 0; i < runs; i++) {
    for (const c of CONTENDERS) {
      const r = await withPage(ctx, c, (page) => call(page, 'firstRows', opts('1002')));
      if (r.rows !== PAGE) throw new Error(`${c}: first page showed ${r.rows} rows, not ${PAGE}`);
      samples[c]?.push(r.ms);
    }
  }
  return Object.fromEntries(CONTENDERS.map((c) => [c, { ...summarize(samples[c] ?? []), samples: samples[c] }]));
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
  /** @type {Record<string, { at: Record<string, { appendMs: number, frameMs: number, pages: number }>, points: { rows: number, after: number, appendMs: number, frameMs: number }[] }>} */
  const grow = {};
  /** @type {Record<string, { rows: number, scroll: Record<string, number | boolean>, domElements: number, heapBytes: number }>} */
  const loaded = {};
  for (const c of CONTENDERS) {
    await withPage(ctx, c, async (page) => {
      await call(page, 'firstRows', { ...opts('1002', '/api', 100), button: true });
      /** @type {{ rows: number, after: number, appendMs: number, frameMs: number }[]} */
      const points = await call(page, 'growth', { until: o.until, maxMs: o.maxMs });
      /** @type {Record<string, { appendMs: number, frameMs: number, pages: number }>} */
      const at = {};
      for (const n of o.checkpoints) {
        // A last page of a few rows (the row the 1-based server repeats) is not a page of 100.
        // (110: a 1-based server costs the widget one repeated row, so its pages start at 999, 1,099…)
        const near = points.filter((p) => Math.abs(p.rows - n) <= 110 && p.after - p.rows >= 90);
        if (near.length) at[n] = { appendMs: median(near.map((p) => p.appendMs)), frameMs: median(near.map((p) => p.frameMs)), pages: near.length };
      }
      grow[c] = { at, points };
      const scroll = await call(page, 'scroll', { pxPerSecond: s.pxPerSecond, maxMs: s.scrollMs, untilDone: false, fromTop: true });
      const domElements = await call(page, 'domElements');
      const heapBytes = await heapAfterGc(page);
      loaded[c] = { rows: scroll.rows, scroll, domElements, heapBytes };
      ctx.log(`  ${c}: ${points.length} pages timed, up to ${scroll.rows} rows; then ${scroll.slowFrames} of ${scroll.frames} frames slow while scrolling`);
    });
  }
  return { growth: grow, loaded };
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
