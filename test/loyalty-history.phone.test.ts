import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';

/**
 * Phone first, with the mock platform's typical member (token 1001, see mock/README.md): how the
 * rows read at 320, 360 and 390 px and on a desktop, in both themes.
 */

const WIDTHS = [320, 360, 390, 1280];
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/**
 * The most a plain purchase (amount, points earned, no badge) may take, and on a wide screen. On a
 * phone the collapsed row shows the whole place, up to three lines beside last year's date.
 */
const PLAIN_MAX = 135;
const PLAIN_MAX_WIDE = 80;

const shadow = (el: LoyaltyHistory) => el.shadowRoot!;
const articles = (el: LoyaltyHistory) => [...shadow(el).querySelectorAll<HTMLElement>('[role="article"]')];
const isPlain = (a: HTMLElement) =>
  a.classList.contains('kind-purchase') && !a.querySelector('[part~="badge"]') && a.querySelectorAll('[part~="bonus"]').length === 1;

async function mount(width: number, theme: 'light' | 'dark', style = '', rows = 100, lang = 'ru'): Promise<LoyaltyHistory> {
  // The demo's font stack: here DejaVu Sans, wider than most phone fonts.
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px;font-family:${FONT}"></div>`);
  const el = document.createElement('loyalty-history');
  for (const [k, v] of Object.entries({ lang, token: '1001', 'site-code': 'test', 'page-size': String(rows), 'time-zone': 'Europe/Moscow', theme })) el.setAttribute(k, v);
  if (style) el.setAttribute('style', style);
  box.append(el);
  await waitUntil(() => articles(el).length >= rows, `${rows} rows`, { timeout: 10000 });
  await el.updateComplete;
  return el;
}

/** Opens one row of each kind that has something to show in its details. */
async function expandSome(el: LoyaltyHistory): Promise<void> {
  for (const kind of ['coupon', 'refund', 'certificate', 'burnt', 'bonus-gift', 'purchase']) {
    const row = articles(el).find((a) => a.classList.contains(`kind-${kind}`));
    row?.querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
    await el.updateComplete;
  }
}

/** Words (runs between ordinary spaces, or after a hyphen as in "Интернет-магазин") whose rendered text is split over two lines. */
function brokenWords(root: ParentNode): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.closest('.vh')) continue;
    const text = n.data;
    for (const m of text.matchAll(/[^ \n\t-]+-?/g)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}

describe('<loyalty-history> on a phone', () => {
  for (const width of WIDTHS) {
    for (const theme of ['light', 'dark'] as const) {
      const lang = theme === 'light' ? 'ru' : 'en';
      it(`${width}px, ${theme}, ${lang}: plain purchases are short, no word is broken, targets are 44px, contrast is AA`, async () => {
        const el = await mount(width, theme, '', 100, lang);
        const plain = articles(el).filter(isPlain);
        expect(plain.length, 'plain purchases in the first page').to.be.above(20);
        const heights = plain.map((a) => a.getBoundingClientRect().height);
        const max = Math.max(...heights);
        expect(max, `tallest plain purchase at ${width}px`).to.be.at.most(width >= 600 ? PLAIN_MAX_WIDE : PLAIN_MAX);
        if (theme === 'light') console.log(`plain purchase at ${width}px: ${Math.min(...heights).toFixed(1)}-${max.toFixed(1)} px`);

        await expandSome(el);
        expect(shadow(el).querySelectorAll('[part~="details"]').length).to.be.at.least(5);
        expect(brokenWords(shadow(el)), 'words split over two lines').to.deep.equal([]);

        for (const b of shadow(el).querySelectorAll<HTMLElement>('button')) {
          const r = b.getBoundingClientRect();
          expect(Math.min(r.width, r.height), `${b.className} "${b.textContent}"`).to.be.at.least(44);
        }
        const scroller = shadow(el).querySelector<HTMLElement>('[part~="scroller"]')!;
        expect(scroller.scrollWidth, 'no horizontal scroll').to.be.at.most(scroller.clientWidth);
        // Pages far below the fold skip rendering (content-visibility: auto); in WebKit, axe then
        // measured their month summaries against white instead of the dark theme's background,
        // in one run out of two. Contrast is checked with every page rendered.
        for (const chunk of shadow(el).querySelectorAll<HTMLElement>('.chunk')) chunk.style.contentVisibility = 'visible';
        await expect(el).to.be.accessible();
      });
    }
  }

  it('details: below about 420 px each label sits above its value; wider, beside it; the coupon code lines up with its label', async () => {
    for (const width of [360, 1280]) {
      const el = await mount(width, 'light');
      const coupon = articles(el).find((a) => a.classList.contains('kind-coupon'))!;
      coupon.querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
      await el.updateComplete;
      const open = articles(el).find((a) => a.classList.contains('expanded'))!;
      for (const dt of open.querySelectorAll('dt')) {
        const l = dt.getBoundingClientRect();
        const dd = dt.nextElementSibling!;
        const v = (dd.querySelector('.code') ?? dd).getBoundingClientRect();
        if (width < 420) {
          expect(v.top, `${dt.textContent}: value under its label`).to.be.at.least(l.bottom - 1);
          expect(Math.abs(v.left - l.left), 'aligned on the left').to.be.below(1);
        } else {
          expect(Math.abs(v.top - l.top), `${dt.textContent}: value beside its label`).to.be.below(4);
          expect(v.left).to.be.above(l.right);
        }
      }
      const label = open.querySelector('.detail-coupon dt')!.getBoundingClientRect();
      const code = open.querySelector('.detail-coupon .code')!.getBoundingClientRect();
      const copy = open.querySelector('.detail-coupon .copy')!.getBoundingClientRect();
      if (width < 420) expect(Math.abs(code.left - label.left), 'code under its label').to.be.below(1);
      else expect(Math.abs(code.top - label.top), 'code on its label\'s line').to.be.below(4);
      expect(Math.abs((copy.top + copy.bottom) / 2 - (code.top + code.bottom) / 2), 'copy button centred on the code').to.be.below(2);
    }
  });

  it('in a fixed-height element the header with the filters stays in reach while the rows scroll', async () => {
    const el = await mount(390, 'light', 'height:500px', 40);
    await waitUntil(() => el.getAttribute('scroll') === 'self', 'scrolls its own box');
    const scroller = shadow(el).querySelector<HTMLElement>('[part~="scroller"]')!;
    scroller.scrollTop = 2000;
    await waitUntil(() => scroller.scrollTop > 1500, 'scrolled');
    const header = shadow(el).querySelector('[part~="header"]')!.getBoundingClientRect();
    expect(Math.abs(header.top - scroller.getBoundingClientRect().top)).to.be.below(1);
    const tab = shadow(el).querySelector<HTMLElement>('[data-filter="bonus"]')!;
    const r = tab.getBoundingClientRect();
    expect(shadow(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), 'the tab is on top, not a row').to.equal(tab);
  });
});
