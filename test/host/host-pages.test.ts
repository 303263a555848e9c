// The built drop-in on pages like the ones it is really dropped into (served by
// test/host/host-pages.mjs), and the element in the situations those pages create.
// Run `npm run build` first: the pages load dist/loyalty-history.iife.js.
import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/define-table.js';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

/** Opens a host page in an iframe of a phone's width: its own window, its own encoding. */
async function openPage(url: string, width = 390, height = 700): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

const rowsOf = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="article"]') ?? [])];
const tabsOf = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="tab"]') ?? [])];

describe('host pages', () => {
  it('reads its Russian texts right on a windows-1251 page whose script is served with no charset', async () => {
    const win = await openPage('/host/cp1251.html');
    expect(win.document.characterSet, 'the page really is windows-1251').to.equal('windows-1251');
    expect(win.document.getElementById('shop')!.textContent).to.equal('Подарочные сертификаты магазина');
    const el = win.document.querySelector('loyalty-history')!;
    await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 5000 });
    expect(tabsOf(el).map((t) => t.textContent!.trim())).to.deep.equal(['Все', 'Покупки', 'Бонусы']);
    expect(el.shadowRoot!.querySelector('[role="feed"]')!.getAttribute('aria-label')).to.equal('История операций');
    expect(el.shadowRoot!.textContent).not.to.match(/[РС][\u0080-\u04ff](?:[РС][\u0080-\u04ff])+/, 'no mojibake');
  });

  for (const height of [400, 0]) {
    for (const kind of ['table', 'flex', 'grid', 'inline-block', 'block', 'sidebar']) {
      it(`never widens a 390 px page: below the fold in a ${kind}${height ? ', with a height' : ''}`, async () => {
        const win = await openPage(`/host/layout.html?kind=${kind}&height=${height}`);
        const doc = win.document;
        const el = doc.querySelector('loyalty-history')!;
        await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 5000 });
        await nextFrame();
        const widths = () => ({ page: doc.documentElement.scrollWidth, widget: el.getBoundingClientRect().width, room: el.parentElement!.clientWidth });
        const before = widths();
        expect(before.page, `page width before scrolling (${JSON.stringify(before)})`).to.be.at.most(390);
        el.scrollIntoView();
        await waitUntil(() => rowsOf(el)[0]!.getBoundingClientRect().height > 0, 'rows laid out');
        await nextFrame();
        const after = widths();
        expect(after.page, `page width in view (${JSON.stringify(after)})`).to.be.at.most(390);
        expect(after.widget, 'the widget fits its container').to.be.at.most(Math.max(after.room, 390 - 16) + 0.5);
      });
    }
  }

  it('lets the member reach the page footer after a long history, with Show more past the auto-load limit', async () => {
    const win = await openPage('/host/layout.html?kind=block');
    const el = win.document.querySelector('loyalty-history')!;
    const footer = win.document.getElementById('footer')!;
    await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 5000 });
    // The member presses End again and again.
    for (let i = 0; i < 15; i++) {
      win.scrollTo(0, win.document.documentElement.scrollHeight);
      await nextFrame();
      await aTimeout(60);
    }
    await waitUntil(() => el.shadowRoot!.querySelector('[part="show-more"]'), 'Show more', { timeout: 5000 });
    win.scrollTo(0, win.document.documentElement.scrollHeight);
    await nextFrame();
    const rows = rowsOf(el).length;
    expect(rows, 'auto-loading stopped near 100 rows').to.be.within(100, 120);
    const box = footer.getBoundingClientRect();
    expect(box.top, 'the footer is on screen').to.be.below(win.innerHeight);
    expect(box.bottom).to.be.above(0);
    // Show more still loads the next page.
    el.shadowRoot!.querySelector<HTMLElement>('[part="show-more"]')!.click();
    await waitUntil(() => rowsOf(el).length > rows, 'the next page', { timeout: 5000 });
  });

  it('keeps the filter tabs one tidy control in a 240 px sidebar, with nothing overflowing', async () => {
    const win = await openPage('/host/layout.html?kind=sidebar');
    const el = win.document.querySelector('loyalty-history')!;
    await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 5000 });
    el.scrollIntoView();
    await nextFrame();
    const tabs = tabsOf(el);
    const tops = new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(tops.size, 'the three tabs on one line').to.equal(1);
    for (const t of tabs) {
      expect(t.scrollWidth, `${t.textContent} is not cut`).to.be.at.most(t.clientWidth + 1);
      expect(t.getBoundingClientRect().height).to.be.at.least(44);
    }
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(el.getBoundingClientRect().width).to.be.at.most(240);
    expect(scroller.scrollWidth, 'nothing overflows sideways').to.be.at.most(scroller.clientWidth + 1);
    for (const row of rowsOf(el).slice(0, 10)) expect(row.scrollWidth, 'a row fits').to.be.at.most(row.clientWidth + 1);
  });

  it('survives scripts that extend Object.prototype and Array.prototype, define toJSON and wrap fetch', async () => {
    const win = await openPage('/host/legacy.html');
    const el = win.document.querySelector('loyalty-history')!;
    expect(win.customElements.get('loyalty-history'), 'defined').to.be.a('function');
    await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 5000 });
    expect(rowsOf(el)).to.have.length(10);
    const sent = (win as unknown as { sentBodies: string[] }).sentBodies;
    expect(sent.length).to.be.greaterThan(0);
    const keys = Object.keys(JSON.parse(sent[0]!) as object);
    expect(keys).to.have.members(['Start', 'Length', 'Token', 'SiteCode']);
  });
});

describe('the element in a very narrow column', () => {
  for (const width of [160, 210]) {
    it(`keeps every amount, point and badge inside its row at ${width} px`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><loyalty-history lang="ru" token="1001" site-code="test"
        page-size="20" load-mode="button"></loyalty-history></div>`);
      const el = wrap.querySelector<LoyaltyHistory>('loyalty-history')!;
      await waitUntil(() => rowsOf(el).length === 20, 'rows', { timeout: 5000 });
      const out: string[] = [];
      for (const row of rowsOf(el)) {
        const edge = row.getBoundingClientRect().right;
        for (const part of row.querySelectorAll<HTMLElement>('.title, [part~="amount"], [part~="bonus"], [part~="badge"]')) {
          const right = part.getBoundingClientRect().right;
          if (right > edge + 1) out.push(`${part.textContent} ends ${Math.round(right - edge)} px past its row`);
        }
      }
      expect(out).to.deep.equal([]);
    });
  }
});

describe('the element in an app', () => {
  it('follows a later change of the page language when it has no lang of its own', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ru"><loyalty-history token="1001" site-code="test" page-size="5"></loyalty-history></div>`);
    const el = wrap.querySelector<LoyaltyHistory>('loyalty-history')!;
    await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 5000 });
    expect(tabsOf(el)[0]!.textContent!.trim()).to.equal('Все');
    const first = () => rowsOf(el)[0]!.textContent;
    const russian = first();
    wrap.lang = 'en';
    await waitUntil(() => tabsOf(el)[0]!.textContent!.trim() === 'All', 'tabs in English');
    expect(first(), 'rows already shown are written again').not.to.equal(russian);
  });

  it('keeps its styles and works after a round trip into an iframe document and back', async () => {
    const el = await fixture<LoyaltyHistory>(html`<loyalty-history token="1001" site-code="test" page-size="5" lang="en"></loyalty-history>`);
    await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 5000 });
    const styled = () => getComputedStyle(el.shadowRoot!.querySelector('[part="scroller"]')!).fontSize === getComputedStyle(document.documentElement).fontSize
      && getComputedStyle(tabsOf(el)[0]!).borderRadius !== '0px';
    expect(styled(), 'styled at first').to.equal(true);
    const win = await openPage('/host/layout.html?kind=none');
    const parent = el.parentElement!;
    win.document.body.append(win.document.adoptNode(el));
    await nextFrame();
    expect(styled(), 'styled in the iframe').to.equal(true);
    parent.append(document.adoptNode(el));
    await nextFrame();
    expect(styled(), 'styled back home').to.equal(true);
    rowsOf(el)[0]!.querySelector<HTMLElement>('[data-action="toggle"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="details"]'), 'a row still expands');
  });

  // Firefox may hand an element adopted into another window's document that window's plain
  // HTMLElement prototype (Mozilla bug 1502814); here that happens in every engine, by hand, just
  // before the adoption, as Firefox does it.
  for (const tag of ['loyalty-history', 'loyalty-history-table'] as const) {
    it(`<${tag}> still works when adoption into an iframe resets its prototype, as Firefox may`, async () => {
      const el = await fixture<HTMLElement>(tag === 'loyalty-history'
        ? html`<loyalty-history token="1001" site-code="test" page-size="5" lang="en"></loyalty-history>`
        : html`<loyalty-history-table token="1001" site-code="test" page-size="5" lang="en"></loyalty-history-table>`);
      const rows = () => [...el.shadowRoot!.querySelectorAll(tag === 'loyalty-history' ? '[role="article"]' : 'tbody tr')];
      await waitUntil(() => rows().length > 0, 'rows', { timeout: 5000 });
      const own = customElements.get(tag)!;
      const win = await openPage('/host/layout.html?kind=none');
      const parent = el.parentElement!;
      Object.setPrototypeOf(el, win.HTMLElement.prototype);
      win.document.body.append(win.document.adoptNode(el));
      expect(el instanceof own, 'its own class again in the iframe').to.equal(true);
      await nextFrame();
      Object.setPrototypeOf(el, HTMLElement.prototype);
      parent.append(document.adoptNode(el));
      expect(el instanceof own, 'its own class again back home').to.equal(true);
      const english = el.shadowRoot!.textContent;
      el.lang = 'ru';
      await waitUntil(() => el.shadowRoot!.textContent !== english, 'a changed setting still renders', { timeout: 5000 });
      expect(rows().length, 'the rows stay').to.be.above(0);
    });
  }

  it('sends no requests while hidden, and loads on once shown', async () => {
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="display:none"><loyalty-history token="1003" site-code="test" page-size="10"
      style="height:300px" .fetch=${counting}></loyalty-history></div>`);
    const el = wrap.querySelector<LoyaltyHistory>('loyalty-history')!;
    await waitUntil(() => rowsOf(el).length > 0, 'the first page', { timeout: 5000 });
    await aTimeout(300);
    expect(requests, 'only the first page while hidden').to.equal(1);
    wrap.style.display = 'block';
    await waitUntil(() => el.getAttribute('scroll') === 'self', 'scrolls itself once visible');
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    for (let i = 0; i < 30 && rowsOf(el).length < 30; i++) {
      scroller.scrollTop = scroller.scrollHeight;
      await nextFrame();
      await aTimeout(30);
    }
    expect(rowsOf(el).length, 'loading resumed').to.be.at.least(30);
  });
});
