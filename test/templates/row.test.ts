import { expect } from '@open-wc/testing';
import type { Operation } from '../../src/api/types.js';
import { getFormatter } from '../../src/format/intl.js';
import { describeOperation } from '../../src/model/operation.js';
import { renderDayHeader } from '../../src/templates/day-header.js';
import { rowIds, safeKey } from '../../src/templates/ids.js';
import { renderRow, type RowContext } from '../../src/templates/row.js';
import { fold, mount, textOfIds } from './helpers.js';

const now = new Date('2025-11-06T12:00:00Z');
const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const purchase: Operation = {
  id: '9007199254740993', chequeId: '1', chequeNumber: 'A-17', amount: 1500, added: 61.7, redeemed: 100,
  proctime: new Date('2025-11-06T11:05:00Z'), partnerName: 'Победа', posName: 'ТЦ Север', orderId: '77',
};
const ctx = (over: Partial<RowContext> = {}): RowContext => ({ fmt, key: '9007199254740993', posinset: 3, setsize: 134, expanded: false, parentLoaded: false, ...over });
const row = (op: Operation, c: Partial<RowContext> = {}) => renderRow(op, describeOperation(op, now), ctx(c));

describe('renderRow', () => {
  it('shows what, when, where, how much and the bonus change with a sign and a word', async () => {
    const { root } = await mount(row(purchase), { feed: true });
    const article = root.querySelector('article')!;
    expect(article.querySelector('.title')!.textContent).to.equal('Покупка');
    expect(article.querySelector('time')!.textContent).to.equal('14:05');
    expect(fold(article.querySelector('.meta')!.textContent)).to.contain('14:05 · Победа · ТЦ Север');
    expect(fold(article.querySelector('[part="amount"]')!.textContent)).to.equal('1 500 ₽');
    const bonus = [...article.querySelectorAll('[part="bonus"]')].map((b) => fold(b.textContent));
    expect(bonus).to.deep.equal(['+61,7 балла начислено', '\u2212100 баллов списано']);
  });

  it('is a feed article with position, size, key and references that resolve', async () => {
    const { root } = await mount(row(purchase, { now }), { feed: true });
    const a = root.querySelector('article')!;
    expect(a.getAttribute('role')).to.equal('article');
    expect(a.getAttribute('part')).to.equal('row');
    expect(a.tabIndex).to.equal(0);
    expect(a.dataset['key']).to.equal('9007199254740993');
    expect(a.getAttribute('aria-posinset')).to.equal('3');
    expect(a.getAttribute('aria-setsize')).to.equal('134');
    expect(textOfIds(root, a.getAttribute('aria-labelledby'))).to.equal('Покупка');
    const description = textOfIds(root, a.getAttribute('aria-describedby'));
    expect(description).to.contain('Сегодня').and.contain('14:05').and.contain('1 500 ₽').and.contain('начислено');
    expect(root.querySelector('[style]')).to.equal(null);
  });

  it('says the date in the description even without now', async () => {
    const { root } = await mount(row(purchase), { feed: true });
    const a = root.querySelector('article')!;
    expect(textOfIds(root, a.getAttribute('aria-describedby'))).to.contain('6 ноября 2025');
  });

  it('the disclosure button controls a details block that exists only when expanded', async () => {
    const closed = await mount(row(purchase), { feed: true });
    const button = closed.root.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(closed.root.querySelector('[part="details"]')).to.equal(null);
    expect(textOfIds(closed.root, button.getAttribute('aria-labelledby'))).to.equal('Подробнее Покупка');

    const open = await mount(row(purchase, { expanded: true }), { feed: true });
    const b = open.root.querySelector('button[data-action="toggle"]')!;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    const details = open.root.querySelector('[part="details"]')!;
    expect(details.id).to.equal(b.getAttribute('aria-controls'));
    const pairs = [...details.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${fold(dt.nextElementSibling!.textContent)}`);
    expect(pairs).to.deep.equal([
      `Дата и время: ${fold(fmt.dateTime(purchase.proctime!))}`,
      'Номер чека: A-17', 'Заказ: 77', 'Сумма: 1 500 ₽', 'Начислено: 61,7 балла', 'Списано: 100 баллов',
    ]);
  });

  it('badges a refund and links it to its original cheque only when that one is loaded', async () => {
    const refund: Operation = { ...purchase, refund: true, parent: '555', added: 0, redeemed: 0 };
    const loaded = await mount(row(refund, { expanded: true, parentLoaded: true }), { feed: true });
    expect(loaded.root.querySelector('.title')!.textContent).to.equal('Возврат покупки');
    expect([...loaded.root.querySelectorAll('[part="badge"]')].map((b) => b.textContent)).to.deep.equal(['Возврат']);
    const goto = loaded.root.querySelector<HTMLElement>('[data-action="goto"]')!;
    expect(goto.dataset['target']).to.equal('555');
    expect(goto.textContent).to.equal('К исходному чеку');

    const missing = await mount(row(refund, { expanded: true, parentLoaded: false }), { feed: true });
    expect(missing.root.querySelector('[data-action="goto"]')).to.equal(null);
  });

  it('dates pending and expiring badges, and counts the points about to burn', async () => {
    const pending: Operation = { id: '2', bonusId: '2', added: 40, activeDate: new Date('2025-11-12T09:00:00Z'), proctime: now };
    const expiring: Operation = { id: '3', bonusId: '3', added: 100, remain: 40, expiryDate: new Date('2025-11-30T09:00:00Z'), proctime: now };
    const { root } = await mount([row(pending, { key: '2' }), row(expiring, { key: '3' })], { feed: true });
    const badges = [...root.querySelectorAll('[part="badge"]')].map((b) => fold(b.textContent));
    expect(badges).to.deep.equal(['Будут доступны с 12 ноября', 'Сгорят 30 ноября: 40 баллов']);
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
    expect(root.querySelector('.where')!.textContent).to.equal(evil);
    expect(fold(root.textContent)).to.contain(evil).and.contain(evil2);
    expect(root.querySelector<HTMLElement>('[data-action="copy"]')!.dataset['value']).to.equal(evil2);
    expect(root.querySelectorAll('article')[1]!.querySelector('.title')!.textContent).to.equal(evil);
  });

  it('ids are valid and distinct for synthetic keys', () => {
    expect(safeKey('a b')).to.match(/^[A-Za-z0-9_-]+$/);
    expect(rowIds('a b').title).to.not.equal(rowIds('a_20_b').title);
    expect(rowIds('12').details).to.equal('d-12');
  });

  it('falls back to a generic title that still shows the amount and bonus change', async () => {
    const { root } = await mount(row({ id: '9', componentType: 999, added: 5 } as Operation, { key: '9' }), { feed: true });
    // a lone positive Added with no source is an accrual; an empty row is "Операция"
    expect(root.querySelector('.title')!.textContent).to.equal('Начисление баллов');
    const other = await mount(row({ id: '10', componentType: 999 }, { key: '10' }), { feed: true });
    expect(other.root.querySelector('.title')!.textContent).to.equal('Операция');
  });

  it('speaks English', async () => {
    const en = getFormatter('en', { timeZone: 'Europe/Moscow' });
    const { root } = await mount(row(purchase, { fmt: en }), { feed: true, lang: 'en' });
    expect(root.querySelector('.title')!.textContent).to.equal('Purchase');
    expect([...root.querySelectorAll('[part="bonus"]')].map((b) => fold(b.textContent))).to.deep.equal(['+61.7 points earned', '\u2212100 points spent']);
  });

  it('is accessible collapsed and expanded, in light and dark themes', async () => {
    const rows = [
      row(purchase, { key: '1' }),
      row({ ...purchase, refund: true, parent: '1', couponNumber: 'C-1', sertRedeemed: 10, added: 0 }, { key: '2', expanded: true, parentLoaded: true }),
      row({ id: '3', bonusId: '3', added: 40, remain: 40, expiryDate: new Date('2025-11-20T00:00:00Z'), proctime: now, bonusSourceName: 'Приведи друга' }, { key: '3', expanded: true }),
    ];
    for (const theme of ['light', 'dark'] as const) {
      const { host } = await mount(rows, { feed: true, theme });
      await expect(host).to.be.accessible();
    }
  });
});

describe('renderDayHeader', () => {
  it('shows the day and hides itself from assistive technology', async () => {
    const { root } = await mount(renderDayHeader(new Date('2025-11-05T10:00:00Z'), fmt, now));
    const day = root.querySelector('.day')!;
    expect(day.getAttribute('part')).to.equal('day-header');
    expect(day.getAttribute('aria-hidden')).to.equal('true');
    expect(day.textContent).to.equal('Вчера');
  });
});
