// The staff table <loyalty-history-table> (issue 20): the cost of appending a page of 100 rows
// up to 10,000 (it should stay flat), the JS heap after GC with every row loaded (beside the
// member element's, measured by growth in suites.mjs), and the export of the whole history:
// its time, its requests against the ideal ceil(Rows / 100), and its long tasks.
import { heapAfterGc } from './browser.mjs';
import { atCheckpoints, call, opts, withPage } from './suites.mjs';

/** @typedef {import('./suites.mjs').Ctx} Ctx */

/** The most rows the export asks for at once (issue 20). */
export const EXPORT_PAGE = 100;

/**
 * @param {Ctx} ctx
 * @param {{ until: number, checkpoints: number[], maxMs: number }} g  as growth's
 * @param {{ token: string, maxMs: number }} e  whose history is exported
 */
export async function staffTable(ctx, g, e) {
  const grow = await withPage(ctx, 'table', async (page) => {
    const first = await call(page, 'firstRows', opts('1002', '/api', 100));
    const heapAtFirst = await heapAfterGc(page);
    /** @type {import('./suites.mjs').Point[]} */
    const points = await call(page, 'growth', { until: g.until, maxMs: g.maxMs });
    const { rows } = await call(page, 'tally');
    const heapBytes = await heapAfterGc(page);
    ctx.log(`  growth: ${points.length} pages timed, up to ${rows} rows`);
    return { at: atCheckpoints(points, g.checkpoints), points, rows, heapBytes, heapAtFirst, heapPerRow: (heapBytes - heapAtFirst) / (rows - first.rows) };
  });
  const exported = await withPage(ctx, 'table', async (page) => {
    await call(page, 'firstRows', opts(e.token, '/api', 100));
    const r = await call(page, 'exportAll', { maxMs: e.maxMs });
    const ideal = Math.ceil(r.rows / EXPORT_PAGE);
    ctx.log(`  export: ${r.rows} rows in ${Math.round(r.ms)} ms, ${r.requests} requests (ideal ${ideal}), longest task ${Math.round(r.longestTaskMs)} ms`);
    return { ...r, ideal };
  });
  return { growth: grow, export: exported };
}
