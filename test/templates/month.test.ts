import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Operation } from '../../src/api/types.js';
import type { FeedChunk } from '../../src/feed/feed-engine.js';
import { getFormatter } from '../../src/format/intl.js';
import { renderChunk, type ChunkContext } from '../../src/templates/chunk.js';
import { count, renderLastMonthSummary, renderMonthHeader } from '../../src/templates/month.js';
import { renderEnd } from '../../src/templates/states.js';
import { fold, mount } from './helpers.js';

const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const now = new Date('2026-11-29T09:00:00Z');
const ctx: ChunkContext = { fmt, now, setsize: -1, expanded: new Set(), copied: undefined, parentLoaded: () => false };
let seq = 0;
/** A cheque on a Moscow day, with points earned and spent. */
const op = (day: string, added = 0, redeemed = 0): Operation => ({
  id: String(++seq), chequeId: String(seq), amount: 100, added, redeemed, proctime: new Date(`${day}T12:00:00+03:00`),
});
/** Pages of rows, as the feed engine hands them out (newest first). */
const pages = (...rows: Operation[][]): FeedChunk[] => {
  let index = 0;
  return rows.map((r, id) => ({ id, version: 0, rows: r.map((o) => ({ op: o, key: o.id!, index: index++ })) }));
};
/** Renders the pages as the element does, one after the other, and what it shows in order. */
async function shown(chunks: FeedChunk[], lang: 'ru' | 'en' = 'ru') {
  const c = { ...ctx, fmt: getFormatter(lang, { timeZone: 'Europe/Moscow' }) };
  const { root } = await mount(chunks.map((chunk, i) => renderChunk(chunk, chunks[i - 1]?.rows.at(-1)?.op, c)), { feed: true, lang });
  return {
    root,
    seq: [...root.querySelectorAll('.month, .month-sum, article')].map((e) =>
      e.matches('article') ? 'row' : e.matches('.month') ? `[${e.textContent}]` : `=${fold(e.querySelector('[aria-hidden]')!.textContent)}`),
  };
}

describe('month bands and summaries', () => {
  it('a band per month, not per day; each row says its own day', async () => {
    const { root, seq: s } = await shown(pages([op('2026-11-28', 10), op('2026-11-28', 5), op('2026-11-02', 1)], [op('2026-10-30', 2), op('2026-10-01', 3)]));
    expect(s).to.deep.equal(['[Ноябрь 2026]', 'row', 'row', 'row', '=Ноябрь 2026 · +16 баллов', '[Октябрь 2026]', 'row', 'row']);
    expect([...root.querySelectorAll('time')].map((t) => fold(t.textContent))).to.deep.equal([
      'Вчера, 12:00', 'Вчера, 12:00', '2 ноября, 12:00', '30 октября, 12:00', '1 октября, 12:00',
    ]);
    const band = root.querySelector('.month')!;
    expect(band.getAttribute('part')).to.equal('month-header');
    expect(band.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(band).position).to.equal('sticky');
  });

  it('a month is summed only once complete: the page that completes it shows the sum, at the boundary', async () => {
    const first = pages([op('2026-11-20', 300), op('2026-11-10', 20, 150)], [op('2026-11-01', 0, 0), op('2026-10-15', 7)]);
    const one = await shown(first.slice(0, 1));
    expect(one.seq, 'November may go on in the next page').to.deep.equal(['[Ноябрь 2026]', 'row', 'row']);
    const two = await shown(first);
    expect(two.seq).to.deep.equal(['[Ноябрь 2026]', 'row', 'row', 'row', '=Ноябрь 2026 · +320 / \u2212150 баллов', '[Октябрь 2026]', 'row']);
    // The summary is in the second page's box: the first page is never touched again.
    const boxes = [...two.root.querySelectorAll('.chunk')];
    expect(boxes[0]!.querySelector('.month-sum')).to.equal(null);
    expect(boxes[1]!.querySelector('.month-sum')).to.not.equal(null);
  });

  it('reads as one sentence to a screen reader', async () => {
    const { root } = await shown(pages([op('2026-11-20', 320, 150), op('2026-10-15', 1)]));
    const sum = root.querySelector('.month-sum')!;
    expect(sum.getAttribute('part')).to.equal('month-summary');
    expect(fold(sum.querySelector('.vh')!.textContent)).to.equal('Итог за ноябрь 2026: 320 баллов начислено, 150 баллов списано или сгорело.');
    expect(sum.querySelector('[aria-hidden="true"]')).to.not.equal(null);
    const en = await shown(pages([op('2026-11-20', 1, 0), op('2026-10-15', 1)]), 'en');
    expect(en.seq[2]).to.equal('=November 2026 · +1 point');
    expect(fold(en.root.querySelector('.month-sum .vh')!.textContent)).to.equal('November 2026 in total: 1 point earned.');
  });

  it('the word agrees with the last number; a month that moved no points has no summary', async () => {
    const { seq: s } = await shown(pages([op('2026-11-20', 21), op('2026-10-15', 0, 22), op('2026-09-15', 1.5, 0.5), op('2026-08-15'), op('2026-07-15', 1)]));
    expect(s.filter((x) => x.startsWith('='))).to.deep.equal([
      '=Ноябрь 2026 · +21 балл', '=Октябрь 2026 · \u221222 балла', '=Сентябрь 2026 · +1,5 / \u22120,5 балла',
    ]);
  });

  const grammar: [number, string, string][] = [
    [1, '+1 балл', '1 балл начислен'], [2, '+2 балла', '2 балла начислены'], [5, '+5 баллов', '5 баллов начислено'],
    [11, '+11 баллов', '11 баллов начислено'], [21, '+21 балл', '21 балл начислен'], [22, '+22 балла', '22 балла начислены'],
    [25, '+25 баллов', '25 баллов начислено'], [0.5, '+0,5 балла', '0,5 балла начислено'], [1.5, '+1,5 балла', '1,5 балла начислено'],
  ];
  for (const [n, visible, spoken] of grammar) {
    it(`a summary of ${n} points: "${visible}", "${spoken}"`, async () => {
      const { root, seq: s } = await shown(pages([op('2026-11-20', n), op('2026-10-15', 1)]));
      expect(s[2]).to.equal(`=Ноябрь 2026 · ${visible}`);
      expect(fold(root.querySelector('.month-sum .vh')!.textContent)).to.equal(`Итог за ноябрь 2026: ${spoken}.`);
    });
  }

  it('the last month is summed after the last row once the list has ended, over all its pages', async () => {
    const chunks = pages([op('2026-11-20', 5)], [op('2026-10-15', 10, 1)], [{ id: 'x', bonusId: 'x', added: 4 }, op('2026-10-01', 100)], [{ id: 'y', bonusId: 'y', redeemed: 1000 }]);
    const rendered = await shown(chunks);
    expect(rendered.seq.filter((x) => x.startsWith('='))).to.deep.equal(['=Ноябрь 2026 · +5 баллов']);
    // Rows without a date count with the month they follow.
    const { root } = await mount(renderEnd(6, fmt, chunks));
    expect([...root.querySelector('.scroller')!.children].map((e) => e.getAttribute('part'))).to.deep.equal(['month-summary', 'state end']);
    expect(fold(root.querySelector('.month-sum [aria-hidden]')!.textContent)).to.equal('Октябрь 2026 · +114 / \u22121 001 балл');
    const unrendered = pages([op('2026-11-20', 3)]);
    const empty = await mount(html`${renderLastMonthSummary(unrendered, fmt)}${renderLastMonthSummary([], fmt)}${renderEnd(1, fmt)}`);
    expect(empty.root.querySelector('.month-sum'), 'a page never rendered is never summed').to.equal(null);
  });

  it('never shows a partial sum: a page whose predecessor was not rendered starts its month uncounted', async () => {
    const [a, b] = pages([op('2026-11-20', 5)], [op('2026-11-10', 5), op('2026-10-10', 1)]);
    const { root } = await mount(renderChunk(b!, a!.rows[0]!.op, ctx), { feed: true });
    expect(root.querySelector('.month-sum')).to.equal(null);
    expect([...root.querySelectorAll('.month')].map((m) => m.textContent)).to.deep.equal(['Октябрь 2026']);
  });

  it('the band is hidden from assistive technology and the feed stays accessible', async () => {
    const { root } = await mount(renderMonthHeader(now, fmt));
    expect(root.querySelector('.month')!.textContent).to.equal('Ноябрь 2026');
    for (const theme of ['light', 'dark'] as const) {
      const c = pages([op('2026-11-20', 320, 150), op('2026-10-15', 1)]);
      const { host } = await mount(c.map((chunk, i) => renderChunk(chunk, c[i - 1]?.rows.at(-1)?.op, ctx)), { feed: true, theme });
      await expect(host).to.be.accessible();
    }
  });
});

describe('month tally with odd signs', () => {
  it('counts a negative Added as points taken and a negative Redeemed as points returned, as the rows show them', () => {

    const tally = { key: '2025-11', plus: 0, minus: 0 };
    count(tally, { added: -30 } as Operation);
    count(tally, { redeemed: -5 } as Operation);
    count(tally, { added: 10, redeemed: 2 } as Operation);
    expect(tally.plus).to.equal(15);
    expect(tally.minus).to.equal(32);
  });
});
