import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { FakePlatform, makeRows } from './helpers/fake-platform.js';

/** A partner page whose global CSS is as hostile as old CMS themes get. */
const HOSTILE = `
  * { all: unset; }
  html { font-size: 48px !important; line-height: 5 !important; }
  div { display: none !important; }
  *, *::before, *::after { box-sizing: content-box !important; padding: 7px; }
  section { letter-spacing: 6px; text-transform: uppercase; color: rgb(255, 0, 255); text-align: right; }
  article, button { display: inline !important; float: left; width: 10px; }
`;

describe('<loyalty-history> on a hostile page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  const cleanups: (() => void)[] = [];
  const after = (f: () => void) => cleanups.push(f);
  afterEach(() => {
    style.remove();
    cleanups.splice(0).forEach((f) => f());
  });

  for (const width of [320, 800]) {
    it(`keeps its layout at ${width}px`, async () => {
      const platform = new FakePlatform({ rows: makeRows(8), base: 0 });
      // Not in a <div>: the page hides every div.
      const section = document.createElement('section');
      section.setAttribute('style', `display:block;width:${width}px`);
      const el = document.createElement('loyalty-history');
      Object.assign(el, { lang: 'ru', token: '1', card: '2700000001001', fetch: platform.fetch });
      section.append(el);
      document.body.append(section);
      after(() => section.remove());
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="article"]').length === 8, 'rows');
      await el.updateComplete;
      // `* { all: unset }` makes the host itself inline; its box is the scroller inside.
      const hostBox = el.shadowRoot!.querySelector('[part~="scroller"]')!.getBoundingClientRect();
      expect(hostBox.width, 'fills its container').to.be.within(width - 16, width + 0.5);
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="article"]')];
      let previousBottom = -Infinity;
      for (const row of rows) {
        const r = row.getBoundingClientRect();
        expect(r.height, 'row visible').to.be.greaterThan(30);
        expect(r.left).to.be.at.least(hostBox.left - 0.5);
        expect(r.right).to.be.at.most(hostBox.right + 0.5);
        expect(r.top, 'rows stack').to.be.at.least(previousBottom - 0.5);
        previousBottom = r.bottom;
        const cs = getComputedStyle(row);
        expect(cs.display).to.not.equal('none');
        expect(cs.letterSpacing).to.equal('normal');
        expect(cs.textTransform).to.equal('none');
      }
      const title = getComputedStyle(rows[0]!.querySelector('.title')!);
      expect(parseFloat(title.fontSize), 'the page root font size does not leak in').to.be.below(24);
      const toggle = rows[0]!.querySelector<HTMLElement>('[data-action="toggle"]')!.getBoundingClientRect();
      expect(Math.min(toggle.width, toggle.height), 'touch target').to.be.at.least(44);
      expect(el.shadowRoot!.querySelector('[part~="scroller"]')!.scrollWidth).to.be.at.most(Math.ceil(hostBox.width));
    });
  }
});
