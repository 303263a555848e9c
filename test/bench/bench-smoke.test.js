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

test('npm run bench -- --quick measures all three contenders and writes JSON and SVG', { timeout: 180_000 }, (t) => {
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
  assert.deepEqual(Object.keys(r).sort(), ['figures', 'firstRows', 'growing', 'growth', 'loaded', 'meta', 'prefetch', 'requests', 'size'].sort());
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
