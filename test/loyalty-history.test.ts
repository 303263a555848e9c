import { expect, fixture, html, oneEvent, waitUntil, nextFrame, aTimeout } from '@open-wc/testing';
import '../src/define.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';
import { FakePlatform, json, makeRows } from './helpers/fake-platform.js';

const seedText = await (await fetch(new URL('./fixtures/seed-response.json', import.meta.url))).text();

async function mount(platform: FakePlatform, attrs = '', style = ''): Promise<LoyaltyHistory> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const defaults = ['lang="ru"', 'token="1"', 'site-code="demo"'].filter((d) => !attrs.includes(d.split('=')[0]! + '='));
  wrapper.innerHTML = `<loyalty-history ${defaults.join(' ')} ${attrs} style="${style}"></loyalty-history>`;
  const el = wrapper.firstElementChild as LoyaltyHistory;
  el.fetch = platform.fetch;
  return el;
}

const shadow = (el: LoyaltyHistory) => el.shadowRoot!;
const articles = (el: LoyaltyHistory) => [...shadow(el).querySelectorAll<HTMLElement>('[role="article"]')];
const feed = (el: LoyaltyHistory) => shadow(el).querySelector<HTMLElement>('[role="feed"]')!;
const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
const rowsShown = (el: LoyaltyHistory, n: number) => waitUntil(() => articles(el).length >= n, `${n} rows`, { timeout: 5000 });

describe('<loyalty-history>', () => {
  // Lit's dev build warns once per kind of mistake (an update scheduled during an update, …):
  // watch the console for the whole file, so a warning from any test is caught.
  const warnings: string[] = [];
  const originalWarn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
      originalWarn(...args);
    };
  });
  after(() => {
    console.warn = originalWarn;
    expect(warnings, 'Lit dev-mode warnings').to.deep.equal([]);
  });

  // The first render builds the formatters (~25 ms in a fresh page): the request must not wait for it.
  for (const [kind, headers] of [
    ['no headers provider', undefined],
    ['a headers provider that answers at once', () => ({ Authorization: 'Bearer at-once' })],
  ] as const) {
    it(`asks for the first page before its first render, with ${kind}`, async () => {
      const platform = new FakePlatform({ rows: makeRows(5) });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('loyalty-history');
      const asked: [rendered: boolean, auth: string | null][] = [];
      el.fetch = (input, init) => {
        asked.push([el.hasUpdated, new Headers(init?.headers).get('Authorization')]);
        return platform.fetch(input, init);
      };
      if (headers) el.headers = headers;
      el.setAttribute('token', '1');
      wrapper.append(el);
      await waitUntil(() => el.shadowRoot?.querySelectorAll('[role="article"]').length === 5, 'the rows');
      expect(asked, 'one request, before the first render, with the headers').to.deep.equal([[false, headers ? 'Bearer at-once' : null]]);
    });
  }

  it('sends only the fields it was given, integers with their digits verbatim', async () => {
    const platform = new FakePlatform({ rows: [] });
    const el = await mount(platform, 'token="9007199254740993" card="1234567890123456789" phone="9153992642" client="42" partner="7" pos-code="pobeda1" operator="3" order-id="88" page-size="15" filter="cheque"');
    await waitUntil(() => platform.requests === 1);
    const body = platform.bodies[0]!;
    expect(body).to.contain('"Token":9007199254740993');
    expect(body).to.contain('"Card":1234567890123456789');
    const { Token, Card, ...rest } = platform.parsed[0]!;
    expect([typeof Token, typeof Card]).to.deep.equal(['number', 'number']);
    expect(rest).to.deep.equal({
      SiteCode: 'demo', Phone: 9153992642, Client: 42, Partner: 7, PosCode: 'pobeda1', Operator: 3, OrderId: 88, Cheque: true, Start: 0, Length: 15,
    });
    el.filter = 'bonus';
    await waitUntil(() => platform.requests === 2);
    expect(platform.parsed[1]).to.include({ Bonus: true });
    expect(platform.parsed[1]).to.not.have.property('Cheque');
  });

  it('leaves out every field that was not given', async () => {
    const platform = new FakePlatform({ rows: [] });
    await mount(platform);
    await waitUntil(() => platform.requests === 1);
    expect(Object.keys(platform.parsed[0]!).sort()).to.deep.equal(['Length', 'SiteCode', 'Start', 'Token']);
  });

  it("shows the server's Message for the seed's sample response, whose ErrorCode is 1", async () => {
    const platform = new FakePlatform({ respond: () => json(seedText) });
    const el = await mount(platform);
    const ev = await oneEvent(el, 'loyalty-history-error');
    expect(ev.detail).to.deep.include({ kind: 'api', code: 1, message: 'sample string 2' });
    await el.updateComplete;
    expect(text(shadow(el))).to.contain('sample string 2');
    expect(shadow(el).querySelector('[role="alert"]')).to.exist;
  });

  it("renders the seed's two sample operations when ErrorCode is 0", async () => {
    const platform = new FakePlatform({ respond: () => json(seedText.replace('"ErrorCode": 1', '"ErrorCode": 0')) });
    const el = await mount(platform);
    await rowsShown(el, 2);
    const rows = articles(el);
    expect(rows).to.have.length(2);
    expect(text(rows[0]!)).to.contain('sample string 1');
    expect(text(rows[0]!)).to.contain('sample string 2');
    expect(rows.map((r) => r.getAttribute('aria-posinset'))).to.deep.equal(['1', '2']);
  });

  it('shows the masked card and the total, and marks up a feed of articles', async () => {
    const platform = new FakePlatform({ rows: makeRows(45) });
    const el = await mount(platform, 'card="1234567890124321"');
    expect(feed(el).getAttribute('aria-busy')).to.equal('true');
    await rowsShown(el, 20);
    await el.updateComplete;
    const header = shadow(el).querySelector('[part~="header"]')!;
    expect(text(header)).to.contain('•••• 4321');
    expect(text(header)).to.not.contain('1234567890124321');
    expect(text(header)).to.contain('45');
    expect(shadow(el).querySelectorAll('[role="feed"]')).to.have.length(1);
    expect(feed(el).getAttribute('aria-label')).to.be.a('string').and.not.empty;
    const first = articles(el)[0]!;
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-setsize')).to.equal('45');
    expect(text(first)).to.contain('Кофейня №1');
    expect(text(first)).to.contain('ТЦ Европейский');
  });

  it('loads pages as the member scrolls its own box until Rows rows are shown, each exactly once', async () => {
    const platform = new FakePlatform({ rows: makeRows(95), base: 1 });
    const el = await mount(platform, 'page-size="10"', 'height:300px');
    const loads: number[] = [];
    el.addEventListener('loyalty-history-load', (e) => loads.push(e.detail.operations.length));
    await rowsShown(el, 10);
    const scroller = shadow(el).querySelector<HTMLElement>('[part="scroller"]')!;
    for (let i = 0; i < 40 && articles(el).length < 95; i++) {
      scroller.scrollTop = scroller.scrollHeight;
      await nextFrame();
      await aTimeout(20);
    }
    await waitUntil(() => articles(el).length === 95 && !!shadow(el).querySelector('[part~="end"]'), 'end of list', { timeout: 5000 });
    const ids = articles(el).map((a) => a.dataset['key']);
    expect(new Set(ids).size).to.equal(95);
    expect(articles(el).map((a) => Number(a.getAttribute('aria-posinset')))).to.deep.equal([...Array(95).keys()].map((i) => i + 1));
    expect(loads.reduce((a, b) => a + b, 0)).to.equal(95);
    const before = platform.requests;
    scroller.scrollTop = 0;
    scroller.scrollTop = scroller.scrollHeight;
    await aTimeout(100);
    expect(platform.requests).to.equal(before);
  });

  it('does not load the next page before the member comes near the end', async () => {
    const platform = new FakePlatform({ rows: makeRows(200) });
    const el = await mount(platform, 'page-size="20"', 'height:300px');
    await rowsShown(el, 20);
    await aTimeout(150);
    // One viewport of look-ahead: 300px of rows needs at most a page or two, never all ten.
    expect(platform.requests).to.be.at.most(3);
  });

  it('keeps the rows on an error, offers Retry, and continues from the next page', async () => {
    let fail = true;
    const platform = new FakePlatform({
      rows: makeRows(30),
      base: 0,
      respond: (body) => (body['Start'] !== 0 && fail ? new Response('nope', { status: 503 }) : undefined),
    });
    const el = await mount(platform, 'page-size="10" load-mode="button"');
    await rowsShown(el, 10);
    const errorSeen = oneEvent(el, 'loyalty-history-error');
    shadow(el).querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
    const ev = await errorSeen;
    expect(ev.detail).to.deep.include({ kind: 'http', status: 503 });
    await el.updateComplete;
    expect(articles(el)).to.have.length(10);
    const retry = shadow(el).querySelector<HTMLButtonElement>('[data-action="retry"]')!;
    expect(retry.textContent).to.contain('Повторить');
    fail = false;
    retry.click();
    await rowsShown(el, 20);
    expect(platform.parsed.at(-1)).to.include({ Start: 10 });
    expect(new Set(articles(el).map((a) => a.dataset['key'])).size).to.equal(20);
  });

  it('fires loyalty-history-load with the page and the total', async () => {
    const platform = new FakePlatform({ rows: makeRows(7) });
    const el = await mount(platform);
    const ev = await oneEvent(el, 'loyalty-history-load');
    expect(ev.detail.total).to.equal(7);
    expect(ev.detail.operations).to.have.length(7);
    expect(ev.detail.operations[0]!.partnerName).to.equal('Кофейня №1');
    expect(ev.bubbles && ev.composed).to.equal(true);
  });

  it('refuses a token that is not an integer, naming it, with no request', async () => {
    const platform = new FakePlatform();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen = new Promise<CustomEvent>((resolve) => wrapper.addEventListener('loyalty-history-error', (e) => resolve(e as never)));
    const el = document.createElement('loyalty-history');
    el.fetch = platform.fetch;
    el.setAttribute('token', 'abc');
    wrapper.append(el);
    const ev = await seen;
    expect(ev.detail.kind).to.equal('config');
    expect(ev.detail.message).to.contain('token');
    expect(ev.detail.message).to.not.contain('abc');
    await aTimeout(20);
    expect(platform.requests).to.equal(0);
  });

  it("never shows an older member's rows after the token changes, whatever order the answers come in", async () => {
    const platform = new FakePlatform({
      delay: (body) => (String(body['Token']) === '1' ? 300 : 10),
      respond: (body) => json({ Rows: 3, ErrorCode: 0, Operations: makeRows(3, String(body['Token']) === '1' ? 'Старый' : 'Новый') }),
    });
    const el = await mount(platform);
    await waitUntil(() => platform.requests === 1);
    el.token = '2';
    await rowsShown(el, 3);
    await aTimeout(400);
    expect(text(shadow(el))).to.contain('Новый');
    expect(text(shadow(el))).to.not.contain('Старый');
    expect(articles(el)).to.have.length(3);
  });

  it('aborts when removed, and resumes without duplicates when put back', async () => {
    const platform = new FakePlatform({ rows: makeRows(30), delay: 150 });
    const el = await mount(platform, 'page-size="10"', 'height:200px');
    await waitUntil(() => platform.inFlight === 1);
    const parent = el.parentElement!;
    el.remove();
    await aTimeout(30);
    expect(platform.inFlight).to.equal(0);
    parent.append(el);
    await rowsShown(el, 10);
    await aTimeout(50);
    expect(new Set(articles(el).map((a) => a.dataset['key'])).size).to.equal(articles(el).length);
  });

  it('moving the element does not cancel its request', async () => {
    const platform = new FakePlatform({ rows: makeRows(5), delay: 100 });
    const el = await mount(platform);
    await waitUntil(() => platform.inFlight === 1);
    const other = document.createElement('div');
    el.parentElement!.append(other);
    other.append(el);
    await rowsShown(el, 5);
    expect(platform.requests).to.equal(1);
  });

  it('Page Down and Page Up move focus between articles, loading more at the end', async () => {
    const platform = new FakePlatform({ rows: makeRows(8), base: 0 });
    const el = await mount(platform, 'page-size="4" load-mode="button"');
    await rowsShown(el, 4);
    articles(el)[0]!.focus();
    const key = (k: string, ctrl = false) =>
      shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, ctrlKey: ctrl, bubbles: true, composed: true }));
    key('PageDown');
    expect(shadow(el).activeElement).to.equal(articles(el)[1]);
    key('PageUp');
    expect(shadow(el).activeElement).to.equal(articles(el)[0]);
    articles(el)[3]!.focus();
    key('PageDown');
    await rowsShown(el, 8);
    await el.updateComplete;
    await waitUntil(() => shadow(el).activeElement === articles(el)[4], 'focus on the fifth article');
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    key('End', true);
    expect(document.activeElement === after, 'Ctrl+End leaves for the next focusable element').to.equal(true);
    articles(el)[2]!.focus();
    key('Home', true);
    expect((shadow(el).activeElement as HTMLElement | null)?.dataset['action'], 'Ctrl+Home goes to the filter tabs').to.equal('filter');
  });

  it('shows a Show more button in button mode and loads only when it is pressed', async () => {
    const platform = new FakePlatform({ rows: makeRows(25), base: 0 });
    const el = await mount(platform, 'page-size="10" load-mode="button"');
    await rowsShown(el, 10);
    await aTimeout(100);
    expect(platform.requests).to.equal(1);
    const more = shadow(el).querySelector<HTMLButtonElement>('[data-action="more"]')!;
    expect(more.textContent).to.contain('Показать ещё');
    more.click();
    await rowsShown(el, 20);
  });

  it('says how many new operations arrived and reloads from the start when asked', async () => {
    const platform = new FakePlatform({ rows: makeRows(20), base: 0 });
    const el = await mount(platform, 'page-size="10" load-mode="button"');
    await rowsShown(el, 10);
    platform.rows = [...makeRows(2, 'Новая'), ...platform.rows];
    shadow(el).querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
    // The page now starts two rows earlier in the old history: 8 new rows, no duplicate.
    await rowsShown(el, 18);
    await el.updateComplete;
    expect(new Set(articles(el).map((a) => a.dataset['key'])).size).to.equal(18);
    const fresh = shadow(el).querySelector<HTMLButtonElement>('[data-action="reload"]')!;
    expect(text(fresh)).to.contain('2');
    fresh.click();
    await waitUntil(() => articles(el).length === 10 && text(articles(el)[0]!).includes('Новая'), 'reloaded');
    expect(platform.parsed.at(-1)).to.include({ Start: 0 });
  });

  it('says the history is empty for a new member', async () => {
    const el = await mount(new FakePlatform({ rows: [] }));
    await waitUntil(() => text(shadow(el)).includes('Пока нет операций'));
    expect(articles(el)).to.have.length(0);
  });

  it('speaks English when lang="en"', async () => {
    const platform = new FakePlatform({ rows: makeRows(3) });
    const el = await mount(platform, 'lang="en"');
    await rowsShown(el, 3);
    await waitUntil(() => !!shadow(el).querySelector('[part~="end"]'));
    expect(feed(el).getAttribute('aria-label')).to.equal('Operation history');
  });

  it('is accessible while loading, loaded, at the end, empty and in error', async () => {
    const slow = await mount(new FakePlatform({ rows: makeRows(3), delay: 300 }));
    await expect(slow).to.be.accessible();
    const done = await mount(new FakePlatform({ rows: makeRows(3) }));
    await rowsShown(done, 3);
    await waitUntil(() => !!shadow(done).querySelector('[part~="end"]'));
    await expect(done).to.be.accessible();
    const empty = await mount(new FakePlatform({ rows: [] }));
    await waitUntil(() => !!shadow(empty).querySelector('[part~="empty"]'));
    await expect(empty).to.be.accessible();
    const broken = await mount(new FakePlatform({ respond: () => new Response('x', { status: 404 }) }));
    await waitUntil(() => !!shadow(broken).querySelector('[role="alert"]'));
    await expect(broken).to.be.accessible();
  });
});
