// Memory after removal (issue 22, item 8): mount 12 elements side by side, wait for their first
// pages, remove them all; again and again. After the first cycle and after the last, the JS heap,
// DOM nodes and JS event listeners alive after a forced GC: the last should match the first.
// Then whether every removed instance is collectable at once (WeakRefs in the page, after a GC
// right after the last removal), with the widget's request timeout at 10 minutes, so a timer
// left behind would keep it alive.
import { metricsAfterGc } from './browser.mjs';
import { CONTENDERS, call, opts, withPage } from './suites.mjs';

/** @typedef {import('./suites.mjs').Ctx} Ctx */

/** @param {Ctx} ctx @param {{ cycles: number, count: number }} o */
export async function churn(ctx, o) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const c of CONTENDERS) {
    out[c] = await withPage(ctx, c, async (page) => {
      const empty = await metricsAfterGc(page);
      let first;
      let last;
      for (let cycle = 1; cycle <= o.cycles; cycle++) {
        await call(page, 'mountMany', { ...opts('1002', '/api'), count: o.count, timeout: 600_000 });
        await call(page, 'unmountAll');
        if (cycle === 1) first = await metricsAfterGc(page);
        if (cycle === o.cycles) last = await metricsAfterGc(page);
      }
      if (!first || !last) throw new Error('no cycles');
      const { made, alive } = await call(page, 'alive');
      ctx.log(`  ${c}: heap ${(first.heapBytes / 2 ** 20).toFixed(2)} -> ${(last.heapBytes / 2 ** 20).toFixed(2)} MiB, nodes ${first.nodes} -> ${last.nodes}, listeners ${first.listeners} -> ${last.listeners}; ${alive} of ${made} removed still alive`);
      return {
        cycles: o.cycles,
        perCycle: o.count,
        empty,
        first,
        last,
        heapGrowth: last.heapBytes / first.heapBytes,
        nodesGrowth: last.nodes / first.nodes,
        listenersGrowth: last.listeners / first.listeners,
        made,
        alive,
      };
    });
  }
  return out;
}

/**
 * Long tasks while one element reads an answer of `rows` operations (the mock ignoring `Length`),
 * from its connection to its rows painted, with the page's fetch unwrapped so the body reaches the
 * element as a stream. The naive list renders every row it is given (`rows` of them), which
 * measures rendering, not reading: it is left out.
 * @param {Ctx} ctx @param {{ rows: number, maxMs: number }} o
 */
export async function largeAnswer(ctx, o) {
  const apiBase = `/api/mock/history=${o.rows};ignore-length=1`;
  // The mock makes the history on its first request: not inside the measure.
  await fetch(`${ctx.base}${apiBase}/client/OperationHistory`, { method: 'POST', body: JSON.stringify({ Token: '1001', Start: 1, Length: 1 }) }).then((r) => r.arrayBuffer());
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const c of CONTENDERS.filter((name) => name !== 'naive')) {
    out[c] = await withPage(ctx, c, async (page) => {
      const r = await call(page, 'readLarge', { ...opts('1001', apiBase, 20), maxMs: o.maxMs });
      ctx.log(`  ${c}: ${r.outcome}, ${r.rows} rows shown in ${Math.round(r.ms)} ms; longest task ${Math.round(r.longestTaskMs)} ms, ${r.longTasks} over 50 ms`);
      return { answerRows: o.rows, ...r };
    }, '&raw=1');
  }
  return out;
}
