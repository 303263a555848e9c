// Turns the raw results into figures with ratios against the naive baseline, and prints them.
import { round } from './stats.mjs';

const NAMES = /** @type {Record<string, string>} */ ({ widget: 'loyalty-history', naive: 'naive Lit list', virtual: 'lit virtualizer', table: 'loyalty-history-table' });
const CONTENDERS = ['widget', 'naive', 'virtual'];

/**
 * @typedef {Record<string, number | null>} PerContender
 * @typedef {{ key: string, label: string, unit: string, values: PerContender, ratios: PerContender, before: { values: PerContender, ratios: PerContender } | null }} Figure
 * @typedef {{ meta: Record<string, any>, figures: Record<string, { label: string, unit: string, values: PerContender }> }} Baseline
 * @typedef {(c: string) => number | undefined} Getter
 */

/** @param {any} r @returns {[string, string, string, Getter][]} key, label, unit, getter */
function figures(r) {
  const st = r.meta.settings;
  /** @type {[string, string, string, Getter][]} */
  const list = [
    ['size.gzip', 'Size, ES drop-in, gzip', 'B', (c) => r.size[c]?.es.gzip],
    ['size.brotli', 'Size, ES drop-in, brotli', 'B', (c) => r.size[c]?.es.brotli],
    ['firstRows.median', `First rows painted, median of ${st.firstRuns}`, 'ms', (c) => r.firstRows[c]?.median],
    ['firstRows.p10', '  p10', 'ms', (c) => r.firstRows[c]?.p10],
    ['firstRows.p90', '  p90', 'ms', (c) => r.firstRows[c]?.p90],
    ['firstFetch.median', 'Connection to first fetch call, median', 'ms', (c) => r.firstRows[c]?.fetch.median],
    ['firstFetch.p90', '  p90', 'ms', (c) => r.firstRows[c]?.fetch.p90],
    ['firstFetch.syncHeaders.median', '  with a synchronous headers provider, median', 'ms', (c) => (c === 'widget' ? r.firstRows['widget-sync-headers']?.fetch.median : undefined)],
  ];
  /** @param {string} what growth | growing @param {string} label */
  const appends = (what, label) => {
    for (const n of st[what].checkpoints.map(String)) {
      const at = `${label} at ${Number(n).toLocaleString('en')}`;
      list.push([`${what}.${n}.frameMs`, `${at}, to next frame`, 'ms', (c) => r[what][c]?.at[n]?.frameMs]);
      list.push([`${what}.${n}.appendMs`, `${at}, render + layout`, 'ms', (c) => r[what][c]?.at[n]?.appendMs]);
    }
  };
  appends('growth', 'Append 100 rows');
  appends('growing', 'Append 100 rows, Rows growing every page,');
  list.push(['growing.duplicates', '  rows shown twice (Rows growing)', '', (c) => r.growing[c]?.duplicates]);
  const rows = (r.loaded.widget?.rows ?? 0).toLocaleString('en');
  const scrolling = `Scroll ${st.loaded.scrollMs / 1000} s at ${st.loaded.pxPerSecond.toLocaleString('en')} px/s, ${rows} rows loaded`;
  list.push(
    ['loaded.scroll.slowFrames', `${scrolling}: frames over 16.7 ms`, '', (c) => r.loaded[c]?.scroll.slowFrames],
    ['loaded.scroll.frames', `  frames`, '', (c) => r.loaded[c]?.scroll.frames],
    ['loaded.scroll.worstFrameMs', `  worst frame`, 'ms', (c) => r.loaded[c]?.scroll.worstFrameMs],
    ['loaded.scroll.longTasks', `  long tasks (> 50 ms)`, '', (c) => r.loaded[c]?.scroll.longTasks],
    ['loaded.scroll.longTaskMs', `  long tasks, total`, 'ms', (c) => r.loaded[c]?.scroll.longTaskMs],
    ['loaded.domElements', `DOM elements in the page, ${rows} rows loaded`, '', (c) => r.loaded[c]?.domElements],
    ['loaded.elementsPerRow', `  in the shadow tree, per row loaded`, '/row', (c) => r.loaded[c]?.elementsPerRow],
    ['loaded.rowElements', `  in one rendered row (collapsed), median`, '', (c) => r.loaded[c]?.rowElements],
    ['loaded.whitespaceText', `Whitespace-only text nodes in the shadow tree, ${rows} rows`, '', (c) => r.loaded[c]?.whitespaceText],
    ['loaded.whitespacePerRow', `  per row loaded`, '/row', (c) => r.loaded[c]?.whitespacePerRow],
    ['loaded.heapBytes', `JS heap after GC, ${rows} rows loaded`, 'B', (c) => r.loaded[c]?.heapBytes],
    ['loaded.heapPerRow', `  per row (growth from the first page to the last)`, 'B', (c) => r.loaded[c]?.heapPerRow],
  );
  for (const base of ['base1', 'base0']) {
    const b = base.slice(4);
    list.push(
      [`requests.${base}.requests`, `Requests to read ${st.requests.rows} rows, Start ${b}-based (ideal ${r.requests[base].widget?.ideal})`, '', (c) => r.requests[base][c]?.requests],
      [`requests.${base}.duplicates`, `  duplicate rows shown, Start ${b}-based`, '', (c) => r.requests[base][c]?.duplicates],
      [`requests.${base}.missing`, `  rows never shown, Start ${b}-based`, '', (c) => r.requests[base][c]?.missing],
      [`requests.${base}.readMs`, `  time to read them all (jump to the bottom each frame)`, 'ms', (c) => r.requests[base][c]?.readMs],
    );
  }
  list.push(['prefetch.indicatorMs', `Loading indicator on screen, 200 ms server, ${st.prefetch.ms / 1000} s at 1,500 px/s`, 'ms', (c) => r.prefetch[c]?.indicatorMs]);
  if (r.phone) list.push(...phoneFigures(r));
  if (r.memory) list.push(...memoryFigures(r));
  if (r.largeAnswer) {
    const rows = (r.largeAnswer.widget?.answerRows ?? 0).toLocaleString('en');
    list.push(
      ['largeAnswer.longestTaskMs', `Longest task reading a ${rows}-row answer (0: none over 50 ms)`, 'ms', (c) => r.largeAnswer[c]?.longestTaskMs],
      ['largeAnswer.longTasks', '  long tasks over 50 ms', '', (c) => r.largeAnswer[c]?.longTasks],
      ['largeAnswer.ms', '  connection to its rows painted', 'ms', (c) => r.largeAnswer[c]?.ms],
    );
  }
  if (r.table) list.push(...tableFigures(r));
  return list;
}

/** The phone profile (phone.mjs), with where the time went. @param {any} r @returns {[string, string, string, Getter][]} */
function phoneFigures(r) {
  const st = r.meta.settings;
  /** @param {string} part @returns {Getter} */
  const part = (part) => (c) => r.phone[c]?.breakdown[part];
  return [
    ['phone.median', `Phone (CPU 4x slower, +150 ms, 1.6 Mbit/s): navigation start to 10 rows painted, median of ${st.phoneRuns}`, 'ms', (c) => r.phone[c]?.median],
    ['phone.p90', '  p90', 'ms', (c) => r.phone[c]?.p90],
    ['phone.breakdown.pageMs', '  page, until the bundle is asked for', 'ms', part('pageMs')],
    ['phone.breakdown.downloadMs', '  bundle download', 'ms', part('downloadMs')],
    ['phone.breakdown.evaluateMs', '  compile and evaluate, to define', 'ms', part('evaluateMs')],
    ['phone.breakdown.defineToRequestMs', '  define to request', 'ms', part('defineToRequestMs')],
    ['phone.breakdown.requestMs', '  request, to its last byte', 'ms', part('requestMs')],
    ['phone.breakdown.answerToRowsMs', '  answer to rows painted', 'ms', part('answerToRowsMs')],
    ['phone.longestTaskMs', '  longest task to the first rows, worst run (0: none over 50 ms)', 'ms', (c) => r.phone[c]?.longestTaskMs],
    ['phone.bundleBytes', '  bundle on the wire (gzip -9)', 'B', (c) => r.phone[c]?.bundleBytes],
  ];
}

/** Memory after mounting and removing elements again and again (memory.mjs). @param {any} r @returns {[string, string, string, Getter][]} */
function memoryFigures(r) {
  const { cycles, count } = r.meta.settings.churn;
  const made = r.memory.widget?.made ?? cycles * count;
  return [
    ['memory.first.heapBytes', `${count} elements mounted and removed: JS heap after GC, after cycle 1`, 'B', (c) => r.memory[c]?.first.heapBytes],
    ['memory.last.heapBytes', `  after cycle ${cycles}`, 'B', (c) => r.memory[c]?.last.heapBytes],
    ['memory.heapGrowth', `  cycle ${cycles} over cycle 1`, 'x', (c) => r.memory[c]?.heapGrowth],
    ['memory.first.nodes', '  DOM nodes, after cycle 1', '', (c) => r.memory[c]?.first.nodes],
    ['memory.last.nodes', `  DOM nodes, after cycle ${cycles}`, '', (c) => r.memory[c]?.last.nodes],
    ['memory.first.listeners', '  JS event listeners, after cycle 1', '', (c) => r.memory[c]?.first.listeners],
    ['memory.last.listeners', `  JS event listeners, after cycle ${cycles}`, '', (c) => r.memory[c]?.last.listeners],
    ['memory.alive', `  removed instances alive after a GC at once (of ${made})`, '', (c) => r.memory[c]?.alive],
  ];
}

/**
 * The staff table (table.mjs): its figures are in the "now" column; the member element's heap
 * with the same rows loaded is beside its own. @param {any} r @returns {[string, string, string, Getter][]}
 */
function tableFigures(r) {
  const t = r.table;
  /** @param {number | undefined} v @returns {Getter} */
  const own = (v) => (c) => (c === 'widget' ? v : undefined);
  /** @type {[string, string, string, Getter][]} */
  const list = [['size.table.gzip', 'Staff table: size, ES drop-in, gzip', 'B', own(r.size.table?.es.gzip)]];
  for (const n of r.meta.settings.table.checkpoints.map(String)) {
    const at = `Staff table: append 100 rows at ${Number(n).toLocaleString('en')}`;
    list.push([`table.growth.${n}.frameMs`, `${at}, to next frame`, 'ms', own(t.growth.at[n]?.frameMs)]);
    list.push([`table.growth.${n}.appendMs`, `${at}, render + layout`, 'ms', own(t.growth.at[n]?.appendMs)]);
  }
  const rows = t.growth.rows.toLocaleString('en');
  const exported = t.export.rows.toLocaleString('en');
  list.push(
    ['table.heapBytes', `Staff table: JS heap after GC, ${rows} rows loaded`, 'B', own(t.growth.heapBytes)],
    ['table.memberHeapBytes', `  the member element's, ${(r.loaded.widget?.rows ?? 0).toLocaleString('en')} rows loaded`, 'B', own(r.loaded.widget?.heapBytes)],
    ['table.heapPerRow', '  per row (growth from the first page to the last)', 'B', own(t.growth.heapPerRow)],
    ['table.export.ms', `Staff table: export of ${exported} rows, time`, 'ms', own(t.export.ms)],
    ['table.export.requests', `  requests (ideal ceil(${exported} / 100) = ${t.export.ideal})`, '', own(t.export.requests)],
    ['table.export.longestTaskMs', '  longest task (0: none over 50 ms)', 'ms', own(t.export.longestTaskMs)],
    ['table.export.longTasks', '  long tasks over 50 ms', '', own(t.export.longTasks)],
  );
  return list;
}

/** @param {Record<string, number | null>} values @returns {Record<string, number | null>} each value over the naive list's */
function toNaive(values) {
  const base = values.naive;
  return Object.fromEntries(CONTENDERS.map((c) => [c, values[c] !== null && values[c] !== undefined && base ? values[c] / base : null]));
}

/**
 * Adds `figures`: every headline number per contender with its ratio to the naive baseline
 * (null where the baseline's figure is 0), and `before`: the same figure in the saved run of
 * an earlier commit (bench/baseline.json, same mode), when there is one.
 * @template {Record<string, any>} T @param {T} results @param {Baseline | undefined} [baseline]
 * @returns {T & { figures: Figure[] }}
 */
export function addRatios(results, baseline) {
  const list = figures(results).map(([key, label, unit, get]) => {
    /** @type {Record<string, number | null>} */
    const values = {};
    for (const c of CONTENDERS) {
      const v = get(c);
      values[c] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    const then = baseline?.figures[key]?.values;
    return { key, label, unit, values, ratios: toNaive(values), before: then ? { values: then, ratios: toNaive(then) } : null };
  });
  return { ...results, figures: list };
}

/**
 * What bench/baseline.json keeps of a run, per mode: enough to print a "before" column.
 * @param {{ meta: any, figures: Figure[] }} r @returns {Baseline}
 */
export function baselineOf(r) {
  const { commit, date, chromium, cores, loadAverage, mode } = r.meta;
  /** @param {PerContender} v */
  const rounded = (v) => Object.fromEntries(Object.entries(v).map(([c, n]) => [c, n === null ? null : round(n)]));
  return { meta: { commit, date, chromium, cores, loadAverage, mode }, figures: Object.fromEntries(r.figures.map((f) => [f.key, { label: f.label, unit: f.unit, values: rounded(f.values) }])) };
}

/** @param {number | null | undefined} v @param {string} unit */
function show(v, unit) {
  if (v === null || v === undefined) return '–';
  if (unit === 'B') return v >= 1e6 ? `${(v / 2 ** 20).toFixed(1)} MiB` : `${(v / 1024).toFixed(1)} kB`;
  if (unit === 'ms') return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  if (unit === '/row') return v.toFixed(v < 10 ? 2 : 1);
  if (unit === 'x') return `×${v.toFixed(2)}`;
  return Math.round(v).toLocaleString('en');
}

/** @param {number | null | undefined} r */
const ratio = (r) => (r === null || r === undefined ? '–' : `×${r < 0.1 && r > 0 ? r.toFixed(3) : r.toFixed(2)}`);

/** @param {string[][]} rows */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

/** @param {number[]} load 1-minute load averages at the start and the end */
const loadText = (load) => load.map((l) => l.toFixed(2)).join(' at the start, ') + ' at the end';

/**
 * Prints the conditions, the figures (before / now / naive / virtualizer, with the ratios to the
 * naive list measured within each run), then the parts of each bundle.
 * @param {{ figures: Figure[], size: any, meta: any }} r
 */
export function printReport(r) {
  const m = r.meta;
  const before = m.before;
  console.log(`\nloyalty-history benchmark (${m.mode}), ${m.date}, ${m.chromium}, Node ${m.node}`);
  console.log(`Machine: ${m.cores} cores (${m.cpu}), 1-minute load average ${loadText(m.loadAverage)}.`);
  console.log('Other work on a shared machine slows every contender and makes absolute times noisy: compare the ratios to the naive list, each measured within one run.');
  console.log(`now:    loyalty-history at ${m.commit}`);
  console.log(before ? `before: loyalty-history at ${before.commit}, ${before.mode} run of ${before.date} (load ${loadText(before.loadAverage)}), from bench/baseline.json` : `before: no ${m.mode} run saved in bench/baseline.json`);
  console.log('');
  const head = ['', 'before', 'now', NAMES.naive ?? '', NAMES.virtual ?? '', 'before/naive', 'now/naive', 'virtual/naive'];
  const lines = r.figures.map((f) => [
    f.label,
    show(f.before?.values.widget, f.unit),
    show(f.values.widget, f.unit),
    show(f.values.naive, f.unit),
    show(f.values.virtual, f.unit),
    ratio(f.before?.ratios.widget),
    ratio(f.ratios.widget),
    ratio(f.ratios.virtual),
  ]);
  console.log(table([head, ...lines]));
  console.log('The staff table\'s figures are in the "now" column; its heap is beside the member element\'s.');
  console.log('\nBundle parts (through the source maps; each part compressed alone)\n');
  /** @type {string[][]} */
  const rows = [['bundle', 'part', 'raw', 'gzip', 'brotli']];
  for (const [c, builds] of Object.entries(r.size)) {
    for (const [format, s] of Object.entries(/** @type {Record<string, any>} */ (builds))) {
      rows.push([`${NAMES[c]} (${format})`, 'whole', show(s.raw, 'B'), show(s.gzip, 'B'), show(s.brotli, 'B')]);
      for (const [part, p] of Object.entries(/** @type {Record<string, any>} */ (s.parts))) rows.push(['', part, show(p.raw, 'B'), show(p.gzip, 'B'), show(p.brotli, 'B')]);
    }
  }
  console.log(table(rows));
}
