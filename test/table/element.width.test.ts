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
