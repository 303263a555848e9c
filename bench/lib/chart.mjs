// bench/results/append-cost.svg (and append-cost-growing.svg, with `Rows` growing every page):
// the cost of appending a page against the rows already loaded, one line per contender (a running
// median of 5 pages over faint dots for each page). Pages that brought only a few rows (the end of
// a history) are left out.

const COLORS = /** @type {Record<string, string>} */ ({ widget: '#0b57c9', naive: '#b3261e', virtual: '#126b34' });
const NAMES = /** @type {Record<string, string>} */ ({ widget: 'loyalty-history', naive: 'naive Lit list (baseline)', virtual: '@lit-labs/virtualizer' });

/** @param {number} max @returns {number} a round step giving 4 to 10 ticks */
function step(max) {
  const raw = max / 6;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => max / s <= 8) ?? 10 * p;
}

/** @param {number[]} values @param {number} i */
function runningMedian(values, i) {
  const w = values.slice(Math.max(0, i - 2), i + 3).sort((a, b) => a - b);
  return w[Math.floor(w.length / 2)] ?? 0;
}

/** @param {string} s */
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * @param {Record<string, { points: { rows: number, after: number, frameMs: number }[] }>} growth
 * @param {string} [title] @returns {string}
 */
export function appendCostSvg(growth, title = 'Cost of appending one page of 100 rows') {
  const W = 760;
  const H = 440;
  const m = { l: 64, r: 20, t: 40, b: 96 };
  const series = Object.entries(growth).map(([c, g]) => ({ c, pts: g.points.filter((p) => p.after - p.rows >= 90).map((p) => ({ x: p.after, y: p.frameMs })) }));
  const all = series.flatMap((s) => s.pts);
  const xMax = Math.max(100, ...all.map((p) => p.x));
  const yMaxRaw = Math.max(1, ...series.flatMap((s) => s.pts.map((_, i) => runningMedian(s.pts.map((p) => p.y), i))));
  const xs = step(xMax);
  const ys = step(yMaxRaw * 1.1);
  const yMax = Math.ceil((yMaxRaw * 1.1) / ys) * ys;
  const X = (/** @type {number} */ x) => m.l + (x / xMax) * (W - m.l - m.r);
  const Y = (/** @type {number} */ y) => H - m.b - (Math.min(y, yMax) / yMax) * (H - m.t - m.b);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${m.l}" y="22" font-size="15" font-weight="600">${esc(title)}</text>`,
  ];
  for (let y = 0; y <= yMax + 1e-9; y += ys) {
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${Y(y)}" y2="${Y(y)}" stroke="#e3e5e8"/>`);
    out.push(`<text x="${m.l - 6}" y="${Y(y) + 4}" text-anchor="end">${+y.toFixed(2)}</text>`);
  }
  for (let x = 0; x <= xMax + 1e-9; x += xs) {
    out.push(`<line x1="${X(x)}" x2="${X(x)}" y1="${H - m.b}" y2="${H - m.b + 5}" stroke="#333"/>`);
    out.push(`<text x="${X(x)}" y="${H - m.b + 18}" text-anchor="middle">${x.toLocaleString('en')}</text>`);
  }
  out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}" stroke="#333"/>`);
  out.push(`<line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}" stroke="#333"/>`);
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - m.b + 36}" text-anchor="middle">rows loaded after the page</text>`);
  out.push(`<text transform="translate(16 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">ms, data arrival to next frame painted</text>`);
  for (const s of series) {
    const color = COLORS[s.c] ?? '#555';
    for (const p of s.pts) out.push(`<circle cx="${X(p.x).toFixed(1)}" cy="${Y(p.y).toFixed(1)}" r="1.6" fill="${color}" fill-opacity="0.3"/>`);
    const ys2 = s.pts.map((p) => p.y);
    const d = s.pts.map((p, i) => `${i ? 'L' : 'M'}${X(p.x).toFixed(1)} ${Y(runningMedian(ys2, i)).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
  }
  series.forEach((s, i) => {
    const x = m.l + i * 230;
    const y = H - 30;
    out.push(`<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="${COLORS[s.c] ?? '#555'}" stroke-width="3"/>`);
    out.push(`<text x="${x + 30}" y="${y + 4}">${esc(NAMES[s.c] ?? s.c)}</text>`);
  });
  out.push(`<text x="${m.l}" y="${H - 8}" fill="#575c64">Lines: running median of 5 pages; dots: each page. Values above the axis are drawn at its top.</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
