// Settings as a page changes them: which ones read the history again, which ones only re-render
// what is shown, and how blank, padded or differently cased values are taken.
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';
import { FakePlatform, makeRows } from './helpers/fake-platform.js';

const shadow = (el: LoyaltyHistory) => el.shadowRoot!;
const articles = (el: LoyaltyHistory) => [...shadow(el).querySelectorAll<HTMLElement>('[role="article"]')];
const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
const pressedTab = (el: LoyaltyHistory) => shadow(el).querySelector('[part~="tab"][aria-pressed="true"], [part~="tab"][aria-selected="true"]');

/** A widget in a 400 px box that scrolls itself, its `fetch` answered by `platform`. */
async function mount(platform: FakePlatform, attrs = ''): Promise<LoyaltyHistory> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<loyalty-history lang="ru" token="1" site-code="demo" ${attrs} style="height: 400px"></loyalty-history>`;
  const el = wrapper.firstElementChild as LoyaltyHistory;
  el.fetch = platform.fetch;
  return el;
}

async function loaded(el: LoyaltyHistory, rows: number): Promise<void> {
  await waitUntil(() => articles(el).length >= rows, `${rows} rows`, { timeout: 5000 });
  await el.updateComplete;
}

/** Waits long enough for a request a change would start to have left. */
async function settle(el: LoyaltyHistory): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
}

describe('<loyalty-history> settings', () => {
  it('filter="Cheque" asks for cheques and shows the Purchases tab pressed', async () => {
    const platform = new FakePlatform({ rows: makeRows(5) });
    const el = await mount(platform, 'filter="Cheque"');
    await loaded(el, 5);
    expect(platform.parsed[0]!['Cheque']).to.equal(true);
    expect(text(pressedTab(el)!)).to.contain('Покупки');
  });

  for (const [what, zone] of [['empty', ''], ['padded', '  Europe/Moscow  ']] as const) {
    it(`${what === 'empty' ? 'an' : 'a'} ${what} server-time-zone means the default zone: the rows load`, async () => {
      const platform = new FakePlatform({ rows: [{ Id: 1, ChequeId: 2, Amount: 100, Proctime: '2025-11-06T12:00:00' }] });
      const el = await mount(platform, `server-time-zone="${zone}"`);
      await loaded(el, 1);
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      // 12:00 in Moscow is 09:00 UTC.
      const time = articles(el)[0]!.querySelector('time')?.getAttribute('datetime');
      expect(time).to.equal('2025-11-06T09:00:00.000Z');
    });
  }

  it('a wrong server-time-zone is a config error naming the attribute, with no request', async () => {
    const platform = new FakePlatform();
    const error = oneEvent(document, 'loyalty-history-error');
    await mount(platform, 'server-time-zone="Mars/Olympus"');
    const event = await error;
    expect(event.detail.kind).to.equal('config');
    expect(event.detail.attribute).to.equal('server-time-zone');
    expect(event.detail.message).to.match(/^server-time-zone /);
    expect(platform.requests).to.equal(0);
  });

  const presentation: [string, string, (el: LoyaltyHistory) => void][] = [
    ['currency', 'USD', (el) => expect(text(articles(el)[0]!)).to.contain('$')],
    ['time-zone', 'Asia/Tokyo', (el) => expect(text(articles(el)[0]!)).to.contain('21:00')],
    ['lang', 'en', (el) => expect(text(shadow(el))).to.contain('Purchase')],
    ['theme', 'dark', (el) => expect(getComputedStyle(el).colorScheme).to.contain('dark')],
    ['load-mode', 'button', (el) => expect(shadow(el).querySelector('[data-action="more"]')).not.to.equal(null)],
    ['auto-load-limit', '10', () => {}],
    ['no-filters', '', (el) => expect(shadow(el).querySelector('[part~="tabs"]')).to.equal(null)],
  ];
  for (const [attribute, value, shows] of presentation) {
    it(`setting ${attribute} after loading re-renders the rows in place, asking nothing`, async () => {
      const rows = makeRows(45).map((r) => ({ ...r, Proctime: '2025-11-06T12:00:00+00:00' }));
      const platform = new FakePlatform({ rows });
      const el = await mount(platform, 'time-zone="UTC"');
      await loaded(el, 20);
      const before = { requests: platform.requests, rows: articles(el).length };
      el.setAttribute(attribute, value);
      await settle(el);
      expect(platform.requests, 'requests').to.equal(before.requests);
      expect(articles(el).length, 'rows shown').to.equal(before.rows);
      shows(el);
    });
  }

  it('load-mode="button" after loading makes the next page wait for Show more', async () => {
    const platform = new FakePlatform({ rows: makeRows(45), base: 0 });
    const el = await mount(platform);
    await loaded(el, 20);
    el.loadMode = 'button';
    await settle(el);
    const box = shadow(el).querySelector<HTMLElement>('[part="scroller"]')!;
    box.scrollTop = box.scrollHeight;
    await settle(el);
    expect(platform.requests, 'scrolling to the end asks nothing').to.equal(1);
    shadow(el).querySelector<HTMLElement>('[data-action="more"]')!.click();
    await loaded(el, 40);
    expect(platform.requests).to.equal(2);
  });

  const request: [string, string][] = [
    ['page-size', '10'],
    ['filter', 'bonus'],
    ['card', '1234'],
    ['order-id', '77'],
    ['server-time-zone', 'UTC'],
  ];
  for (const [attribute, value] of request) {
    it(`setting ${attribute} after loading reads the history again`, async () => {
      const platform = new FakePlatform({ rows: makeRows(45) });
      const el = await mount(platform);
      await loaded(el, 20);
      el.setAttribute(attribute, value);
      await waitUntil(() => platform.requests === 2, 'a second request');
      await settle(el);
      expect(platform.requests).to.equal(2);
    });
  }

  it('a wrong display setting after loading keeps the rows, says what is wrong, and resumes once fixed', async () => {
    const platform = new FakePlatform({ rows: makeRows(45) });
    const el = await mount(platform);
    await loaded(el, 20);
    setTimeout(() => el.setAttribute('currency', 'RUBLE'));
    const event = await oneEvent(el, 'loyalty-history-error');
    expect(event.detail.attribute).to.equal('currency');
    await settle(el);
    expect(articles(el).length, 'rows kept').to.equal(20);
    expect(text(shadow(el).querySelector('[role="alert"]')!)).not.to.equal('');
    el.setAttribute('currency', 'EUR');
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(text(articles(el)[0]!)).to.contain('€');
    expect(platform.requests).to.equal(1);
  });
});
