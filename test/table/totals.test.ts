import { expect } from '@open-wc/testing';
import { getFormatter } from '../../src/format/index.js';
import { Totals, coverageText } from '../../src/table/totals.js';

/** Intl's spaces (NBSP, narrow NBSP) folded to plain ones, so no locale's spaces are hard-coded. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const ru = getFormatter('ru', { timeZone: 'UTC' });
const en = getFormatter('en', { timeZone: 'UTC' });

describe('table totals', () => {
  it('sums purchases with refunds subtracted, points added, points spent or burnt', () => {
    const totals = new Totals();
    totals.add([
      { amount: 1000, added: 50 },
      { amount: 300, refund: true, redeemed: 15 },
      { redeemed: 40, bonusSourceName: 'Сгорание баллов' },
      { added: 100, bonusSourceName: 'Приветственные баллы' },
    ]);
    totals.add([{ amount: 200.5, redeemed: 20 }]);
    expect(totals.purchases).to.equal(900.5);
    expect(totals.added).to.equal(150);
    expect(totals.spent).to.equal(75);
    expect(totals.count).to.equal(5);
  });

  it('adds 10,000 rows of 0.1 to exactly 1,000', () => {
    const totals = new Totals();
    totals.add(Array.from({ length: 10_000 }, () => ({ amount: 0.1, added: 0.1 })));
    expect(totals.purchases).to.equal(1000);
    expect(totals.added).to.equal(1000);
  });

  it('says how many of Rows it covers, and is complete once every row is read', () => {
    const totals = new Totals();
    totals.add(Array.from({ length: 120 }, () => ({ amount: 1 })));
    expect(totals.coverage(1480, false)).to.deep.equal({ count: 120, total: 1480, complete: false });
    expect(spaces(coverageText(totals.coverage(1480, false), ru))).to.equal('по 120 из 1 480 операций');
    expect(coverageText(totals.coverage(1480, false), en)).to.equal('covering 120 of 1,480 operations');
    expect(totals.coverage(120, false).complete).to.be.true;
    expect(totals.coverage(undefined, true)).to.deep.equal({ count: 120, total: 120, complete: true });
    expect(coverageText(totals.coverage(120, false), ru)).to.equal('по всем 120 операциям');
    expect(coverageText(totals.coverage(120, false), en)).to.equal('covering all 120 operations');
    expect(coverageText(totals.coverage(undefined, false), ru)).to.equal('по 120 операциям');
  });

  it('agrees with the number in Russian', () => {
    const of = (count: number, total: number) => spaces(coverageText({ count, total, complete: false }, ru));
    expect(of(1, 21)).to.equal('по 1 из 21 операции');
    expect(of(1, 2)).to.equal('по 1 из 2 операций');
    expect(of(3, 5)).to.equal('по 3 из 5 операций');
    expect(coverageText({ count: 1, total: 1, complete: true }, ru)).to.equal('по 1 операции');
    expect(coverageText({ count: 21, total: 21, complete: true }, ru)).to.equal('по всем 21 операции');
    expect(coverageText({ count: 1, total: 1, complete: true }, en)).to.equal('covering the only operation');
  });
});
