import { expect, waitUntil } from '@open-wc/testing';
import type { LoyaltyHistoryTableExportEvent } from '../../src/table/events.js';
import { json } from '../helpers/fake-platform.js';
import { formulaText, readCsv } from './csv-reader.js';
import { button, CARD_19, CLIENT, ID_ABOVE_2_53, mountTable, platform, shadow, staffRows, textOf } from './table-widget.js';

const exportText = (el: HTMLElement) => textOf(el.shadowRoot!.querySelector('[part="export"]')!);

/**
 * Clicks Export CSV and takes the file from the element's event, so no download starts: the
 * listener calls preventDefault() as the event is dispatched (after it, the file would already be
 * downloading, and Firefox's downloads panel would take the page's focus from later tests).
 */
async function exportFile(el: HTMLElement): Promise<LoyaltyHistoryTableExportEvent['detail']> {
  const event = new Promise<LoyaltyHistoryTableExportEvent>((resolve) =>
    el.addEventListener('loyalty-history-table-export', (e) => (e.preventDefault(), resolve(e)), { once: true }),
  );
  button(el as never, 'export')!.click();
  return (await event).detail;
}

describe('<loyalty-history-table> export', () => {
  it('reads every row, not only those loaded, into a CSV of the table columns, ids digit for digit', async () => {
    const fake = platform(staffRows(250));
    const el = await mountTable(fake, { columns: 'date id amount coupon' });
    expect(shadow(el).querySelectorAll('tbody tr').length, 'a few pages loaded').to.be.below(100);
    const before = fake.requests;
    const { blob, fileName, rows } = await exportFile(el);
    // The table's own pages are of 20 rows; the export's, of 100.
    const exportPages = fake.parsed.slice(before).filter((b) => b['Length'] === 100);
    expect(exportPages.map((b) => b['Start'])).to.deep.equal([0, 100, 200]);
    expect(rows).to.equal(250);
    expect(fileName).to.match(new RegExp(`^${CLIENT}-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
    const { bom, records } = await readCsv(blob, ';');
    expect(bom).to.equal(true);
    expect(records[0]).to.deep.equal(['Дата и время', 'ID операции', 'Сумма', 'Купон']);
    expect(records).to.have.length(251);
    expect(records.slice(1).map((r) => formulaText(r[1]!))).to.deep.equal(fake.rows.map((r) => String(r.Id)));
    expect(formulaText(records.at(-1)![1]!)).to.equal(ID_ABOVE_2_53);
    expect(records[1]![0]).to.equal('06.11.2025 15:00:00');
    expect(records[1]![2]).to.equal('100');
    await waitUntil(() => exportText(el).includes(fileName), exportText(el));
    const totals = textOf(shadow(el).querySelector('[part="totals"]')!);
    expect(totals, 'the export read every row: the totals are complete').to.contain('по всем 250 операциям');
  });

  it('writes English files with commas and points, and saves the file as a download', async () => {
    const rows = staffRows(3);
    Object.assign(rows[0]!, { Amount: 1499.5, CouponNumber: CARD_19 });
    const el = await mountTable(platform(rows), { lang: 'en', columns: 'amount coupon' });
    const saved: { name: string; href: string }[] = [];
    const blobs = new Map<string, Blob>();
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = `blob:test-${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.getAttribute('href')! });
    };
    try {
      button(el, 'export')!.click();
      await waitUntil(() => saved.length === 1, 'a download');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved[0]!.name).to.equal(`${CLIENT}-${new Date().toISOString().slice(0, 4)}${saved[0]!.name.slice(24)}`);
    const { records } = await readCsv(blobs.get(saved[0]!.href)!, ',');
    expect(records[0]).to.deep.equal(['Amount', 'Coupon']);
    expect(records[1]![0]).to.equal('1499.5');
    expect(formulaText(records[1]![1]!)).to.equal(CARD_19);
  });

  it('shows rows read of Rows with the time left, and Cancel stops it without a file', async () => {
    const fake = platform(staffRows(400), { delay: (body) => (Number(body['Length']) === 100 ? 60 : 0) });
    const el = await mountTable(fake);
    let files = 0;
    el.addEventListener('loyalty-history-table-export', (e) => (files++, e.preventDefault()));
    button(el, 'export')!.click();
    await waitUntil(() => /Прочитано 100 из 400, осталось около \d+ с/.test(exportText(el)), exportText(el));
    const progress = shadow(el).querySelector('progress')!;
    expect(progress.max).to.equal(400);
    expect(progress.value).to.equal(100);
    expect(progress.getAttribute('aria-label')).to.equal('Ход выгрузки');
    button(el, 'export-cancel')!.click();
    await waitUntil(() => exportText(el).includes('Выгрузка отменена, файл не сохранён.'), exportText(el));
    const asked = fake.requests;
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.requests, 'no request after the cancel').to.equal(asked);
    expect(files).to.equal(0);
    expect(button(el, 'export'), 'a new export can start').to.not.equal(null);
  });

  it('stops with the error after a failure and resumes from the page that failed', async () => {
    let failing = true;
    const fake = platform(staffRows(250), {
      respond: (body) => (failing && body['Start'] === 200 ? json({ Message: 'down' }, 503) : undefined),
    });
    const el = await mountTable(fake);
    let files = 0;
    el.addEventListener('loyalty-history-table-export', () => files++);
    const event = new Promise<LoyaltyHistoryTableExportEvent>((resolve) => el.addEventListener('loyalty-history-table-export', (e) => (e.preventDefault(), resolve(e)), { once: true }));
    button(el, 'export')!.click();
    await waitUntil(() => button(el, 'export-resume') !== null, exportText(el));
    const alert = textOf(shadow(el).querySelector('[part="export"] [role="alert"]')!);
    expect(alert).to.match(/^Выгрузка остановлена, файл не сохранён:.*\(Прочитано 200 из 250\)$/);
    expect(files).to.equal(0);
    failing = false;
    const before = fake.requests;
    button(el, 'export-resume')!.click();
    const { blob, rows } = (await event).detail;
    expect(fake.parsed.slice(before).map((b) => b['Start']), 'only the page that failed').to.deep.equal([200]);
    expect(rows).to.equal(250);
    const { records } = await readCsv(blob, ';');
    const ids = records.slice(1).map((r) => formulaText(r.at(-1)!));
    expect(ids).to.deep.equal(fake.rows.map((r) => String(r.Id)));
  });

  it('drops an export under way when the request changes', async () => {
    const fake = platform(staffRows(400), { delay: (body) => (Number(body['Length']) === 100 ? 80 : 0) });
    const el = await mountTable(fake);
    let files = 0;
    el.addEventListener('loyalty-history-table-export', (e) => (files++, e.preventDefault()));
    button(el, 'export')!.click();
    await waitUntil(() => exportText(el).includes('Прочитано 100'), exportText(el));
    el.setAttribute('card', '2700000001001');
    await waitUntil(() => button(el, 'export') !== null && !exportText(el).includes('Прочитано'), exportText(el));
    await new Promise((r) => setTimeout(r, 400));
    expect(files).to.equal(0);
  });
});
