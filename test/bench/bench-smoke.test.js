// The benchmark's quick mode runs to the end, exits by itself, and writes every figure, beside
// the saved run of an earlier commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CONTENDERS = ['widget', 'naive', 'virtual'];

/** @param {unknown} v */
const finite = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * The phone profile of one contender: 10 rows painted, each response 150 ms late (the page
 * before its bundle is asked for, the bundle, the request), and every part of the breakdown.
 * @param {any} p @param {string} c
 */
function phoneProfile(p, c) {
  assert.ok(p.runs >= 1 && finite(p.median), `${c} phone: time to rows`);
  for (const run of p.perRun) {
    assert.ok(run.bundle.start >= 150 && run.bundle.end - run.bundle.start >= 150 && run.request.end - run.request.start >= 150, `${c} phone: the network is throttled ${JSON.stringify(run)}`);
    assert.ok(run.paintedMs > run.request.end && run.rows >= 10 && run.requests >= 1, `${c} phone: 10 rows painted after their answer`);
  }
  for (const k of ['pageMs', 'downloadMs', 'evaluateMs', 'defineToRequestMs', 'requestMs', 'answerToRowsMs']) assert.ok(finite(p.breakdown[k]), `${c} phone ${k}`);
  assert.ok(finite(p.longestTaskMs) && p.bundleBytes > 1000, `${c} phone: longest task and bundle bytes`);
}

test('npm run bench -- --quick measures all three contenders and the staff table, and writes JSON and SVG', { timeout: 180_000 }, (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  // A folder that does not exist yet, as bench/results/ in a fresh clone.
  const out = join(tmp, 'results');
  const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--out', out], { cwd: root, encoding: 'utf8', timeout: 170_000 });
  assert.equal(run.status, 0, `exit ${run.status} ${run.signal ?? ''}\n${run.stderr}`);
  assert.match(run.stdout, /now\/naive/);
  assert.match(run.stdout, /\d+ cores .*load average \d+\.\d\d at the start, \d+\.\d\d at the end/, 'says how loaded the machine was');
  assert.ok(run.stdout.includes(join(out, 'latest.json')), 'prints where the results are');

  const r = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
  assert.deepEqual(Object.keys(r).sort(), ['figures', 'firstRows', 'growing', 'growth', 'largeAnswer', 'loaded', 'memory', 'meta', 'phone', 'prefetch', 'requests', 'size', 'table'].sort());
  assert.equal(r.meta.mode, 'quick');
  for (const c of CONTENDERS) {
    assert.ok(finite(r.size[c].es.gzip) && r.size[c].es.gzip > 1000, `${c} gzip size`);
    assert.ok(finite(r.size[c].es.parts.lit.gzip), `${c} Lit part`);
    assert.ok(r.firstRows[c].runs >= 5 && finite(r.firstRows[c].median) && r.firstRows[c].median > 0, `${c} first rows`);
    // The first request leaves after the connection and before the first rows are painted.
    const fetchMs = r.firstRows[c].fetch.median;
    assert.ok(finite(fetchMs) && fetchMs >= 0 && fetchMs < r.firstRows[c].median, `${c} first fetch ${fetchMs} ms`);
    for (const n of ['100', '1000']) {
      assert.ok(finite(r.growth[c].at[n]?.appendMs) && finite(r.growth[c].at[n]?.frameMs), `${c} append at ${n}`);
    }
    for (const n of ['200', '1000']) {
      assert.ok(finite(r.growing[c].at[n]?.appendMs) && finite(r.growing[c].at[n]?.frameMs), `${c} append at ${n}, Rows growing`);
    }
    assert.ok(r.growing[c].rows >= r.meta.settings.growing.until, `${c} read ${r.growing[c].rows} rows of the growing history`);
    for (const k of ['durationMs', 'frames', 'slowFrames', 'worstFrameMs', 'longTasks', 'longTaskMs']) {
      assert.ok(finite(r.loaded[c].scroll[k]), `${c} scroll ${k}`);
    }
    assert.ok(r.loaded[c].scroll.frames > 0, `${c} scrolled`);
    assert.ok(finite(r.loaded[c].domElements) && finite(r.loaded[c].heapBytes), `${c} DOM and heap`);
    for (const k of ['elementsPerRow', 'rowElements', 'whitespaceText', 'whitespacePerRow', 'heapPerRow']) {
      assert.ok(finite(r.loaded[c][k]) && r.loaded[c][k] >= 0, `${c} ${k}: ${r.loaded[c][k]}`);
    }
    assert.ok(r.loaded[c].rowElements >= 3, `${c}: a row has its elements`);
    assert.ok(r.loaded[c].rows >= r.meta.settings.growth.until, `${c} loaded ${r.loaded[c].rows} rows`);
    for (const base of ['base1', 'base0']) {
      const q = r.requests[base][c];
      assert.ok(finite(q.requests) && q.requests >= q.ideal && finite(q.readMs), `${c} ${base} requests`);
      assert.equal(q.finished, true, `${c} ${base} read the whole history`);
    }
    assert.ok(finite(r.prefetch[c].indicatorMs), `${c} loading indicator time`);
    phoneProfile(r.phone[c], c);
    const m = r.memory[c];
    for (const k of ['heapBytes', 'nodes', 'listeners']) {
      assert.ok(finite(m.first[k]) && finite(m.last[k]) && m.first.heapBytes > 0, `${c} ${k} after the first and the last cycle`);
    }
    assert.equal(m.made, r.meta.settings.churn.cycles * r.meta.settings.churn.count, `${c}: every cycle mounted its elements`);
    assert.ok(finite(m.alive) && m.alive <= m.made, `${c} instances alive after removal`);
  }
  for (const c of ['widget', 'virtual']) {
    const large = r.largeAnswer[c];
    assert.equal(large.outcome, 'rows', `${c} showed rows from the ${large.answerRows}-row answer`);
    assert.ok(finite(large.longestTaskMs) && large.longTasks >= 0, `${c} long tasks reading a large answer`);
  }
  // The staff table: appending up to the quick run's rows, its heap beside the member's, its export.
  const table = r.table;
  assert.ok(r.size.table.es.gzip > 1000, 'the staff table drop-in was built and measured');
  for (const n of ['100', '1000']) assert.ok(finite(table.growth.at[n]?.appendMs) && finite(table.growth.at[n]?.frameMs), `table append at ${n}`);
  assert.ok(table.growth.rows >= r.meta.settings.table.until && finite(table.growth.heapBytes), 'table heap with its rows loaded');
  assert.equal(table.export.rows, 1000, 'the export read member 1003\'s whole history');
  assert.ok(table.export.requests >= table.export.ideal && table.export.ideal === 10, `export requests ${table.export.requests}`);
  assert.ok(finite(table.export.ms) && finite(table.export.longestTaskMs), 'export time and longest task');
  for (const key of ['phone.median', 'phone.breakdown.requestMs', 'memory.last.heapBytes', 'largeAnswer.longestTaskMs', 'table.heapBytes', 'table.memberHeapBytes', 'table.export.requests']) {
    assert.ok(r.figures.some((/** @type {{ key: string }} */ f) => f.key === key), `figure ${key} printed`);
  }
  assert.ok(finite(r.firstRows['widget-sync-headers'].fetch.median), 'first fetch with a synchronous headers provider');
  // A history growing under the reader shows no row twice in the widget, while the naive list's
  // offsets shift (it counts Start from 0 on a 1-based server that gains rows).
  assert.equal(r.growing.widget.duplicates, 0);
  assert.ok(r.growing.naive.duplicates > 0);
  // The widget never shows a row twice nor loses one, whichever base the server counts from.
  for (const base of ['base1', 'base0']) {
    assert.equal(r.requests[base].widget.duplicates, 0);
    assert.equal(r.requests[base].widget.missing, 0);
  }
  for (const f of r.figures) {
    assert.equal(f.ratios.naive === null || f.ratios.naive === 1, true, `${f.key}: the baseline's own ratio is 1`);
    for (const c of CONTENDERS) assert.ok(f.values[c] === null || finite(f.values[c]), `${f.key} ${c}`);
  }
  // The "before" column: the quick run saved in bench/baseline.json.
  assert.ok(r.meta.before?.commit, 'names the commit of the saved run');
  const gzip = r.figures.find((/** @type {{ key: string }} */ f) => f.key === 'size.gzip');
  assert.ok(finite(gzip?.before?.values.widget), 'the size before');
  const svg = readFileSync(join(out, 'append-cost.svg'), 'utf8');
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal((svg.match(/<path /g) ?? []).length, CONTENDERS.length, 'one line per contender');
  const growingSvg = readFileSync(join(out, 'append-cost-growing.svg'), 'utf8');
  assert.equal((growingSvg.match(/<path /g) ?? []).length, CONTENDERS.length, 'one line per contender, Rows growing');
  assert.ok(existsSync(join(out, 'build', 'drop-in', 'loyalty-history.js')));
});
