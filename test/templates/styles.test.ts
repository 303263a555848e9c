import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Operation } from '../../src/api/types.js';
import { getFormatter } from '../../src/format/intl.js';
import { describeOperation } from '../../src/model/operation.js';
import { renderHeader } from '../../src/templates/header.js';
import { renderMonthHeader } from '../../src/templates/month.js';
import { renderRow } from '../../src/templates/row.js';
import { mount } from './helpers.js';

const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const now = new Date('2025-11-06T12:00:00Z');
const op = (over: Partial<Operation> = {}): Operation => ({
  id: '1', chequeId: '1', amount: 1500, added: 61.7, proctime: now, partnerName: 'Победа', posName: 'ТЦ', ...over,
});
const rowT = (o: Operation, key = '1', expanded = false) =>
  renderRow(o, describeOperation(o, now), { fmt, now, key, posinset: 1, setsize: 1, expanded, parentLoaded: false });

/**
 * sRGB relative luminance and WCAG contrast of two computed colours. Colours are resolved inside
 * `within`, so light-dark() picks by that box's colour scheme.
 */
function rgb(color: string, within: Element = document.body): [number, number, number] {
  const probe = document.createElement('i');
  probe.style.color = color;
  within.append(probe);
  const m = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return [m[0]!, m[1]!, m[2]!];
}
function contrast(a: string, b: string, within?: Element): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c, within).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('styles', () => {
  it('default colours reach WCAG AA contrast in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { box } = await mount(html``, { theme });
      const v = (n: string) => getComputedStyle(box).getPropertyValue(`--_lh-${n}`).trim();
      const pairs: [string, string][] = [
        ['text', 'bg'], ['muted', 'bg'], ['accent', 'bg'], ['positive', 'bg'], ['negative', 'bg'],
        ['text', 'surface'], ['muted', 'surface'], ['accent', 'surface'], ['negative', 'surface'], ['on-accent', 'accent'],
      ];
      for (const [fg, bg] of pairs) expect(contrast(v(fg), v(bg), box), `${theme}: ${fg} on ${bg}`).to.be.at.least(4.5);
    }
  });

  it('custom properties restyle the widget', async () => {
    const { host, root, box } = await mount(renderHeader({ fmt, total: 1, filter: 'all', showFilters: true }));
    host.style.setProperty('--loyalty-history-accent', 'rgb(1, 2, 3)');
    host.style.setProperty('--loyalty-history-font', 'monospace');
    host.style.setProperty('--loyalty-history-font-size', '20px');
    expect(getComputedStyle(root.querySelector('[aria-pressed="true"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(box).fontFamily).to.equal('monospace');
    expect(getComputedStyle(box).fontSize).to.equal('20px');
  });

  it('hostile page CSS does not leak into the widget', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `* { all: unset; } div { font-size: 40px; line-height: 9; letter-spacing: 10px; text-transform: uppercase;
      color: rgb(255, 0, 255); visibility: hidden; white-space: pre; font-style: italic; text-align: right; word-spacing: 30px; }`;
    document.head.append(hostile);
    try {
      const { root } = await mount(html`<div class="feed" role="feed" aria-label="x">${rowT(op())}</div>`);
      const reference = document.createElement('span');
      reference.style.cssText = 'all: initial; font-size: medium';
      document.body.append(reference);
      const medium = getComputedStyle(reference).fontSize;
      reference.remove();
      const title = getComputedStyle(root.querySelector('.title')!);
      expect(title.fontSize).to.equal(medium);
      expect(title.letterSpacing).to.equal('normal');
      expect(title.wordSpacing).to.equal('0px');
      expect(title.textTransform).to.equal('none');
      expect(title.visibility).to.equal('visible');
      expect(title.whiteSpace).to.equal('normal');
      expect(title.fontStyle).to.equal('normal');
      expect(title.textAlign).to.equal('start');
      expect(title.color).to.not.equal('rgb(255, 0, 255)');
      expect(parseFloat(title.lineHeight)).to.be.below(parseFloat(medium) * 2);
    } finally {
      hostile.remove();
    }
  });

  for (const width of [320, 1200]) {
    it(`no horizontal scroll at ${width}px, even with a 5,000-character name`, async () => {
      const long = 'Ш'.repeat(5000);
      const rows = [
        rowT(op({ partnerName: long, posName: long, amount: 987654321.99, added: 123456.78, redeemed: 99999 }), '1', true),
        rowT(op({ bonusSourceName: long, chequeId: undefined, amount: undefined, couponNumber: long, remain: 5, expiryDate: new Date('2025-11-20T00:00:00Z') }), '2', true),
      ];
      const { box, root } = await mount(html`${renderHeader({ fmt, card: '4321', total: 123456, filter: 'all', showFilters: true })}<div class="feed" role="feed" aria-label="x">${rows}</div>`, { width });
      for (const a of root.querySelectorAll<HTMLElement>('article')) a.style.contentVisibility = 'visible';
      expect(box.scrollWidth, 'widget').to.be.at.most(box.clientWidth);
      for (const el of root.querySelectorAll<HTMLElement>('article, .header, .details')) {
        expect(el.scrollWidth, el.className).to.be.at.most(el.clientWidth);
        expect(el.getBoundingClientRect().right, el.className).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      }
      for (const b of root.querySelectorAll('button')) {
        const r = b.getBoundingClientRect();
        expect(Math.min(r.width, r.height), b.className).to.be.at.least(44);
      }
    });
  }

  it('scrolls itself only with scroll="self" and a height; the page scrolls otherwise', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => rowT(op({ id: String(i) }), String(i)));
    const tpl = html`<div class="feed" role="feed" aria-label="x">${rows}</div>`;
    const page = await mount(tpl);
    expect(getComputedStyle(page.box).overflowY).to.equal('visible');
    expect(page.box.clientHeight).to.be.above(20 * 70);

    const self = await mount(tpl);
    self.host.setAttribute('scroll', 'self');
    self.host.style.height = '200px';
    expect(self.box.clientHeight).to.equal(200);
    expect(self.box.scrollHeight).to.be.above(1000);
    expect(getComputedStyle(self.box).overscrollBehaviorY).to.equal('contain');

    const capped = await mount(tpl);
    capped.host.setAttribute('scroll', 'self');
    capped.host.style.maxHeight = '300px';
    expect(capped.box.clientHeight).to.equal(300);
  });

  it('month bands stick, under the sticky header of a widget that scrolls itself, and off-screen pages skip rendering', async () => {
    const { root, host } = await mount(html`${renderHeader({ fmt, total: 1, filter: 'all', showFilters: true })}<div class="feed" role="feed" aria-label="x"><div class="chunk">${renderMonthHeader(now, fmt)}${rowT(op())}</div></div>`);
    expect(getComputedStyle(root.querySelector('.month')!).position).to.equal('sticky');
    expect(getComputedStyle(root.querySelector('.header')!).position, 'the page scrolls: the header scrolls away').to.equal('static');
    host.setAttribute('scroll', 'self');
    const header = getComputedStyle(root.querySelector('.header')!);
    expect(header.position).to.equal('sticky');
    expect(Number(header.zIndex), 'the header covers a band stuck under it').to.be.above(Number(getComputedStyle(root.querySelector('.month')!).zIndex));
    host.removeAttribute('scroll');
    const chunk = getComputedStyle(root.querySelector('.chunk')!);
    expect(chunk.display).to.equal('block');
    expect(chunk.contentVisibility, 'one content-visibility box per page, not per row').to.equal('auto');
    expect(getComputedStyle(root.querySelector('article')!).contentVisibility).to.equal('visible');
  });

  it('the hidden attribute hides the host', async () => {
    const { host } = await mount(html`<p>x</p>`);
    host.hidden = true;
    expect(getComputedStyle(host).display).to.equal('none');
  });

  it('every text of a row, its details, badges and month summary reaches AA contrast on what it is drawn on', async () => {
    const rows = [
      rowT(op({ added: 10, redeemed: 5, activeDate: new Date('2025-11-20T00:00:00Z') }), '1', true),
      rowT(op({ refund: true, added: 3, couponNumber: 'C-1' }), '2', true),
      rowT(op({ chequeId: undefined, amount: undefined, bonusId: '3', added: 40, remain: 40, expiryDate: new Date('2025-11-20T00:00:00Z') }), '3'),
      rowT(op({ chequeId: undefined, amount: undefined, bonusId: '4', redeemed: 40, expiryDate: now }), '4'),
    ];
    /** The first opaque background at or above an element. */
    const background = (el: Element | null): string => {
      for (; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
        const bg = getComputedStyle(el).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    for (const theme of ['light', 'dark'] as const) {
      const { root } = await mount(html`<div class="feed" role="feed" aria-label="x">${rows}</div>`, { theme });
      const texts = root.querySelectorAll('.title, .meta, .amount, .bonus, .badge, dt, dd, .copy, .goto');
      expect(texts.length).to.be.above(20);
      for (const el of texts) {
        const ratio = contrast(getComputedStyle(el).color, background(el));
        expect(ratio, `${theme}: .${el.className || el.localName} "${el.textContent}"`).to.be.at.least(4.5);
      }
    }
  });
});
