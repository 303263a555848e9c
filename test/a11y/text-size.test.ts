import { expect } from '@open-wc/testing';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { articles, mountMember, root } from './widget.js';

/**
 * Large text on a phone (WCAG 1.4.4 Resize Text, 1.4.12 Text Spacing), in every engine. The
 * widget's base size is the reader's default (`--loyalty-history-font-size: medium`), and every
 * size inside is in em of it, so setting the property to 32px is what a browser default of 32 px
 * gives it (the built drop-in was also checked with Chromium's default font size set to 32).
 * Nothing may overlap and no label may be cut; the place is read in the collapsed row.
 */

/** WCAG 1.4.12's spacing, as a reader's style that reaches into the widget. */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

const SETTINGS: { name: string; width: number; style: string; spacing?: boolean }[] = [
  { name: '200% text (a 32 px default) at 320 px', width: 320, style: '--loyalty-history-font-size: 32px' },
  { name: 'zoom: 2 on the host at 320 px', width: 320, style: 'zoom: 2' },
  { name: 'text spacing at 320 px', width: 320, style: '', spacing: true },
  { name: '200% text with text spacing at 320 px', width: 320, style: '--loyalty-history-font-size: 32px', spacing: true },
  { name: '100% at 320 px', width: 320, style: '' },
  { name: '100% at 390 px', width: 390, style: '' },
];

const meets = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** What is cut or drawn over something else in the header and the collapsed rows. */
function problems(el: LoyaltyHistory): string[] {
  const found: string[] = [];
  for (const tab of root(el).querySelectorAll<HTMLElement>('.tab')) {
    if (tab.scrollWidth > tab.clientWidth + 1) found.push(`tab "${tab.textContent}" cut`);
  }
  const tabs = [...root(el).querySelectorAll('.tab')].map((t) => t.getBoundingClientRect());
  tabs.forEach((a, i) => tabs.slice(i + 1).forEach((b) => meets(a, b) && found.push('tabs overlap')));
  for (const row of articles(el)) {
    const key = row.dataset['key'];
    const edge = row.getBoundingClientRect();
    const pieces = [...row.querySelectorAll<HTMLElement>('.title, .amount, .meta, .bonus, .badge, .toggle')];
    pieces.forEach((a, i) => {
      const box = a.getBoundingClientRect();
      if (box.right > edge.right + 0.5 || box.left < edge.left - 0.5) found.push(`${key}: ${a.className} outside the row`);
      for (const b of pieces.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        if ([...a.getClientRects()].some((x) => [...b.getClientRects()].some((y) => meets(x, y)))) found.push(`${key}: ${a.className} over ${b.className}`);
      }
    });
    // The place and the date are read in full: nothing clipped, no ellipsis.
    const meta = row.querySelector<HTMLElement>('.meta');
    if (meta && (meta.scrollWidth > meta.clientWidth + 1 || meta.scrollHeight > meta.clientHeight + 1)) found.push(`${key}: "${meta.textContent}" cut`);
  }
  return found;
}

describe('large text and text spacing', () => {
  for (const setting of SETTINGS) {
    it(`${setting.name}: nothing overlaps, no tab is cut, every place is readable`, async () => {
      const el = await mountMember(setting.width, 40, { theme: 'light' }, setting.style);
      if (setting.spacing) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(TEXT_SPACING);
        root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, sheet];
      }
      expect(problems(el)).to.deep.equal([]);
      const box = root(el).querySelector<HTMLElement>('[part~="scroller"]')!;
      expect(box.scrollWidth, 'no horizontal scroll').to.be.at.most(box.clientWidth + 1);
    });
  }

  it('at 390 px a collapsed row shows where the purchase happened in full', async () => {
    const el = await mountMember(390, 40, { theme: 'dark' });
    const rows = articles(el).filter((a) => a.querySelector('.where'));
    expect(rows.length).to.be.above(30);
    for (const row of rows) {
      const where = row.querySelector<HTMLElement>('.where')!;
      const meta = row.querySelector<HTMLElement>('.meta')!;
      expect(meta.scrollWidth, `"${where.textContent}"`).to.be.at.most(meta.clientWidth + 1);
      const range = document.createRange();
      range.selectNodeContents(where);
      const box = meta.getBoundingClientRect();
      for (const r of range.getClientRects()) {
        expect(r.right, `"${where.textContent}" inside its line`).to.be.at.most(box.right + 0.5);
        expect(r.bottom, `"${where.textContent}" not clipped`).to.be.at.most(box.bottom + 0.5);
      }
    }
  });
});
