import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';
import { FakePlatform, json } from './helpers/fake-platform.js';

/** What a member sees and does with the rows: expand, copy, jump to a refund's cheque, filter, states. */

const articles = (el: LoyaltyHistory) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="article"]')];
const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
const msk = (iso: string) => `${iso}.5405101+03:00`;

const purchase = { Id: 11, ChequeId: 71, ChequeNumber: 'BU-01-000117', PartnerName: 'Кофейня «Бодрое утро»', PosName: 'ТЦ Европейский',
  Amount: 1234.5, Added: 61.7, Redeemed: 0, Refund: false, Proctime: msk('2025-11-06T03:31:38'), OrderId: 900, Discount: 50 };
const refund = { Id: 12, ChequeId: 72, ChequeNumber: 'BU-01-000118', PartnerName: 'Кофейня «Бодрое утро»', PosName: 'ТЦ Европейский',
  Amount: 1234.5, Added: 0, Redeemed: 61.7, Refund: true, Parent: 11, Proctime: msk('2025-11-07T10:00:00') };
const coupon = { Id: 13, ChequeId: 73, PartnerName: 'Книжный дом «Переплёт»', Amount: 500, Added: 5, CouponNumber: 'SALE-2025',
  Discount: 100, Refund: false, Proctime: msk('2025-11-08T10:00:00') };

async function mount(platform: FakePlatform, attrs: Record<string, string> = {}): Promise<LoyaltyHistory> {
  const el = document.createElement('loyalty-history');
  for (const [k, v] of Object.entries({ lang: 'ru', token: '1', 'time-zone': 'Europe/Moscow', ...attrs })) el.setAttribute(k, v);
  el.fetch = platform.fetch;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return el;
}

describe('<loyalty-history> rows', () => {
  it('expands and collapses a row by click, Enter and Space, showing every detail', async () => {
    const el = await mount(new FakePlatform({ rows: [coupon, refund, purchase] }));
    await waitUntil(() => articles(el).length === 3);
    const row = () => articles(el)[2]!;
    const toggle = () => row().querySelector<HTMLButtonElement>('[data-action="toggle"]')!;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(row().querySelector('[part~="details"]')).to.equal(null);
    toggle().click();
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    const details = text(row().querySelector('[part~="details"]')!);
    expect(details).to.contain('BU-01-000117');
    expect(details).to.contain('900');
    await expect(el).to.be.accessible();
    row().focus();
    row().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    row().dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
  });

  it('says in words, not colour alone, whether points were earned, returned or taken back', async () => {
    const el = await mount(new FakePlatform({ rows: [refund, purchase] }));
    await waitUntil(() => articles(el).length === 2);
    const earned = text(articles(el)[1]!.querySelector('[part~="bonus"]')!);
    const spent = text(articles(el)[0]!.querySelector('[part~="bonus"]')!);
    expect(earned).to.contain('+61,7');
    expect(earned).to.contain('начислено');
    expect(spent).to.contain('\u221261,7');
    expect(spent).to.contain('списано');
    expect(text(articles(el)[0]!)).to.contain('Возврат покупки');
    expect(text(articles(el)[0]!.querySelector('[part~="amount"]')!)).to.equal('+1 234,50 ₽');
  });

  it("jumps from a refund to its original cheque when that is loaded", async () => {
    const el = await mount(new FakePlatform({ rows: [refund, purchase] }));
    await waitUntil(() => articles(el).length === 2);
    articles(el)[0]!.querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
    await el.updateComplete;
    const goto = articles(el)[0]!.querySelector<HTMLButtonElement>('[data-action="goto"]')!;
    goto.click();
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[1]);
  });

  it('copies a coupon code', async () => {
    const el = await mount(new FakePlatform({ rows: [coupon] }));
    await waitUntil(() => articles(el).length === 1);
    articles(el)[0]!.querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
    await el.updateComplete;
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      articles(el)[0]!.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
      await waitUntil(() => written.length === 1);
      expect(written).to.deep.equal(['SALE-2025']);
      await waitUntil(() => text(articles(el)[0]!).includes('Скопировано'), 'says it was copied');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('filters by tab: fires loyalty-history-filter-change and asks for cheques only', async () => {
    const platform = new FakePlatform({ rows: [coupon, purchase] });
    const el = await mount(platform);
    await waitUntil(() => articles(el).length === 2);
    const tab = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-filter="cheque"]')!;
    expect(tab.textContent).to.contain('Покупки');
    setTimeout(() => tab.click());
    const ev = await oneEvent(el, 'loyalty-history-filter-change');
    expect(ev.detail).to.deep.equal({ filter: 'cheque' });
    await waitUntil(() => platform.requests === 2);
    expect(platform.parsed[1]).to.include({ Cheque: true, Start: 0 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-filter="cheque"]')!.getAttribute('aria-pressed')).to.equal('true');
    let fired = 0;
    el.addEventListener('loyalty-history-filter-change', () => fired++);
    el.filter = 'bonus';
    await waitUntil(() => platform.requests === 3);
    expect(fired, 'a script setting filter fires no event').to.equal(0);
  });

  it('hides the tabs with no-filters', async () => {
    const el = await mount(new FakePlatform({ rows: [purchase] }), { 'no-filters': '' });
    await waitUntil(() => articles(el).length === 1);
    expect(el.shadowRoot!.querySelector('[data-action="filter"]')).to.equal(null);
  });

  it('takes the language from the nearest [lang] ancestor when it has none', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const el = document.createElement('loyalty-history');
    el.setAttribute('token', '1');
    el.fetch = new FakePlatform({ rows: [] }).fetch;
    wrapper.append(el);
    await waitUntil(() => text(el.shadowRoot!).includes('No operations yet'));
  });

  const states: [string, () => FakePlatform, Record<string, string>, { ru: string; en: string }][] = [
    ['empty for a new member', () => new FakePlatform({ rows: [] }), {}, { ru: 'Пока нет операций', en: 'No operations yet' }],
    ['empty for a filter', () => new FakePlatform({ rows: [] }), { filter: 'bonus' }, { ru: 'Нет операций этого типа', en: 'No operations of this type' }],
    ['end of list', () => new FakePlatform({ rows: [purchase] }), {}, { ru: 'Все операции загружены', en: 'operation' }],
    ['api error', () => new FakePlatform({ respond: () => json({ ErrorCode: 11, Message: 'Неверный токен', Operations: [] }) }), {},
      { ru: 'Неверный токен', en: 'Неверный токен' }],
    ['unreadable answer', () => new FakePlatform({ respond: () => new Response('<html>') }), {}, { ru: 'Повторить', en: 'Retry' }],
    ['HTTP 404', () => new FakePlatform({ respond: () => new Response('', { status: 404 }) }), {}, { ru: 'виджет настроен неверно', en: 'set up incorrectly' }],
  ];
  for (const [name, make, attrs, expected] of states) {
    for (const lang of ['ru', 'en'] as const) {
      it(`shows the ${name} state in ${lang}, accessibly`, async () => {
        const el = await mount(make(), { ...attrs, lang });
        await waitUntil(() => text(el.shadowRoot!).includes(expected[lang]), `"${expected[lang]}" shown`);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('lets a host replace the empty text through the empty slot', async () => {
    const el = await mount(new FakePlatform({ rows: [] }));
    el.innerHTML = '<p slot="empty">Сделайте первую покупку!</p>';
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part~="empty"]'));
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Сделайте первую покупку!']);
  });

  it('shows a skeleton of rows while the first page loads, with no jump when rows arrive', async () => {
    const el = await mount(new FakePlatform({ rows: [coupon, refund, purchase], delay: 200 }));
    await el.updateComplete;
    const skeleton = el.shadowRoot!.querySelector<HTMLElement>('[part~="skeleton"]')!;
    expect(skeleton).to.exist;
    const rowTop = skeleton.getBoundingClientRect().top;
    await waitUntil(() => articles(el).length === 3);
    const firstTop = (el.shadowRoot!.querySelector('[part~="month-header"]') ?? articles(el)[0]!).getBoundingClientRect().top;
    expect(Math.abs(firstTop - rowTop)).to.be.below(2);
  });

  it('a tap anywhere on the summary expands the row; selecting text or a word does not', async () => {
    const el = await mount(new FakePlatform({ rows: [coupon, refund, purchase] }));
    await waitUntil(() => articles(el).length === 3);
    const row = () => articles(el)[2]!;
    const expanded = () => row().querySelector('[data-action="toggle"]')!.getAttribute('aria-expanded');
    const tap = (target: Element, detail = 1) =>
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail }));
    const title = row().querySelector('.title')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(title.left + 10), Math.round(title.top + title.height / 2)] });
    await waitUntil(() => expanded() === 'true', 'a real tap on the title expands');
    expect(el.shadowRoot!.activeElement === row(), 'focus stays with the row').to.equal(true);
    tap(row().querySelector('[part~="details"] dd')!);
    expect(expanded(), 'a tap in the details leaves it open').to.equal('true');
    tap(row().querySelector('[part~="amount"]')!);
    expect(expanded(), 'tap on the amount').to.equal('false');
    tap(row().querySelector('.where')!);
    expect(expanded(), 'tap on the place').to.equal('true');
    tap(row().querySelector('.title')!, 2);
    expect(expanded(), 'the second click of a double click (selecting a word) does nothing').to.equal('true');
    // A real drag across the place selects its text (WebKit refuses a script's addRange inside a
    // shadow root); the click that ends the drag must open nothing.
    const where = row().querySelector('.where')!.getBoundingClientRect();
    const y = Math.round(where.top + where.height / 2);
    let clicks = 0;
    const count = () => clicks++;
    el.addEventListener('click', count);
    try {
      await sendMouse({ type: 'move', position: [Math.round(where.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(Math.min(where.right, row().getBoundingClientRect().right) - 8), y] });
      await sendMouse({ type: 'up' });
      expect(String(getSelection()), 'the drag selected text').to.not.equal('');
      expect(clicks, 'the drag ended with a click').to.equal(1);
      expect(expanded(), 'the click that ends a text selection does nothing').to.equal('true');
    } finally {
      el.removeEventListener('click', count);
      getSelection()!.removeAllRanges();
    }
    row().querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
    expect(expanded(), 'the chevron button still toggles').to.equal('false');
  });

  it('an empty filter offers "Показать все операции", which switches to Все', async () => {
    const platform = new FakePlatform({ respond: (body) => (body['Bonus'] ? json({ Rows: 0, Operations: [], ErrorCode: 0 }) : undefined), rows: [purchase] });
    const el = await mount(platform, { filter: 'bonus' });
    await waitUntil(() => text(el.shadowRoot!).includes('Нет операций этого типа'));
    const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="empty"] button')!;
    expect(showAll.textContent).to.equal('Показать все операции');
    await expect(el).to.be.accessible();
    setTimeout(() => showAll.click());
    const ev = await oneEvent(el, 'loyalty-history-filter-change');
    expect(ev.detail).to.deep.equal({ filter: 'all' });
    await waitUntil(() => articles(el).length === 1, 'every operation shown');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-filter="all"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('a business error says what to do instead of offering a Retry that cannot help', async () => {
    const el = await mount(new FakePlatform({ respond: () => json({ ErrorCode: 11, Message: 'Неверный токен', Operations: [] }) }));
    await waitUntil(() => text(el.shadowRoot!).includes('Неверный токен'));
    expect(text(el.shadowRoot!)).to.contain('войдите в личный кабинет снова');
    expect(el.shadowRoot!.querySelector('[data-action="retry"]')).to.equal(null);
  });

  it('sums a month only once it is complete: when an older page arrives, in that page', async () => {
    const at = (day: string, id: number, added: number, redeemed = 0) =>
      ({ Id: id, BonusId: id, Added: added, Redeemed: redeemed, Proctime: msk(`${day}T12:00:00`) });
    const rows = [at('2026-11-20', 6, 300), at('2026-11-10', 5, 20, 150), at('2026-11-02', 4, 0, 0), at('2026-10-15', 3, 7), at('2026-10-01', 2, 1), at('2026-09-30', 1, 2)];
    const el = await mount(new FakePlatform({ rows, base: 0 }), { 'page-size': '3', 'load-mode': 'button' });
    const sums = () => [...el.shadowRoot!.querySelectorAll('[part~="month-summary"] [aria-hidden]')].map((s) => text(s));
    await waitUntil(() => articles(el).length === 3);
    expect(sums(), 'November may go on').to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
    await waitUntil(() => articles(el).length === 6);
    // The list has ended too, so September, its last month, is complete and summed after the last row.
    expect(sums()).to.deep.equal(['Ноябрь 2026 · +320 / \u2212150 баллов', 'Октябрь 2026 · +8 баллов', 'Сентябрь 2026 · +2 балла']);
    const bands = [...el.shadowRoot!.querySelectorAll('[part~="month-header"]')].map((b) => b.textContent);
    expect(bands).to.deep.equal(['Ноябрь 2026', 'Октябрь 2026', 'Сентябрь 2026']);
    await expect(el).to.be.accessible();
  });
});
