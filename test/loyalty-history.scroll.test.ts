import { expect, fixture, html, waitUntil, nextFrame, aTimeout } from '@open-wc/testing';
import '../src/define.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';
import { FakePlatform, makeRows } from './helpers/fake-platform.js';

/** The infinite feed against the mock platform served by the test server at /api. */

const articles = (el: LoyaltyHistory) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="article"]')];
const ended = (el: LoyaltyHistory) => !!el.shadowRoot!.querySelector('[part~="end"]');

async function readToEnd(el: LoyaltyHistory, scroll: () => void, expected: number): Promise<void> {
  const duplicates: number[] = [];
  el.addEventListener('loyalty-history-load', () => {
    const keys = articles(el).map((a) => a.dataset['key']);
    if (new Set(keys).size !== keys.length) duplicates.push(keys.length);
  });
  for (let i = 0; i < 400 && !ended(el); i++) {
    scroll();
    await nextFrame();
    await aTimeout(10);
  }
  await waitUntil(() => ended(el), 'end of list', { timeout: 5000 });
  expect(duplicates, 'a duplicate was in the DOM').to.deep.equal([]);
  const rows = articles(el);
  expect(rows).to.have.length(expected);
  expect(rows.map((a) => Number(a.getAttribute('aria-posinset')))).to.deep.equal([...Array(expected).keys()].map((i) => i + 1));
  const times = rows.map((a) => a.querySelector('time')?.getAttribute('datetime') ?? '');
  expect([...times].sort().reverse(), 'newest first, in order').to.deep.equal(times);
}

describe('<loyalty-history> infinite scroll', () => {
  for (const base of [1, 0] as const) {
    it(`reads 1,000 rows to the end when the page scrolls (mock Start base ${base})`, async () => {
      const el = await fixture<LoyaltyHistory>(html`<loyalty-history lang="ru" token="1003" site-code="test" page-size="100" auto-load-limit="0"
        api-base=${base === 0 ? '/api/mock/base=0' : '/api'}></loyalty-history>`);
      await waitUntil(() => articles(el).length > 0, 'first page', { timeout: 5000 });
      expect(el.hasAttribute('scroll'), 'a host without a height lets the page scroll').to.equal(false);
      await readToEnd(el, () => window.scrollTo(0, document.documentElement.scrollHeight), 1000);
      window.scrollTo(0, 0);
    });
  }

  it('reads to the end inside a container that scrolls', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="height:320px;overflow:auto">
      <loyalty-history lang="en" token="1001" site-code="test" page-size="25"></loyalty-history></div>`);
    const el = box.querySelector('loyalty-history')!;
    await waitUntil(() => articles(el).length > 0, 'first page', { timeout: 5000 });
    await readToEnd(el, () => (box.scrollTop = box.scrollHeight), 150);
  });

  it('scrolls itself when given a height even when the first page already reaches the auto-load limit', async () => {
    const el = await fixture<LoyaltyHistory>(html`<loyalty-history lang="ru" token="1003" site-code="test" page-size="100"
      style="height:400px"></loyalty-history>`);
    await waitUntil(() => articles(el).length === 100, 'first page', { timeout: 5000 });
    await waitUntil(() => el.getAttribute('scroll') === 'self', 'scroll="self"', { timeout: 5000 });
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => articles(el).length > 100, 'its own box loads on without a limit', { timeout: 5000 });
  });

  it('scrolls itself when the host is given a height, with sticky day headers inside', async () => {
    const el = await fixture<LoyaltyHistory>(html`<loyalty-history lang="ru" token="1001" site-code="test" page-size="30"
      style="height:400px"></loyalty-history>`);
    await waitUntil(() => el.getAttribute('scroll') === 'self', 'scroll="self"', { timeout: 5000 });
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.clientHeight).to.equal(400);
    await readToEnd(el, () => (scroller.scrollTop = scroller.scrollHeight), 150);
    expect(el.getBoundingClientRect().height).to.equal(400);
  });

  it('asks for the next page about a viewport before the end comes into view', async () => {
    const platform = new FakePlatform({ rows: makeRows(300), base: 0 });
    const el = await fixture<LoyaltyHistory>(html`<loyalty-history lang="ru" token="1" page-size="20" style="height:300px"
      .fetch=${platform.fetch}></loyalty-history>`);
    await waitUntil(() => articles(el).length >= 20, 'first page');
    await aTimeout(100);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    const sentinel = el.shadowRoot!.querySelector<HTMLElement>('.sentinel')!;
    const before = platform.requests;
    // Scroll until the end of the list is just under one viewport away, still out of sight.
    while (sentinel.getBoundingClientRect().top - scroller.getBoundingClientRect().bottom > 250) {
      scroller.scrollTop += 50;
      await nextFrame();
    }
    await waitUntil(() => platform.requests > before, 'a request before the end is visible', { timeout: 2000 });
    expect(sentinel.getBoundingClientRect().top).to.be.greaterThan(scroller.getBoundingClientRect().bottom);
  });

  it('keeps focus when an error replaces the loading indicator, and after Retry', async () => {
    let fail = true;
    const platform = new FakePlatform({
      rows: makeRows(30),
      base: 0,
      delay: 50,
      respond: (body) => (body['Start'] !== 0 && fail ? new Response('<html>') : undefined),
    });
    const el = await fixture<LoyaltyHistory>(html`<loyalty-history lang="en" token="1" page-size="10" load-mode="button"
      .fetch=${platform.fetch}></loyalty-history>`);
    await waitUntil(() => articles(el).length === 10, 'first page');
    await el.updateComplete;
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="more"]')!;
    more.focus();
    more.click();
    await waitUntil(() => !!el.shadowRoot!.querySelector('[data-action="retry"]'), 'error');
    await el.updateComplete;
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused()?.dataset['action'], 'focus moved to Retry').to.equal('retry');
    fail = false;
    focused()!.click();
    await waitUntil(() => articles(el).length === 20, 'second page');
    await el.updateComplete;
    expect(focused(), 'focus stayed in the widget').to.not.equal(null);
  });

  it('announces each load politely, never the whole list', async () => {
    const platform = new FakePlatform({ rows: makeRows(12), base: 0 });
    const el = await fixture<LoyaltyHistory>(html`<loyalty-history lang="ru" token="1" page-size="5" load-mode="button"
      .fetch=${platform.fetch}></loyalty-history>`);
    await waitUntil(() => articles(el).length === 5);
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent?.trim()).to.equal('Загружено 5 из 12');
    expect(el.shadowRoot!.querySelector('[role="feed"]')!.hasAttribute('aria-live')).to.equal(false);
  });
});
