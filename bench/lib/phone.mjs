// The phone profile (issue 23): a member opening their account on a mid-range phone on a mobile
// network. Chromium's CPU slowed 4x, 150 ms added to every response at 1.6 Mbit/s, a fresh page
// per run with the element in its markup and its bundle served gzipped, contenders taking turns;
// timed from navigation start until 10 rows are painted, with where the time went and the
// longest task on the way.
import { adapters } from '../page/contenders.js';
import { pageErrors } from './browser.mjs';
import { summarize } from './stats.mjs';

/** @typedef {import('./suites.mjs').Ctx} Ctx @typedef {import('puppeteer-core').Page} Page */

export const PHONE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  token: '1001',
  pageSize: 20,
  rowsPainted: 10,
};
const CONTENDERS = ['widget', 'naive', 'virtual'];
/** Where the phone page's bundles are served from: the bench's own, gzipped (server.mjs). */
export const PHONE_BUILD = '/phone/build/';

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The page a member opens: the element in the markup, its bundle as a module script, nothing
 * else. @param {string} contender @returns {string | undefined} undefined for an unknown contender
 */
export function phonePage(contender) {
  const adapter = adapters[contender];
  if (!adapter) return undefined;
  const attributes = adapter.attributes({ token: PHONE.token, siteCode: 'test', apiBase: '/api', pageSize: PHONE.pageSize });
  const markup = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const script = adapter.script.replace(/^\/build\//, PHONE_BUILD);
  return `<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Операции</title>
  <style>html, body { margin: 0; } ${adapter.tag} { display: block; height: 600px; }</style>
  <script type="module" src="${script}"></script>
</head>
<body><${adapter.tag}${markup}></${adapter.tag}></body>
</html>
`;
}

/**
 * Runs in the page before anything else: notes when the element is defined, collects long
 * tasks, and watches every frame for the rows; `window.phoneDone` resolves once `want` rows
 * have been painted (the frame that first holds them, then a task after its paint).
 * @param {string} tag @param {string} rowSelector @param {number} want
 */
function instrument(tag, rowSelector, want) {
  const marks = { definedMs: -1, paintedMs: -1, rows: 0 };
  /** @type {{ start: number, duration: number }[]} */
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    if (name === tag && marks.definedMs < 0) marks.definedMs = performance.now();
    define(name, ctor, options);
  };
  Object.assign(window, {
    phoneMarks: marks,
    phoneLongTasks: longTasks,
    phoneDone: new Promise((resolve) => {
      const poll = () => {
        const n = document.querySelector(tag)?.shadowRoot?.querySelectorAll(rowSelector).length ?? 0;
        if (n < want) return void requestAnimationFrame(poll);
        marks.rows = n;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve((marks.paintedMs = performance.now()));
        channel.port2.postMessage(undefined);
      };
      requestAnimationFrame(poll);
    }),
  });
}

/**
 * What the page saw, read after the rows are painted: the marks, the bundle's and the first
 * request's resource timing, and the long tasks up to the paint.
 * @param {string} script the bundle's path, as it ends
 */
function collect(script) {
  const w = /** @type {any} */ (window);
  const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
  const bundle = resources.find((r) => new URL(r.name).pathname.endsWith(script));
  const requests = resources.filter((r) => /OperationHistory/i.test(r.name) && r.startTime < w.phoneMarks.paintedMs);
  const first = requests[0];
  const tasks = /** @type {{ start: number, duration: number }[]} */ (w.phoneLongTasks).filter((t) => t.start < w.phoneMarks.paintedMs);
  return {
    ...w.phoneMarks,
    bundle: bundle && { start: bundle.startTime, end: bundle.responseEnd, bytes: bundle.encodedBodySize },
    request: first && { start: first.startTime, end: first.responseEnd },
    requests: requests.length,
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
  };
}

/**
 * One run: a fresh page, throttled before it navigates.
 * @param {Ctx} ctx @param {string} contender
 */
async function run(ctx, contender) {
  const adapter = adapters[contender];
  if (!adapter) throw new Error(`Unknown contender ${contender}`);
  const page = await ctx.browser.newPage();
  const errors = pageErrors(page);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downloadBitsPerSecond / 8,
      uploadThroughput: PHONE.uploadBitsPerSecond / 8,
    });
    await page.evaluateOnNewDocument(instrument, adapter.tag, adapter.row, PHONE.rowsPainted);
    await page.goto(`${ctx.base}/phone/${contender}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(() => /** @type {any} */ (window).phoneDone);
    const seen = await page.evaluate(collect, adapter.script.replace(/^\/build\//, ''));
    if (errors.length) throw new Error(`${contender}: page errors: ${errors.join('; ')}`);
    if (!seen.bundle || !seen.request || seen.definedMs < 0) throw new Error(`${contender}: the phone page saw no bundle, no define or no request: ${JSON.stringify(seen)}`);
    return seen;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Where one run's time went, in order; the parts add up to the whole. A part is negative when
 * its end came before its start (a request sent before the element is defined).
 * @param {Awaited<ReturnType<typeof run>>} r
 */
function breakdown(r) {
  const bundle = r.bundle ?? { start: 0, end: 0 };
  const request = r.request ?? { start: 0, end: 0 };
  return {
    pageMs: bundle.start,
    downloadMs: bundle.end - bundle.start,
    evaluateMs: r.definedMs - bundle.end,
    defineToRequestMs: request.start - r.definedMs,
    requestMs: request.end - request.start,
    answerToRowsMs: r.paintedMs - request.end,
  };
}

/** @param {Ctx} ctx @param {number} runs */
export async function phone(ctx, runs) {
  /** @type {Record<string, Awaited<ReturnType<typeof run>>[]>} */
  const samples = Object.fromEntries(CONTENDERS.map((c) => [c, []]));
  for (let i = 0; i < runs; i++) {
    for (const c of CONTENDERS) samples[c]?.push(await run(ctx, c));
  }
  return Object.fromEntries(
    CONTENDERS.map((c) => {
      const runsOf = samples[c] ?? [];
      const parts = runsOf.map(breakdown);
      /** @param {(r: ReturnType<typeof breakdown>) => number} get */
      const medianOf = (get) => summarize(parts.map(get)).median;
      const painted = summarize(runsOf.map((r) => r.paintedMs));
      ctx.log(`  ${c}: ${Math.round(painted.median)} ms to ${PHONE.rowsPainted} rows, median of ${runsOf.length}`);
      return [
        c,
        {
          ...painted,
          samples: runsOf.map((r) => r.paintedMs),
          // Each part's own median: they need not add up to the median of the whole.
          breakdown: {
            pageMs: medianOf((p) => p.pageMs),
            downloadMs: medianOf((p) => p.downloadMs),
            evaluateMs: medianOf((p) => p.evaluateMs),
            defineToRequestMs: medianOf((p) => p.defineToRequestMs),
            requestMs: medianOf((p) => p.requestMs),
            answerToRowsMs: medianOf((p) => p.answerToRowsMs),
          },
          bundleBytes: runsOf[0]?.bundle?.bytes,
          requests: Math.max(...runsOf.map((r) => r.requests)),
          longTasks: summarize(runsOf.map((r) => r.longTasks)).median,
          longestTaskMs: Math.max(...runsOf.map((r) => r.longestTaskMs)),
          longestTaskMedianMs: summarize(runsOf.map((r) => r.longestTaskMs)).median,
          perRun: runsOf,
        },
      ];
    }),
  );
}
