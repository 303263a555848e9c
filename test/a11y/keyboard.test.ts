import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { FakePlatform, makeRows } from '../helpers/fake-platform.js';
import { articles, container, mountIn, retryButton, root, type Props } from '../helpers/widget.js';

/**
 * The WAI-ARIA feed pattern's keyboard model: the feed is one Tab stop (the current article),
 * Page Down / Page Up move between articles, Enter or Space on an article opens it; the chevron
 * stays a button with `aria-expanded` for screen readers but is no Tab stop. Real key presses
 * (sendKeys: WebKit's driver only presses and types).
 */
async function mountWith(platform: FakePlatform, attrs: Record<string, string> = {}, props: Props = {}): Promise<{ el: LoyaltyHistory; before: HTMLButtonElement }> {
  const parent = await container();
  const before = document.createElement('button');
  before.textContent = 'before';
  parent.append(before);
  const el = mountIn(parent, { token: '1', 'load-mode': 'button', 'page-size': '20', ...attrs }, { fetch: platform.fetch, ...props });
  await waitUntil(() => articles(el).length >= Math.min(20, platform.rows.length), 'the first page', { timeout: 5000 });
  await el.updateComplete;
  await nextFrame();
  return { el, before };
}

const focused = (el: LoyaltyHistory): HTMLElement | null => root(el).activeElement as HTMLElement | null;
const showMore = (el: LoyaltyHistory): HTMLElement | null => root(el).querySelector<HTMLElement>('[data-action="more"]');

/** Presses Tab until `done`, at most `limit` times; returns how many presses it took. */
async function tabUntil(done: () => boolean, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await sendKeys({ press: 'Tab' });
    if (done()) return presses;
  }
  return Infinity;
}

describe('keyboard: the feed as one Tab stop', () => {
  it('reaches Show more past 20 rows in at most two presses from the first row, and in few from the page', async () => {
    const { el, before } = await mountWith(new FakePlatform({ rows: makeRows(45), base: 0 }));
    before.focus();
    const toFeed = await tabUntil(() => articles(el).includes(focused(el)!));
    expect(focused(el), 'the feed is entered at its first row').to.equal(articles(el)[0]);
    const toMore = await tabUntil(() => focused(el) === showMore(el));
    expect(toMore, 'Tab presses from the first row to Show more').to.be.at.most(2);
    expect(toFeed + toMore, 'Tab presses from the page to Show more').to.be.below(12);
  });

  it('Page Down and Page Up move the one Tab stop; Tab and Shift+Tab come back to the row last visited', async () => {
    const { el } = await mountWith(new FakePlatform({ rows: makeRows(45), base: 0 }));
    articles(el)[0]!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.equal(articles(el)[3]);
    await sendKeys({ press: 'PageUp' });
    expect(focused(el)).to.equal(articles(el)[2]);
    expect(articles(el).filter((a) => a.tabIndex === 0)).to.deep.equal([articles(el)[2]]);
    showMore(el)!.focus();
    // Shift+Tab: WebKit's WebDriver keeps a modifier (U+E008 Shift) held for the keys typed after it.
    try {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } catch {
      await sendKeys({ type: '\uE008\uE004' });
    }
    expect(focused(el), 'Shift+Tab from Show more lands on the row last visited').to.equal(articles(el)[2]);
  });

  it('Enter and Space on a row open and close it; the chevron is a button with aria-expanded, out of the Tab order', async () => {
    const { el } = await mountWith(new FakePlatform({ rows: makeRows(5), base: 0 }));
    const chevron = () => articles(el)[1]!.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!;
    expect(chevron().tabIndex).to.equal(-1);
    expect(chevron().getAttribute('aria-expanded')).to.equal('false');
    articles(el)[0]!.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'Enter' });
    expect(chevron().getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el), 'focus stays on the row rendered again').to.equal(articles(el)[1]);
    expect(articles(el)[1]!.tabIndex, 'the row rendered again is still the Tab stop').to.equal(0);
    expect(articles(el).filter((a) => a.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: ' ' });
    expect(chevron().getAttribute('aria-expanded')).to.equal('false');
  });

  it('a row rendered again by a click, while another row is the Tab stop, does not become a second one', async () => {
    const { el } = await mountWith(new FakePlatform({ rows: makeRows(5), base: 0 }));
    articles(el)[0]!.focus();
    articles(el)[3]!.querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
    await nextFrame();
    expect(articles(el).filter((a) => a.tabIndex === 0).map((a) => a.dataset['key'])).to.deep.equal([articles(el)[0]!.dataset['key']]);
  });

  it('after the last page comes by Show more, focus is on the first new row', async () => {
    const { el } = await mountWith(new FakePlatform({ rows: makeRows(30), base: 0 }));
    showMore(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => articles(el).length === 30 && showMore(el) === null, 'the last page', { timeout: 5000 });
    await waitUntil(() => focused(el) === articles(el)[20], `focus on row 21, not on ${focused(el)?.dataset['key'] ?? focused(el)?.className}`);
  });

  it('after several presses of Show more, focus is on the first row of the last page, not of the first', async () => {
    const { el } = await mountWith(new FakePlatform({ rows: makeRows(50), base: 0 }));
    showMore(el)!.focus();
    for (const rows of [40, 50]) {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => articles(el).length === rows, `${rows} rows`, { timeout: 5000 });
      await el.updateComplete;
    }
    await waitUntil(() => showMore(el) === null, 'the end');
    await waitUntil(() => focused(el) === articles(el)[40], `focus on row 41, not on ${focused(el)?.dataset['key'] ?? focused(el)?.className}`);
  });

  for (const mode of ['button', 'auto']) {
    it(`after the last page comes by Retry (load-mode="${mode}"), focus is on the first new row`, async () => {
      let failOnce = true;
      const platform = new FakePlatform({
        rows: makeRows(30),
        base: 0,
        delay: 40,
        respond: (body) => {
          if (Number(body['Start']) === 0 || !failOnce) return undefined;
          failOnce = false;
          return new Response('busy', { status: 503 });
        },
      });
      const { el } = await mountWith(platform, { 'load-mode': mode }, { retryPolicy: { retries: 0 } });
      if (mode === 'button') showMore(el)!.click();
      else articles(el).at(-1)!.scrollIntoView({ block: 'end' });
      await waitUntil(() => retryButton(el) !== null, 'Retry', { timeout: 5000 });
      retryButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => articles(el).length === 30, 'the last page', { timeout: 5000 });
      await waitUntil(() => focused(el) === articles(el)[20], `focus on row 21, not on ${focused(el)?.dataset['key'] ?? focused(el)?.className}`);
    });
  }
});

/**
 * Focus Not Obscured (WCAG 2.4.11) with the feed pattern's keys: in a widget that scrolls its own
 * box under a sticky header, the row Page Up or Page Down moves focus to scrolls clear of it.
 */
describe('keyboard: Page Up and Page Down keep the focused row clear of the sticky header', () => {
  async function fixedHeight(style = ''): Promise<LoyaltyHistory> {
    const parent = await container('width:390px');
    const el = mountIn(parent, { token: '1', 'load-mode': 'button', 'page-size': '20' }, { fetch: new FakePlatform({ rows: makeRows(45), base: 0 }).fetch }, `height:520px;${style}`);
    await waitUntil(() => articles(el).length >= 20 && el.getAttribute('scroll') === 'self', 'rows in a box that scrolls', { timeout: 5000 });
    await nextFrame();
    return el;
  }
  const underHeader = async (el: LoyaltyHistory): Promise<number> => {
    await nextFrame();
    const r = focused(el)!.getBoundingClientRect();
    const header = root(el).querySelector('[part="header"]')!.getBoundingClientRect();
    return Math.max(0, Math.min(r.bottom, header.bottom) - r.top);
  };

  // At 200% text a row may be taller than the room under the header: its top (the title) is shown.
  for (const [name, style] of [['', ''], [', 200% text', '--loyalty-history-font-size: 32px']]) {
    it(`Page Up from the last row, row by row${name}`, async () => {
      const el = await fixedHeight(style);
      articles(el).at(-1)!.focus();
      for (let i = 0; i < 16; i++) {
        await sendKeys({ press: 'PageUp' });
        expect(focused(el), `press ${i + 1}`).to.equal(articles(el)[18 - i]);
        expect(await underHeader(el), `press ${i + 1}: row under the header`).to.be.at.most(0.5);
      }
    });
  }

  it('Tab from the filters into the first row half under the header, then Page Down', async () => {
    const el = await fixedHeight();
    const box = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
    const first = articles(el)[0]!;
    box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - 20;
    await nextFrame();
    root(el).querySelector<HTMLElement>('[data-filter="bonus"]')!.focus({ preventScroll: true });
    for (let i = 0; i < 8; i++) {
      // Firefox scrolls to what Tab reaches only when none of it is in view: the feed brings it clear.
      await sendKeys({ press: i === 0 ? 'Tab' : 'PageDown' });
      expect(focused(el), `press ${i + 1}`).to.equal(articles(el)[i]);
      expect(await underHeader(el), `press ${i + 1}: row under the header`).to.be.at.most(0.5);
    }
  });
});
