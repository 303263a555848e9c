import { expect } from '@open-wc/testing';
import type { Operation } from '../../src/api/types.js';
import { getFormatter } from '../../src/format/intl.js';
import { describeOperation } from '../../src/model/operation.js';
import { rowIds, safeKey } from '../../src/templates/ids.js';
import { renderRow, type RowContext } from '../../src/templates/row.js';
import { fold, mount, textOfIds } from './helpers.js';

const now = new Date('2025-11-06T12:00:00Z');
const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const purchase: Operation = {
  id: '9007199254740993', chequeId: '1', chequeNumber: 'A-17', amount: 1500, added: 61.7, redeemed: 100,
  proctime: new Date('2025-11-06T11:05:00Z'), partnerName: 'Победа', posName: 'ТЦ Север', orderId: '77',
};
const ctx = (over: Partial<RowContext> = {}): RowContext => ({ fmt, now, key: '9007199254740993', posinset: 3, setsize: 134, expanded: false, parentLoaded: false, ...over });
const row = (op: Operation, c: Partial<RowContext> = {}) => renderRow(op, describeOperation(op, c.now ?? now), ctx(c));
const figures = (root: ParentNode) => [...root.querySelectorAll('[part="bonus"]')].map((b) => fold(b.textContent));

describe('renderRow', () => {
  it('shows what, when, where, how much and the points with a sign and a word', async () => {
    const { root } = await mount(row(purchase), { feed: true });
    const article = root.querySelector('article')!;
    expect(article.querySelector('.title')!.textContent).to.equal('Покупка');
    expect(article.querySelector('time')!.textContent).to.equal('Сегодня, 14:05');
    expect(fold(article.querySelector('.meta')!.textContent)).to.equal('Сегодня, 14:05Победа, ТЦ Север');
    expect(getComputedStyle(article.querySelector('.where')!, '::before').content, 'the separator is drawn, not read').to.equal('" · " / ""');
    expect(fold(article.querySelector('[part="amount"]')!.textContent)).to.equal('1 500 ₽');
    expect(figures(article)).to.deep.equal(['+61,7 балла начислено', '\u2212100 баллов списано']);
  });

  it('a collapsed plain purchase is at most 10 elements, with no white-space text between them', async () => {
    const plain: Operation = { ...purchase, redeemed: 0 };
    const { root } = await mount(row(plain), { feed: true });
    const article = root.querySelector('article')!;
    expect(article.querySelectorAll('*').length + 1).to.be.at.most(10);
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const blank: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.textContent!.trim()) blank.push(JSON.stringify(n.textContent));
    expect(blank, 'white-space-only text nodes').to.deep.equal([]);
  });

  it('is a feed article with position, size, key and references that resolve', async () => {
    const { root } = await mount(row(purchase), { feed: true });
    const a = root.querySelector('article')!;
    expect(a.getAttribute('role')).to.equal('article');
    expect(a.getAttribute('part')).to.equal('row');
    expect(a.tabIndex).to.equal(0);
    expect(a.dataset['key']).to.equal('9007199254740993');
    expect(a.getAttribute('aria-posinset')).to.equal('3');
    expect(a.getAttribute('aria-setsize')).to.equal('134');
    expect(textOfIds(root, a.getAttribute('aria-labelledby'))).to.equal('Покупка');
    const description = textOfIds(root, a.getAttribute('aria-describedby'));
    expect(description).to.equal('Сегодня, 14:05Победа, ТЦ Север 1 500 ₽ +61,7 балла начислено \u2212100 баллов списано');
    expect(root.querySelector('[style]')).to.equal(null);
  });

  it('says the day of an older row, with the year when it is another one', async () => {
    const { root } = await mount([row(purchase, { now: new Date('2025-11-20T12:00:00Z') }), row(purchase, { key: '2', now: new Date('2026-02-01T12:00:00Z') })], { feed: true });
    expect([...root.querySelectorAll('time')].map((t) => fold(t.textContent))).to.deep.equal(['6 ноября, 14:05', '6 ноября 2025 г., 14:05']);
  });

  it('the whole summary is a tap target for expanding; the chevron button keeps the state and a name', async () => {
    const closed = await mount(row(purchase), { feed: true });
    const head = closed.root.querySelector<HTMLElement>('[data-action="expand"]')!;
    for (const part of ['.title', '.meta', '[part="amount"]', '[part="bonus"]']) expect(head.contains(closed.root.querySelector(part)), part).to.equal(true);
    expect(getComputedStyle(head).cursor).to.equal('pointer');
    const button = closed.root.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Подробнее: Покупка');
    expect(closed.root.querySelector('[part="details"]')).to.equal(null);

    const open = await mount(row(purchase, { expanded: true }), { feed: true });
    const b = open.root.querySelector('button[data-action="toggle"]')!;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    const details = open.root.querySelector('[part="details"]')!;
    expect(details.id).to.equal(b.getAttribute('aria-controls'));
    expect(open.root.querySelector('[data-action="expand"]')!.contains(details), 'a tap in the details does not collapse').to.equal(false);
    const pairs = [...details.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${fold(dt.nextElementSibling!.textContent)}`);
    expect(pairs).to.deep.equal([
      `Дата и время: ${fold(fmt.dateTime(purchase.proctime!))}`,
      'Номер чека: A-17', 'Заказ: 77', 'Сумма: 1 500 ₽', 'Начислено: 61,7 балла', 'Списано: 100 баллов',
    ]);
  });

  it('a refund reads as money coming back: a signed amount, points returned, no badge repeating the title', async () => {
    const refund: Operation = { ...purchase, refund: true, parent: '555', added: 100, redeemed: 61.7 };
    const loaded = await mount(row(refund, { expanded: true, parentLoaded: true }), { feed: true });
    const { root } = loaded;
    expect(root.querySelector('.title')!.textContent).to.equal('Возврат покупки');
    expect(fold(root.querySelector('[part="amount"]')!.textContent)).to.equal('+1 500 ₽');
    expect(getComputedStyle(root.querySelector('[part="amount"]')!).color).to.equal(getComputedStyle(root.querySelector('.plus')!).color);
    expect(figures(root)).to.deep.equal(['+100 баллов возвращено', '\u221261,7 балла списано']);
    expect(root.querySelectorAll('[part="badge"]')).to.have.length(0);
    expect(fold(root.querySelector('.detail-returned')!.textContent)).to.equal('Возвращено100 баллов');
    const goto = root.querySelector<HTMLElement>('[data-action="goto"]')!;
    expect(goto.dataset['target']).to.equal('555');
    expect(goto.textContent).to.equal('К исходному чеку');

    const missing = await mount(row(refund, { expanded: true, parentLoaded: false }), { feed: true });
    expect(missing.root.querySelector('[data-action="goto"]')).to.equal(null);
  });

  it('burnt points are named so, with the points that burnt', async () => {
    const burn: Operation = { id: '4', bonusId: '4', redeemed: 40, parent: '1', expiryDate: now, proctime: now, partnerName: 'Победа' };
    const { root } = await mount(row(burn, { key: '4', expanded: true }), { feed: true });
    expect(root.querySelector('.title')!.textContent).to.equal('Баллы сгорели');
    expect(root.querySelector('article')!.classList.contains('kind-burnt')).to.equal(true);
    expect(figures(root)).to.deep.equal(['\u221240 баллов сгорело']);
    expect(fold(root.querySelector('.detail-burnt')!.textContent)).to.equal('Сгорело40 баллов');
    expect(fold(root.textContent)).to.not.contain('Списание');
  });

  it('badges say what they are about: when pending points arrive, how many burn and when', async () => {
    const pending: Operation = { id: '2', chequeId: '2', amount: 500, added: 40, activeDate: new Date('2025-11-12T09:00:00Z'), proctime: now };
    const expiring: Operation = { id: '3', bonusId: '3', added: 100, remain: 40, expiryDate: new Date('2025-11-30T09:00:00Z'), proctime: now };
    const burnt: Operation = { id: '5', bonusId: '5', added: 100, remain: 21, expiryDate: new Date('2025-11-01T09:00:00Z'), proctime: now };
    const { root } = await mount([row(pending, { key: '2' }), row(expiring, { key: '3' }), row(burnt, { key: '5' })], { feed: true });
    const badges = [...root.querySelectorAll('[part="badge"]')].map((b) => fold(b.textContent));
    expect(badges).to.deep.equal(['Баллы будут доступны с 12 ноября', '40 баллов сгорят 30 ноября', '21 балл сгорел 1 ноября']);
  });

  it('offers to copy a coupon code and says when it was copied', async () => {
    const op: Operation = { ...purchase, couponNumber: 'SALE-25' };
    const a = await mount(row(op, { expanded: true }), { feed: true });
    const copy = a.root.querySelector<HTMLElement>('[data-action="copy"]')!;
    expect(copy.dataset['value']).to.equal('SALE-25');
    expect(copy.textContent).to.equal('Скопировать');
    const b = await mount(row(op, { expanded: true, copied: true }), { feed: true });
    expect(b.root.querySelector('[data-action="copy"]')!.textContent).to.equal('Скопировано');
  });

  it('shows hostile strings as text and creates no element from them', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const evil2 = '"><svg onload=alert(1)>';
    const op: Operation = { ...purchase, partnerName: evil, posName: evil2, couponNumber: evil2, chequeNumber: evil };
    const gift: Operation = { id: '5', bonusId: '5', added: 10, bonusSourceName: evil, proctime: now };
    const { root } = await mount([row(op, { expanded: true }), row(gift, { key: `x"><svg onload=1>`, expanded: true })], { feed: true });
    expect(root.querySelectorAll('img, svg, script')).to.have.length(0);
    expect(root.querySelector('.where')!.textContent).to.equal(`${evil}, ${evil2}`);
    expect(fold(root.textContent)).to.contain(evil).and.contain(evil2);
    expect(root.querySelector<HTMLElement>('[data-action="copy"]')!.dataset['value']).to.equal(evil2);
    expect(root.querySelectorAll('article')[1]!.querySelector('.title')!.textContent).to.equal(evil);
  });

  it('ids are valid and distinct for synthetic keys', () => {
    expect(safeKey('a b')).to.match(/^[A-Za-z0-9_-]+$/);
    expect(rowIds('a b').title).to.not.equal(rowIds('a_20_b').title);
    expect(rowIds('12').details).to.equal('d-12');
  });

  it('falls back to a generic title that still shows the amount and points', async () => {
    const { root } = await mount(row({ id: '9', componentType: 999, added: 5 } as Operation, { key: '9' }), { feed: true });
    // a lone positive Added with no source is an accrual; an empty row is "Операция"
    expect(root.querySelector('.title')!.textContent).to.equal('Начисление баллов');
    expect(figures(root)).to.deep.equal(['+5 баллов начислено']);
    const other = await mount(row({ id: '10', componentType: 999 }, { key: '10' }), { feed: true });
    expect(other.root.querySelector('.title')!.textContent).to.equal('Операция');
  });

  it('speaks English', async () => {
    const en = getFormatter('en', { timeZone: 'Europe/Moscow' });
    const { root } = await mount(row(purchase, { fmt: en }), { feed: true, lang: 'en' });
    expect(root.querySelector('.title')!.textContent).to.equal('Purchase');
    expect(root.querySelector('time')!.textContent).to.equal('Today, 14:05');
    expect(figures(root)).to.deep.equal(['+61.7 points earned', '\u2212100 points spent']);
    expect(root.querySelector('button[data-action="toggle"]')!.getAttribute('aria-label')).to.equal('Details: Purchase');
  });

  it('is accessible collapsed and expanded, in light and dark themes', async () => {
    const rows = [
      row(purchase, { key: '1' }),
      row({ ...purchase, refund: true, parent: '1', couponNumber: 'C-1', sertRedeemed: 10, added: 0 }, { key: '2', expanded: true, parentLoaded: true }),
      row({ id: '3', bonusId: '3', added: 40, remain: 40, expiryDate: new Date('2025-11-20T00:00:00Z'), proctime: now, bonusSourceName: 'Приведи друга' }, { key: '3', expanded: true }),
      row({ id: '4', bonusId: '4', redeemed: 40, parent: '3', expiryDate: now, proctime: now }, { key: '4' }),
    ];
    for (const theme of ['light', 'dark'] as const) {
      const { host } = await mount(rows, { feed: true, theme });
      await expect(host).to.be.accessible();
    }
  });
});

/** Russian grammar in a row, in its details, for every number that takes its own form. */
describe('renderRow grammar', () => {
  const cases: [number, string, string][] = [
    [1, '+1 балл начислен', '1 балл'],
    [2, '+2 балла начислены', '2 балла'],
    [5, '+5 баллов начислено', '5 баллов'],
    [11, '+11 баллов начислено', '11 баллов'],
    [21, '+21 балл начислен', '21 балл'],
    [22, '+22 балла начислены', '22 балла'],
    [25, '+25 баллов начислено', '25 баллов'],
    [0.5, '+0,5 балла начислено', '0,5 балла'],
    [1.5, '+1,5 балла начислено', '1,5 балла'],
  ];
  for (const [n, figure, detail] of cases) {
    it(`${n}: "${figure}", and "${detail}" in the details`, async () => {
      const op: Operation = { id: '1', chequeId: '1', amount: 100, added: n, redeemed: n, proctime: now };
      const { root } = await mount(row(op, { expanded: true }), { feed: true });
      expect(figures(root)).to.deep.equal([figure, figure.replace('+', '\u2212').replace(/начислен/, 'списан')]);
      expect(fold(root.querySelector('.detail-earned dd')!.textContent)).to.equal(detail);
      expect(fold(root.querySelector('.detail-spent dd')!.textContent)).to.equal(detail);
      const refund = await mount(row({ ...op, refund: true }), { feed: true });
      expect(figures(refund.root)[0]).to.equal(figure.replace(/начислен$/, 'возвращён').replace('начислен', 'возвращен'));
    });
  }
});
