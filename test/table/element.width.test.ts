import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { bodyRows, box, mountTableIn, platform, staffRows, table } from './table-widget.js';

/**
 * Below the 1280 px the table is designed for, it scrolls sideways inside its own box, the date
 * column kept in view, and never widens the page: in a table cell, a flex row and a grid.
 */
const HOSTS = {
  'a table cell': html`<table style="width:320px;border-collapse:collapse"><tr><td style="padding:0"><div class="slot"></div></td></tr></table>`,
  'a flex row': html`<div style="display:flex;width:320px"><div class="slot" style="display:contents"></div></div>`,
  'a grid': html`<div style="display:grid;width:320px"><div class="slot" style="display:contents"></div></div>`,
};

describe('<loyalty-history-table> in a narrow host', () => {
  for (const [name, template] of Object.entries(HOSTS)) {
    it(`scrolls sideways in its own box in ${name} 320 px wide, the date column in view`, async () => {
      const host = await fixture<HTMLElement>(template);
      const el = await mountTableIn(host.querySelector<HTMLElement>('.slot')!, platform(staffRows(30)));
      await waitUntil(() => bodyRows(el).length >= 20);
      expect(document.documentElement.scrollWidth, 'the page does not widen').to.be.at.most(innerWidth);
      expect(el.getBoundingClientRect().width, 'fills its host').to.be.within(300, 320.5);
      const b = box(el);
      expect(b.scrollWidth, 'the table is wider than its box').to.be.above(b.clientWidth);
      b.scrollLeft = 600;
      await new Promise(requestAnimationFrame);
      const date = bodyRows(el)[0]!.cells[0]!.getBoundingClientRect();
      expect(Math.abs(date.left - b.getBoundingClientRect().left), 'the date column stays at the left edge').to.be.below(2);
      expect(table(el).tHead!.rows[0]!.cells[0]!.getBoundingClientRect().left).to.be.closeTo(date.left, 1);
    });
  }
});

describe('<loyalty-history-table> columns', () => {
  /** Each row's cells beside the header row's: where they start, how wide they are, and what spills out of them. */
  function misaligned(el: HTMLElement & { shadowRoot: ShadowRoot | null }): string[] {
    const head = [...table(el as never).tHead!.rows[0]!.cells].map((c) => c.getBoundingClientRect());
    const out: string[] = [];
    for (const row of bodyRows(el as never)) {
      [...row.cells].forEach((cell, i) => {
        const r = cell.getBoundingClientRect();
        const at = `row ${row.ariaRowIndex} cell ${i + 1}`;
        if (Math.abs(r.left - head[i]!.left) > 0.5 || Math.abs(r.width - head[i]!.width) > 0.5) out.push(`${at}: ${Math.round(r.left)}+${Math.round(r.width)} under ${Math.round(head[i]!.left)}+${Math.round(head[i]!.width)}`);
        if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${at}: «${cell.textContent}» spills ${cell.scrollWidth - cell.clientWidth} px out`);
      });
    }
    return out;
  }

  for (const [name, attrs, width] of [
    ['every column, in a 1280 px box', {}, 1280],
    ['three columns, in a 1920 px box', { columns: 'date, amount, id' }, 1920],
  ] as const) {
    it(`keeps each cell under its header, whatever the cell holds: ${name}`, async () => {
      const rows = staffRows(30);
      // Values longer than their column is meant for: a 19-digit coupon, a long point of sale, a big refund.
      Object.assign(rows[3]!, { CouponNumber: '7000123456789012347', PosName: 'Торговый центр «Европейский», второй этаж, у эскалатора', Amount: 1234567.89, Refund: true });
      const host = await fixture<HTMLElement>(html`<div style="width:${width}px"></div>`);
      const el = await mountTableIn(host, platform(rows), attrs);
      await waitUntil(() => bodyRows(el).length >= 20);
      expect(misaligned(el)).to.deep.equal([]);
      expect(table(el).getBoundingClientRect().width, 'the table fills its box at least').to.be.at.least(box(el).clientWidth - 0.5);
    });
  }
});
