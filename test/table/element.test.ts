import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getFormatter } from '../../src/format/index.js';
import { COLUMNS, columnLabel } from '../../src/table/columns.js';
import { DETAIL_FIELDS } from '../../src/table/details.js';
import type { FakeOperation } from '../helpers/fake-platform.js';
import {
  bodyRows, box, button, CARD_19, CLIENT, column, headers, ID_ABOVE_2_53, mountTable, platform, scrollUntil, shadow, staffRows, status, table, textOf,
} from './table-widget.js';

const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '0000+00:00');

/** 45 rows: row 1 refunds row 4 (same page), row 2 refunds row 30 (a later page); row 6 pending, row 7 expiring. */
function history(): FakeOperation[] {
  const rows = staffRows(45);
  Object.assign(rows[1]!, { Refund: true, Parent: rows[4]!.Id, Amount: 1499.5, Added: 0, Redeemed: 15, ChequeNumber: '000123' });
  Object.assign(rows[2]!, { Refund: true, Parent: rows[30]!.Id, Amount: 200 });
  Object.assign(rows[6]!, { ChequeId: undefined, Amount: undefined, Added: 25, Active: false, ActiveDate: iso(Date.now() + 5 * DAY) });
  Object.assign(rows[7]!, { Added: 40, Remain: 40, ExpiryDate: iso(Date.now() + 10 * DAY), CouponNumber: CARD_19 });
  return rows;
}

/** A description list's terms and their values, as text. */
const terms = (dl: Element): Record<string, string> =>
  Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling!)]));

describe('<loyalty-history-table>', () => {
  it('is a real table: caption, one header per column, aria-rowcount of every row, aria-rowindex per row', async () => {
    const fake = platform(history());
    const el = await mountTable(fake);
    const t = table(el);
    expect(t.caption?.textContent).to.equal('История операций клиента');
    expect(headers(el)).to.deep.equal(COLUMNS.map((c) => columnLabel(c, fmt)).map((s) => s.replace(/\s+/g, ' ')));
    for (const th of t.querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');
    expect(t.getAttribute('aria-rowcount'), 'the header row and all 45 operations').to.equal('46');
    expect(bodyRows(el)).to.have.length(20);
    expect(bodyRows(el).map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(Array.from({ length: 20 }, (_, i) => String(i + 2)));
    expect(status(el)).to.equal(textOf(document.createTextNode(fmt.msg.loadedAnnouncement(20, 45))));
    expect(shadow(el).querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(getComputedStyle(t.querySelector('thead th')!).position, 'sticky header row').to.equal('sticky');
  });

  it('right-aligns numbers with tabular figures, signs refunds and links them to their cheque', async () => {
    const el = await mountTable(platform(history()));
    const amountAt = headers(el).indexOf('Сумма');
    const cell = bodyRows(el)[0]!.cells[amountAt]!;
    expect(getComputedStyle(cell).textAlign).to.be.oneOf(['right', 'end']);
    expect(getComputedStyle(cell).fontVariantNumeric).to.equal('tabular-nums');
    const amounts = column(el, 'Сумма');
    expect(amounts[1]).to.equal(textOf(document.createTextNode(fmt.money(-1499.5))));
    expect(amounts[1]).to.match(/^[-\u2212]/);
    const refund = bodyRows(el)[1]!;
    const link = refund.querySelector<HTMLButtonElement>('[data-action="goto"]')!;
    expect(textOf(link)).to.equal(`к чеку ${bodyRows(el)[4]!.dataset['id']}`);
    link.click();
    expect(shadow(el).activeElement, 'focus on the refunded cheque').to.equal(bodyRows(el)[4]);
    // The cheque of row 2 is on page 2: a plain reference until it is loaded, then a link.
    expect(bodyRows(el)[2]!.querySelector('[data-action="goto"]')).to.equal(null);
    await scrollUntil(el, 40);
    expect(bodyRows(el)[2]!.querySelector('[data-action="goto"]')).to.not.equal(null);
  });

  it('says pending and expiring points in words, not by colour alone', async () => {
    const el = await mountTable(platform(history()));
    const operation = column(el, 'Операция');
    expect(operation[6]).to.match(/доступны с/);
    expect(operation[7]).to.match(/40 баллов сгор/);
  });

  it('shows the client as the platform resolved it, and every id digit for digit', async () => {
    const el = await mountTable(platform(history()));
    expect(terms(shadow(el).querySelector('[part="client"]')!)).to.deep.equal({
      Клиент: CLIENT,
      Телефон: '+7 915 399-26-42',
      Карта: '7000 1234 5678 9012 347',
      Операций: '45',
    });
    const ids = column(el, 'ID операции');
    expect(ids[19]).to.equal(String(BigInt(ID_ABOVE_2_53) + 25n));
    await scrollUntil(el, 45);
    expect(column(el, 'ID операции').at(-1)).to.equal(ID_ABOVE_2_53);
    expect(column(el, 'Купон')[7]).to.equal(CARD_19);
  });

  it('totals the rows read above the table, and says when they cover every row', async () => {
    const el = await mountTable(platform(staffRows(45)));
    const totals = () => textOf(shadow(el).querySelector('[part="totals"]')!);
    // As many pages as fill the box: the totals cover exactly the rows shown so far.
    await waitUntil(() => totals().includes(`по ${bodyRows(el).length} из 45 операций`), totals());
    expect(bodyRows(el).length, 'not every row at first').to.be.below(45);
    await scrollUntil(el, 45);
    await waitUntil(() => totals().includes('по всем 45 операциям'), totals());
  });

  it('loads inside its own box: every row once, from a server counting Start from 1', async () => {
    const fake = platform(staffRows(130), { base: 1 });
    const el = await mountTable(fake, { 'page-size': '25' });
    await scrollUntil(el, 130);
    await waitUntil(() => status(el) === textOf(document.createTextNode(fmt.msg.allLoaded(130))), status(el));
    const ids = bodyRows(el).map((tr) => tr.dataset['id']);
    expect(new Set(ids).size).to.equal(130);
    expect(ids).to.deep.equal(fake.rows.map((r) => String(r.Id)));
    expect(document.documentElement.scrollHeight, 'the page did not grow').to.be.below(box(el).scrollHeight);
  });

  it('takes its columns, in order, from the columns attribute, and names the attribute when one is wrong', async () => {
    const el = await mountTable(platform(staffRows(5)), { columns: 'id, amount date' });
    expect(headers(el)).to.deep.equal(['ID операции', 'Сумма', 'Дата и время']);
    const error = oneEvent(el, 'loyalty-history-error');
    el.setAttribute('columns', 'date, nonsense');
    expect((await error).detail.attribute).to.equal('columns');
    el.setAttribute('columns', 'partner');
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Партнёр']);
    expect(bodyRows(el)[0]!.cells).to.have.length(1);
  });

  it('moves between rows with the arrow keys, opens every field with Enter, and Escape brings focus back', async () => {
    const el = await mountTable(platform(history()));
    button(el, 'export')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement, 'Tab enters at the first row').to.equal(bodyRows(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    const row = bodyRows(el)[1]!;
    expect(shadow(el).activeElement).to.equal(row);
    expect(row.tabIndex, 'the row visited is the one Tab returns to').to.equal(0);
    expect(bodyRows(el).filter((tr) => tr.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'details open');
    expect(dialog.querySelectorAll('dt')).to.have.length(24);
    expect(DETAIL_FIELDS).to.have.length(24);
    expect(textOf(dialog.querySelector('h2')!)).to.equal(`Операция ${row.dataset['id']}`);
    const fields = terms(dialog);
    expect(fields['Номер чека ChequeNumber']).to.equal('000123 Скопировать');
    expect(fields['ID операции Id']).to.equal(`${row.dataset['id']} Скопировать`);
    expect(fields['Возврат Refund']).to.equal('да');
    expect(fields['Дата и время Proctime']).to.equal('06.11.2025 14:00:00');
    const copies = [...dialog.querySelectorAll<HTMLButtonElement>('[data-action="copy"]')].map((b) => b.dataset['value']);
    expect(copies).to.include(row.dataset['id']).and.to.include('000123');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'details closed');
    await nextFrame();
    expect(shadow(el).activeElement, 'focus back on the row').to.equal(row);
  });

  it('copies an id from the details', async () => {
    const el = await mountTable(platform(history()));
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void copied.push(s) } });
    try {
      bodyRows(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      const copy = shadow(el).querySelector<HTMLButtonElement>('dialog [data-action="copy"]')!;
      copy.click();
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.equal(bodyRows(el)[0]!.dataset['id']);
      await waitUntil(() => textOf(copy) === 'Скопировано', 'the button says so');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('is accessible loaded, with details open, and in English', async () => {
    const el = await mountTable(platform(history()));
    await expect(el).to.be.accessible();
    bodyRows(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('dialog')!.open);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(headers(el)[0]).to.equal('Date and time');
    expect(textOf(button(el, 'export')!)).to.equal('Export CSV');
    await expect(el).to.be.accessible();
  });
});
