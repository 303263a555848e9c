import { expect } from '@open-wc/testing';
import type { Operation } from '../../src/api/types.js';
import { getFormatter } from '../../src/format/index.js';
import { COLUMNS, parseColumns } from '../../src/table/columns.js';
import { CsvWriter, csvDateTime, csvField } from '../../src/table/csv.js';
import { formulaText, readCsv } from './csv-reader.js';

const ID_ABOVE_2_53 = '9007199254740993'; // 2^53 + 1: a Number would print ...992
const CARD_19 = '7000123456789012347';
const now = new Date('2025-11-20T00:00:00Z');

const purchase: Operation = {
  id: ID_ABOVE_2_53,
  proctime: new Date('2025-11-06T09:05:07Z'),
  partnerName: 'Кофейня "Зерно"; сеть',
  posName: 'ТЦ Европейский,\nвход 2',
  chequeNumber: '000123',
  orderId: '9223372036854775807',
  amount: 1499.5,
  discount: 0.1 + 0.2,
  added: 61.7,
  redeemed: 0,
  couponNumber: CARD_19,
  expiryDate: new Date('2025-12-31T21:00:00Z'),
};
const refund: Operation = { id: '42', proctime: new Date('2025-11-07T21:30:00Z'), refund: true, amount: 1499.5, redeemed: 61.7, parent: ID_ABOVE_2_53 };

async function file(lang: 'ru' | 'en', timeZone: string, ops: readonly Operation[], columns = COLUMNS) {
  const fmt = getFormatter(lang, { timeZone });
  const writer = new CsvWriter(columns, fmt, now);
  writer.add(ops);
  return readCsv(writer.toBlob(), lang === 'ru' ? ';' : ',');
}

/** The cell of `column` in data row `row` (0-based, after the header). */
const cell = (records: string[][], row: number, column: string, columns = COLUMNS) => records[row + 1]![columns.findIndex((c) => c.id === column)]!;

describe('CSV export file', () => {
  it('is UTF-8 with a BOM and text/csv, and its Russian header is one line of the table\'s columns', async () => {
    const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });
    const writer = new CsvWriter(COLUMNS, fmt, now);
    writer.add([purchase]);
    const blob = writer.toBlob();
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const { bom, records } = await readCsv(blob, ';');
    expect(bom).to.be.true;
    expect(records).to.have.length(2);
    expect(records[0]).to.deep.equal([
      'Дата и время', 'Операция', 'Точка продаж', 'Партнёр', 'Номер чека', 'Заказ', 'Сумма', 'Скидка', 'Оплачено сертификатом',
      'Начислено баллов', 'Списано баллов', 'Осталось баллов', 'Активны с', 'Сгорают', 'Купон', 'Источник баллов', 'ID операции',
    ]);
  });

  it('writes English with commas, a decimal point and an English header', async () => {
    const { records } = await file('en', 'Europe/Moscow', [purchase]);
    expect(records[0]!.slice(0, 3)).to.deep.equal(['Date and time', 'Operation', 'Point of sale']);
    expect(cell(records, 0, 'amount')).to.equal('1499.5');
    expect(cell(records, 0, 'added')).to.equal('61.7');
    expect(cell(records, 0, 'discount')).to.equal('0.3'); // 0.30000000000000004 rounded to cents
  });

  it('writes Russian with semicolons and a decimal comma, refunds negative', async () => {
    const { records } = await file('ru', 'Europe/Moscow', [purchase, refund]);
    expect(cell(records, 0, 'amount')).to.equal('1499,5');
    expect(cell(records, 0, 'added')).to.equal('61,7');
    expect(cell(records, 0, 'discount')).to.equal('0,3');
    expect(cell(records, 1, 'amount')).to.equal('-1499,5');
    expect(cell(records, 1, 'spent')).to.equal('61,7');
    expect(cell(records, 1, 'operation')).to.equal('Возврат покупки');
    expect(cell(records, 0, 'certificate')).to.equal(''); // absent fields stay empty
  });

  it('quotes per RFC 4180: the separator, quotes and line breaks survive a strict reader', async () => {
    for (const lang of ['ru', 'en'] as const) {
      const { records } = await file(lang, 'Europe/Moscow', [purchase]);
      expect(cell(records, 0, 'partner')).to.equal('Кофейня "Зерно"; сеть');
      expect(cell(records, 0, 'pos')).to.equal('ТЦ Европейский,\nвход 2');
    }
    expect(csvField('a;b', ';')).to.equal('"a;b"');
    expect(csvField('a,b', ';')).to.equal('a,b');
    expect(csvField('say "hi"', ',')).to.equal('"say ""hi"""');
  });

  it('writes dates as dd.MM.yyyy HH:mm:ss in the chosen time zone', async () => {
    const moscow = await file('ru', 'Europe/Moscow', [purchase, refund]);
    expect(cell(moscow.records, 0, 'date')).to.equal('06.11.2025 12:05:07');
    expect(cell(moscow.records, 1, 'date')).to.equal('08.11.2025 00:30:00'); // past midnight in Moscow
    const york = await file('en', 'America/New_York', [purchase, refund]);
    expect(cell(york.records, 0, 'date')).to.equal('06.11.2025 04:05:07');
    expect(cell(york.records, 1, 'date')).to.equal('07.11.2025 16:30:00');
    // Summer time in New York: UTC−4.
    expect(csvDateTime(new Date('2025-07-01T12:00:00Z'), 'America/New_York')).to.equal('01.07.2025 08:00:00');
    expect(csvDateTime(new Date('2025-07-01T12:00:00Z'), 'Asia/Kolkata')).to.equal('01.07.2025 17:30:00');
    // Days (burns on) carry their time as well.
    expect(cell(moscow.records, 0, 'burns-on')).to.equal('01.01.2026 00:00:00');
  });

  it('keeps ids above 2^53 and a 19-digit card digit for digit, as text a spreadsheet does not round', async () => {
    const { records } = await file('ru', 'Europe/Moscow', [purchase]);
    expect(formulaText(cell(records, 0, 'id'))).to.equal(ID_ABOVE_2_53);
    expect(formulaText(cell(records, 0, 'order'))).to.equal('9223372036854775807');
    expect(formulaText(cell(records, 0, 'coupon'))).to.equal(CARD_19);
    expect(formulaText(cell(records, 0, 'cheque'))).to.equal('000123'); // leading zeros kept
  });

  it('writes the chosen columns in the chosen order', async () => {
    const columns = parseColumns('id amount date');
    const { records } = await file('en', 'UTC', [purchase], columns);
    expect(records).to.deep.equal([
      ['Operation ID', 'Amount', 'Date and time'],
      [`="${ID_ABOVE_2_53}"`, '1499.5', '06.11.2025 09:05:07'],
    ]);
  });

  it('defuses a text a spreadsheet would run as a formula', async () => {
    const { records } = await file('en', 'UTC', [{ id: '1', partnerName: '=HYPERLINK("http://x")', couponNumber: '1"&A1&"' }]);
    expect(cell(records, 0, 'partner')).to.equal(`'=HYPERLINK("http://x")`);
    expect(formulaText(cell(records, 0, 'coupon'))).to.equal('1"&A1&"'); // stays a string inside the formula
  });

  it('holds each page as one part and writes a header-only file for no rows', async () => {
    const fmt = getFormatter('en', { timeZone: 'UTC' });
    const writer = new CsvWriter(COLUMNS, fmt, now);
    expect((await readCsv(writer.toBlob(), ',')).records).to.have.length(1);
    writer.add([purchase]);
    writer.add([]);
    writer.add([refund, purchase]);
    expect(writer.rows).to.equal(3);
    expect((await readCsv(writer.toBlob(), ',')).records).to.have.length(4);
  });
});
