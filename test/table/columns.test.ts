import { expect } from '@open-wc/testing';
import { HistoryError } from '../../src/api/errors.js';
import type { Operation } from '../../src/api/types.js';
import { getFormatter } from '../../src/format/index.js';
import { COLUMNS, cellText, columnLabel, parseColumns, readCells } from '../../src/table/columns.js';

const now = new Date('2025-11-20T12:00:00Z');
const ru = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const en = getFormatter('en', { timeZone: 'Europe/Moscow' });
const ids = (columns: readonly { id: string }[]) => columns.map((c) => c.id);

function thrown(run: () => unknown): HistoryError {
  try {
    run();
  } catch (e) {
    return e as HistoryError;
  }
  throw new Error('did not throw');
}

/** The text of one column for one operation. */
const text = (id: string, op: Operation, fmt = ru) => {
  const columns = parseColumns(id);
  return cellText(readCells(columns, op, fmt, now)[0], fmt);
};

describe('table columns', () => {
  it('offers every field of the issue, in its order, when the attribute is absent or empty', () => {
    const all = ['date', 'operation', 'pos', 'partner', 'cheque', 'order', 'amount', 'discount', 'certificate', 'added', 'spent', 'remain', 'active-from', 'burns-on', 'coupon', 'source', 'id'];
    for (const attr of [null, undefined, '', '  ', ' , ']) expect(ids(parseColumns(attr))).to.deep.equal(all);
    expect(ids(COLUMNS)).to.deep.equal(all);
  });

  it('chooses and orders columns by name, commas or spaces between, any case, repeats once', () => {
    expect(ids(parseColumns('amount, date  id'))).to.deep.equal(['amount', 'date', 'id']);
    expect(ids(parseColumns('ID,Amount,id'))).to.deep.equal(['id', 'amount']);
  });

  it('rejects an unknown name with a config error naming the attribute and the name', () => {
    const error = thrown(() => parseColumns('date, amout'));
    expect(error).to.be.instanceOf(HistoryError);
    expect(error.kind).to.equal('config');
    expect(error.attribute).to.equal('columns');
    expect(error.message).to.contain('"amout"').and.contain('amount');
  });

  it('labels columns in the interface language', () => {
    const [date, , pos, , , , amount] = COLUMNS;
    expect([columnLabel(date!, ru), columnLabel(pos!, ru), columnLabel(amount!, ru)]).to.deep.equal(['Дата и время', 'Точка продаж', 'Сумма']);
    expect([columnLabel(date!, en), columnLabel(pos!, en), columnLabel(amount!, en)]).to.deep.equal(['Date and time', 'Point of sale', 'Amount']);
  });

  it('right-aligns money and points, and only them', () => {
    const numeric = COLUMNS.filter((c) => c.align === 'numeric').map((c) => c.id);
    expect(numeric).to.deep.equal(['amount', 'discount', 'certificate', 'added', 'spent', 'remain']);
  });

  it('titles operations as the member rows do', () => {
    expect(text('operation', { amount: 500, chequeNumber: '7' })).to.equal('Покупка');
    expect(text('operation', { amount: 500, refund: true })).to.equal('Возврат покупки');
    expect(text('operation', { redeemed: 40, bonusSourceName: 'Сгорание баллов' })).to.equal('Баллы сгорели');
    expect(text('operation', { added: 100, bonusSourceName: 'Приветственные баллы' }, en)).to.equal('Welcome points');
    expect(text('operation', { added: 100, bonusSourceName: 'Акция «Осень»' })).to.equal('Акция «Осень»');
    expect(text('operation', { added: 10, active: false })).to.equal('Баллы ожидают активации');
  });

  it('writes money and points in the member widget\'s formats, a refund\'s amount negative', () => {
    expect(text('amount', { amount: 1499.5 })).to.equal(ru.money(1499.5));
    expect(text('amount', { amount: 1499.5, refund: true })).to.equal(ru.money(-1499.5));
    expect(text('amount', { amount: 1499.5, refund: true })).to.match(/^\u2212/);
    expect(text('added', { added: 61.7 })).to.equal(ru.points(61.7));
    expect(text('remain', { remain: 0 })).to.equal('0');
    expect(text('discount', {})).to.equal('');
  });

  it('writes dates in the formatter\'s zone', () => {
    const op: Operation = { proctime: new Date('2025-11-06T21:30:00Z'), expiryDate: new Date('2025-12-31T21:00:00Z') };
    expect(text('date', op)).to.equal(ru.dateTime(op.proctime!));
    expect(text('date', op)).to.contain('7'); // 00:30 on 7 November in Moscow
    expect(text('burns-on', op)).to.equal(ru.date(op.expiryDate!));
  });

  it('keeps identifiers digit for digit, 64-bit', () => {
    const op: Operation = { id: '9223372036854775807', orderId: '9007199254740993', chequeNumber: '000123', pos: '18446744073709551615' };
    expect(text('id', op)).to.equal('9223372036854775807');
    expect(text('order', op)).to.equal('9007199254740993');
    expect(text('cheque', op)).to.equal('000123');
    expect(text('pos', op)).to.equal('18446744073709551615'); // no name: the point of sale's id
    expect(text('pos', { ...op, posName: ' ТЦ Север ' })).to.equal('ТЦ Север');
  });
});
