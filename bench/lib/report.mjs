// Turns the raw results into figures with ratios against the naive baseline, and prints them.

const NAMES = /** @type {Record<string, string>} */ ({ widget: 'loyalty-history', naive: 'naive Lit list', virtual: 'lit virtualizer' });
const CONTENDERS = ['widget', 'naive', 'virtual'];

/**
 * @typedef {{ key: string, label: string, unit: string, values: Record<string, number | null>, ratios: Record<string, number | null> }} Figure
 * @typedef {(c: string) => number | undefined} Getter
 */

/** @param {any} r @returns {[string, string, string, Getter][]} key, label, unit, getter */
function figures(r) {
  /** @type {[string, string, string, Getter][]} */
  const list = [
    ['size.gzip', 'Size, ES drop-in, gzip', 'B', (c) => r.size[c]?.es.gzip],
    ['size.brotli', 'Size, ES drop-in, brotli', 'B', (c) => r.size[c]?.es.brotli],
    ['firstRows.median', 'First rows painted, median', 'ms', (c) => r.firstRows[c]?.median],
    ['firstRows.p10', 'First rows painted, p10', 'ms', (c) => r.firstRows[c]?.p10],
    ['firstRows.p90', 'First rows painted, p90', 'ms', (c) => r.firstRows[c]?.p90],
  ];
  const checkpoints = r.meta.settings.growth.checkpoints.map(String);
  for (const n of checkpoints) {
    list.push([`growth.${n}.frameMs`, `Append 100 rows at ${Number(n).toLocaleString('en')}, to next frame`, 'ms', (c) => r.growth[c]?.at[n]?.frameMs]);
    list.push([`growth.${n}.appendMs`, `Append 100 rows at ${Number(n).toLocaleString('en')}, render + layout`, 'ms', (c) => r.growth[c]?.at[n]?.appendMs]);
  }
  const sc = r.meta.settings.loaded;
  const rows = (r.loaded.widget?.rows ?? 0).toLocaleString('en');
  const scrolling = `Scroll ${sc.scrollMs / 1000} s at ${sc.pxPerSecond.toLocaleString('en')} px/s, ${rows} rows loaded`;
  list.push(
    ['loaded.scroll.slowFrames', `${scrolling}: frames over 16.7 ms`, '', (c) => r.loaded[c]?.scroll.slowFrames],
    ['loaded.scroll.frames', `  frames`, '', (c) => r.loaded[c]?.scroll.frames],
    ['loaded.scroll.worstFrameMs', `  worst frame`, 'ms', (c) => r.loaded[c]?.scroll.worstFrameMs],
    ['loaded.scroll.longTasks', `  long tasks (> 50 ms)`, '', (c) => r.loaded[c]?.scroll.longTasks],
    ['loaded.scroll.longTaskMs', `  long tasks, total`, 'ms', (c) => r.loaded[c]?.scroll.longTaskMs],
    ['loaded.domElements', `DOM elements, ${rows} rows loaded`, '', (c) => r.loaded[c]?.domElements],
    ['loaded.heapBytes', `JS heap, ${rows} rows loaded, after GC`, 'B', (c) => r.loaded[c]?.heapBytes],
  );
  for (const base of ['base1', 'base0']) {
    const b = base.slice(4);
    list.push(
      [`requests.${base}.requests`, `Requests to read ${r.meta.settings.requests.rows} rows, Start ${b}-based (ideal ${r.requests[base].widget?.ideal})`, '', (c) => r.requests[base][c]?.requests],
      [`requests.${base}.duplicates`, `  duplicate rows shown, Start ${b}-based`, '', (c) => r.requests[base][c]?.duplicates],
      [`requests.${base}.missing`, `  rows never shown, Start ${b}-based`, '', (c) => r.requests[base][c]?.missing],
      [`requests.${base}.readMs`, `  time to read them all (jump to the bottom each frame)`, 'ms', (c) => r.requests[base][c]?.readMs],
    );
  }
  list.push(
    ['prefetch.indicatorMs', `Loading indicator on screen, 200 ms server, ${r.meta.settings.prefetch.ms / 1000} s at 1,500 px/s`, 'ms', (c) => r.prefetch[c]?.indicatorMs],
  );
  return list;
}

/**
 * Adds `figures`: every headline number per contender with its ratio to the naive baseline
 * (null where the baseline's figure is 0).
 * @template {Record<string, any>} T @param {T} results @returns {T & { figures: Figure[] }}
 */
export function addRatios(results) {
  const list = figures(results).map(([key, label, unit, get]) => {
    /** @type {Record<string, number | null>} */
    const values = {};
    /** @type {Record<string, number | null>} */
    const ratios = {};
    for (const c of CONTENDERS) {
      const v = get(c);
      values[c] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    const base = values.naive;
    for (const c of CONTENDERS) {
      const v = values[c];
      ratios[c] = v !== null && v !== undefined && base ? v / base : null;
    }
    return { key, label, unit, values, ratios };
  });
  return { ...results, figures: list };
}

/** @param {number | null | undefined} v @param {string} unit */
function show(v, unit) {
  if (v === null || v === undefined) return '–';
  if (unit === 'B') return v >= 1e6 ? `${(v / 2 ** 20).toFixed(1)} MiB` : `${(v / 1024).toFixed(1)} kB`;
  if (unit === 'ms') return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  return Math.round(v).toLocaleString('en');
}

/** @param {number | null | undefined} r */
const ratio = (r) => (r === null || r === undefined ? '–' : `×${r < 0.1 && r > 0 ? r.toFixed(3) : r.toFixed(2)}`);

/** @param {string[][]} rows */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

/** Prints the figures, then the parts of each bundle. @param {{ figures: Figure[], size: any, meta: any }} r */
export function printReport(r) {
  console.log(`\nloyalty-history benchmark (${r.meta.mode}), ${r.meta.chromium}, ratios against the naive Lit list\n`);
  const head = ['', NAMES.widget ?? '', NAMES.naive ?? '', NAMES.virtual ?? '', 'widget/naive', 'virtual/naive'];
  console.log(table([head, ...r.figures.map((f) => [f.label, show(f.values.widget, f.unit), show(f.values.naive, f.unit), show(f.values.virtual, f.unit), ratio(f.ratios.widget), ratio(f.ratios.virtual)])]));
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
