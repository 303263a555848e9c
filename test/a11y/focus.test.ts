import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { articles, mountMember, part, root } from './widget.js';

/**
 * Focus Not Obscured (WCAG 2.4.11): in a widget that scrolls its own box, the header with the
 * filters sticks to the top; a row that gets keyboard focus scrolls clear of it, entered by Tab or
 * Shift+Tab (the feed is one Tab stop) and moved through by Page Up as well as Page Down.
 */
async function fixedHeightWidget(style = ''): Promise<LoyaltyHistory> {
  const el = await mountMember(390, 20, { theme: 'light', 'load-mode': 'button' }, `height:520px;${style}`);
  await waitUntil(() => el.getAttribute('scroll') === 'self', 'the widget scrolls its own box');
  return el;
}

/**
 * Shift+Tab. Puppeteer (Chromium, Firefox) holds Shift with `down`/`up`; WebKit's WebDriver only
 * types, and a WebDriver key sequence keeps a modifier (U+E008 Shift) held for the keys after it.
 */
async function shiftTab(): Promise<void> {
  try {
    await sendKeys({ down: 'Shift' });
  } catch {
    await sendKeys({ type: '\uE008\uE004' });
    return;
  }
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** How much of the focused element the sticky header hides. */
async function hidden(el: LoyaltyHistory): Promise<{ what: string; underHeader: number }> {
  await nextFrame();
  const focused = root(el).activeElement as HTMLElement;
  const r = focused.getBoundingClientRect();
  const header = part(el, 'header').getBoundingClientRect();
  return {
    what: `${focused.className} ${focused.closest<HTMLElement>('[data-key]')?.dataset['key'] ?? ''}`,
    underHeader: Math.max(0, Math.min(r.bottom, header.bottom) - r.top),
  };
}

describe('keyboard focus in a widget with a sticky header', () => {
  for (const [name, style] of [['', ''], [', 200% text', '--loyalty-history-font-size: 32px']]) {
    it(`Shift+Tab from Show more, then Page Up row by row, never leaves the focused row under the header${name}`, async () => {
      const el = await fixedHeightWidget(style);
      // The row last visited is the feed's Tab stop: Shift+Tab from Show more comes back to it.
      articles(el).at(-1)!.focus();
      part(el, 'show-more').focus();
      await nextFrame();
      await shiftTab();
      for (let i = 0; i < 16; i++) {
        const seen = await hidden(el);
        expect(seen.underHeader, `press ${i + 1}: ${seen.what} under the header`).to.be.at.most(0.5);
        await sendKeys({ press: 'PageUp' });
      }
    });
  }

  it('Tab from the filters into rows half under the header, then Page Down, scrolls each clear of it', async () => {
    const el = await fixedHeightWidget();
    const box = part(el, 'scroller');
    // The first rows sit just below the top of the box, under the header: on screen, but hidden.
    const first = articles(el)[0]!;
    box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - 20;
    await nextFrame();
    root(el).querySelector<HTMLElement>('[data-filter="bonus"]')!.focus({ preventScroll: true });
    for (let i = 0; i < 8; i++) {
      // Tab enters the feed at its first row; Page Down goes on from row to row.
      await sendKeys({ press: i === 0 ? 'Tab' : 'PageDown' });
      const seen = await hidden(el);
      expect(articles(el).some((a) => a.contains(root(el).activeElement)), `press ${i + 1}: focus in the feed`).to.equal(true);
      expect(seen.underHeader, `press ${i + 1}: ${seen.what} under the header`).to.be.at.most(0.5);
    }
  });
});
