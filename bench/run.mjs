// npm run bench [-- --quick] [-- --out DIR] [-- --save-baseline]
// Measures <loyalty-history> against two baselines in one run, with the same data and page size:
// a naive Lit list (bench/baseline/naive-history.js) and @lit-labs/virtualizer
// (bench/baseline/virtual-history.js), and prints the figures of a saved earlier run beside them
// (bench/baseline.json): on the desktop, on a throttled phone profile, in memory after removal, on
// a huge answer; then the staff table <loyalty-history-table>'s own figures. See bench/README.md
// for what each figure means.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.mjs';
import { buildBaselines, buildDropIns, TABLE_DROP_IN } from './lib/build.mjs';
import { appendCostSvg } from './lib/chart.mjs';
import { addRatios, baselineOf, printReport } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { sizeWithParts } from './lib/size.mjs';
import { churn, largeAnswer } from './lib/memory.mjs';
import { phone } from './lib/phone.mjs';
import { CONTENDERS, firstRows, growing, growth, prefetch, requests } from './lib/suites.mjs';
import { staffTable } from './lib/table.mjs';

const FULL = {
  firstRuns: 15,
  growth: { until: 10_000, checkpoints: [100, 1000, 5000, 10_000], maxMs: 150_000 },
  growing: { until: 5200, checkpoints: [1000, 5000], maxMs: 150_000 },
  loaded: { pxPerSecond: 3000, scrollMs: 10_000 },
  requests: { token: '1003', rows: 1000, maxMs: 60_000 },
  prefetch: { token: '1002', ms: 10_000 },
  phoneRuns: 9,
  churn: { cycles: 20, count: 12 },
  largeAnswer: { rows: 60_000, maxMs: 60_000 },
  table: { until: 10_000, checkpoints: [100, 1000, 5000, 10_000], maxMs: 150_000 },
  tableExport: { token: '1002', maxMs: 120_000 },
  limitMs: 20 * 60_000,
};
const QUICK = {
  firstRuns: 5,
  growth: { until: 1200, checkpoints: [100, 1000], maxMs: 30_000 },
  growing: { until: 1200, checkpoints: [200, 1000], maxMs: 30_000 },
  loaded: { pxPerSecond: 3000, scrollMs: 2000 },
  requests: { token: '1001', rows: 150, maxMs: 10_000 },
  prefetch: { token: '1002', ms: 3000 },
  phoneRuns: 1,
  churn: { cycles: 3, count: 12 },
  largeAnswer: { rows: 6000, maxMs: 20_000 },
  table: { until: 1200, checkpoints: [100, 1000], maxMs: 30_000 },
  tableExport: { token: '1003', maxMs: 20_000 },
  limitMs: 2.5 * 60_000,
};

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string' }, 'save-baseline': { type: 'boolean', default: false } },
});
const settings = args.quick ? QUICK : FULL;
const mode = args.quick ? 'quick' : 'full';
const outDir = resolve(args.out ?? join(root, 'bench', 'results'));
/** The "before" column: a run of an earlier commit per mode, saved by `--save-baseline`. */
const baselineFile = join(root, 'bench', 'baseline.json');
// Bundles go beside the results with --out; by default into node_modules/.cache, since anything
// under bench/ is type-checked and linted as the project's own code.
const buildDir = args.out ? join(outDir, 'build') : join(root, 'node_modules', '.cache', 'loyalty-history-bench');
const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
const log = (/** @type {string} */ line) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {{ close(): Promise<void> } | undefined} */
let server;
/** Set once a signal or the time limit has started closing everything: the run's errors then are only that. */
let stopping = false;

async function closeAll() {
  const b = browser;
  const s = server;
  browser = undefined;
  server = undefined;
  if (b) {
    const closed = b.close().catch(() => {});
    const timeout = new Promise((r) => setTimeout(r, 10_000).unref());
    await Promise.race([closed, timeout]);
    b.process()?.kill('SIGKILL');
  }
  await s?.close();
}

// Output piped into a reader that stops early (`| head`): carry on, so the browser still gets closed.
process.stdout.on('error', () => {});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    stopping = true;
    log(`${signal}: closing the browser and the server`);
    void closeAll().finally(() => process.exit(130));
  });
}
const overtime = setTimeout(() => {
  stopping = true;
  log(`over the ${settings.limitMs / 60_000}-minute limit: stopping`);
  void closeAll().finally(() => process.exit(3));
}, settings.limitMs);

/** @returns {Record<string, import('./lib/report.mjs').Baseline>} the saved runs by mode; none when the file is absent */
function readBaselines() {
  if (!existsSync(baselineFile)) return {};
  try {
    return JSON.parse(readFileSync(baselineFile, 'utf8'));
  } catch (error) {
    throw new Error(`${baselineFile} is not valid JSON (${error instanceof Error ? error.message : error}): fix it, or delete it and save a new one with --save-baseline`, { cause: error });
  }
}

/** The commit measured, and whether the sources differ from it. */
function commitOf() {
  const git = (/** @type {string[]} */ ...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'src', 'vite.config.ts', 'scripts', 'package.json', 'package-lock.json');
    return `${git('log', '-1', '--format=%h %s')}${changed ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main() {
  const baselines = readBaselines();
  // A fresh clone has no bench/results/.
  mkdirSync(outDir, { recursive: true });
  mkdirSync(buildDir, { recursive: true });
  log('building the drop-ins and the baselines');
  const built = await buildDropIns(root, join(buildDir, 'drop-in'));
  await buildBaselines(root, buildDir);
  const size = {
    widget: { es: sizeWithParts(join(buildDir, 'drop-in', 'loyalty-history.js')), iife: sizeWithParts(join(buildDir, 'drop-in', 'loyalty-history.iife.js')) },
    naive: { es: sizeWithParts(join(buildDir, 'naive-history.js')) },
    virtual: { es: sizeWithParts(join(buildDir, 'virtual-history.js')) },
    ...(built.table ? { table: { es: sizeWithParts(join(buildDir, 'drop-in', TABLE_DROP_IN)) } } : {}),
  };
  const http = await startServer({ root, buildDir });
  server = http;
  browser = await launch();
  const ctx = { browser, base: http.url, log };
  log(`first rows: ${settings.firstRuns} runs each`);
  const first = await firstRows(ctx, settings.firstRuns);
  log(`growth: pages of 100 up to ${settings.growth.until} rows, then ${settings.loaded.scrollMs / 1000} s of scrolling`);
  const { growth: grow, loaded } = await growth(ctx, settings.growth, settings.loaded);
  log(`growing history: pages of 100 up to ${settings.growing.until} rows, Rows growing by 1-3 every page`);
  const grew = await growing(ctx, settings.growing);
  log(`requests to read ${settings.requests.rows} rows, Start 1-based and 0-based`);
  const reqs = await requests(ctx, settings.requests);
  log(`loading indicator with a 200 ms server, ${settings.prefetch.ms / 1000} s at 1,500 px/s`);
  const pre = await prefetch(ctx, settings.prefetch);
  log(`phone profile (CPU 4x slower, 150 ms and 1.6 Mbit/s): ${settings.phoneRuns} runs each`);
  const onPhone = await phone(ctx, settings.phoneRuns);
  log(`memory: ${settings.churn.cycles} cycles of mounting and removing ${settings.churn.count} elements`);
  const removal = await churn(ctx, settings.churn);
  log(`long tasks while reading an answer of ${settings.largeAnswer.rows.toLocaleString('en')} rows`);
  const large = await largeAnswer(ctx, settings.largeAnswer);
  log(built.table ? `staff table: pages of 100 up to ${settings.table.until} rows, then an export` : 'staff table: no vite.table.config.ts, not measured');
  const table = built.table ? await staffTable(ctx, settings.table, settings.tableExport) : null;
  const before = baselines[mode];
  const results = addRatios({
    meta: {
      mode,
      date: new Date().toISOString(),
      commit: commitOf(),
      node: process.version,
      chromium: await browser.version(),
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown CPU',
      // Other work on the machine slows every contender; the 1-minute load average at the start and the end.
      loadAverage: [loadAtStart, loadavg()[0] ?? 0],
      before: before?.meta,
      contenders: CONTENDERS,
      baseline: 'naive',
      pageSize: 50,
      settings,
      durationMs: 0,
    },
    size,
    firstRows: first,
    growth: grow,
    growing: grew,
    loaded,
    requests: reqs,
    prefetch: pre,
    phone: onPhone,
    memory: removal,
    largeAnswer: large,
    table,
  }, before);
  results.meta.durationMs = Date.now() - started;
  const json = join(outDir, 'latest.json');
  const svg = join(outDir, 'append-cost.svg');
  const svgGrowing = join(outDir, 'append-cost-growing.svg');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(svg, appendCostSvg(results.growth));
  writeFileSync(svgGrowing, appendCostSvg(results.growing, 'Cost of appending one page of 100 rows, Rows growing every page'));
  printReport(results);
  if (args['save-baseline']) {
    writeFileSync(baselineFile, `${JSON.stringify({ ...baselines, [mode]: baselineOf(results) }, null, 2)}\n`);
    console.log(`\nSaved as the ${mode} "before" run: ${baselineFile}`);
  }
  console.log(`\nResults: ${json}\nCharts:  ${svg}\n         ${svgGrowing}\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

let code = 0;
try {
  await main();
} catch (error) {
  if (!stopping) console.error(error instanceof Error ? error.stack ?? error.message : error);
  code = 1;
} finally {
  await closeAll();
  clearTimeout(overtime);
}
process.exit(code);
