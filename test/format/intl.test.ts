import { expect } from '@open-wc/testing';
import { getFormatter } from '../../src/format/intl.js';

/** Folds the no-break spaces Intl uses into plain spaces. */
const fold = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const MSK = 'Europe/Moscow';
const NY = 'America/New_York';

describe('getFormatter', () => {
  it('returns the same object for the same language, currency and zone', () => {
    const a = getFormatter('ru', { timeZone: MSK });
    expect(getFormatter('ru', { timeZone: MSK, currency: 'RUB' })).to.equal(a);
    expect(getFormatter('ru', { timeZone: NY })).to.not.equal(a);
    expect(getFormatter('en', { timeZone: MSK })).to.not.equal(a);
    expect(getFormatter('ru', { timeZone: MSK, currency: 'USD' })).to.not.equal(a);
  });

  it('falls back to RUB and the browser zone for unknown values instead of throwing', () => {
    const browserZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const f = getFormatter('ru', { timeZone: 'Mars/Olympus', currency: 'not a currency' });
    expect(f.timeZone).to.equal(browserZone);
    expect(f.currency).to.equal('RUB');
    expect(f).to.equal(getFormatter('ru'));
  });

  it('formats money with the currency, kopecks only when there are any', () => {
    const ru = getFormatter('ru', { timeZone: MSK });
    expect(fold(ru.money(1500))).to.equal('1 500 ₽');
    expect(fold(ru.money(1499.5))).to.equal('1 499,50 ₽');
    const en = getFormatter('en', { timeZone: MSK });
    expect(fold(en.money(1500))).to.equal('₽1,500');
    expect(fold(getFormatter('en', { timeZone: MSK, currency: 'usd' }).money(12.3))).to.equal('$12.30');
  });

  it('formats points with grouping, up to two decimals and a real minus sign', () => {
    const ru = getFormatter('ru', { timeZone: MSK });
    expect(ru.points(61.7, true)).to.equal('+61,7');
    expect(ru.points(-100, true)).to.equal('\u2212100');
    expect(ru.points(-100)).to.equal('\u2212100');
    expect(ru.points(0, true)).to.equal('0');
    expect(fold(ru.points(12345.678))).to.equal('12 345,68');
    const en = getFormatter('en', { timeZone: MSK });
    expect(en.points(-1234.5, true)).to.equal('\u22121,234.5');
    expect(en.points(-1, true)).to.not.contain('-');
  });

  it('writes time and day keys in the formatter zone', () => {
    const d = new Date('2025-11-05T22:30:00Z');
    const msk = getFormatter('ru', { timeZone: MSK });
    const ny = getFormatter('ru', { timeZone: NY });
    expect(msk.time(d)).to.equal('01:30');
    expect(ny.time(d)).to.equal('17:30');
    expect(msk.dayKey(d)).to.equal('2025-11-06');
    expect(ny.dayKey(d)).to.equal('2025-11-05');
  });

  it('names today and yesterday in the formatter zone', () => {
    const now = new Date('2025-11-06T12:00:00Z');
    const late = new Date('2025-11-05T22:30:00Z');
    expect(getFormatter('ru', { timeZone: MSK }).dayHeader(late, now)).to.equal('Сегодня');
    expect(getFormatter('ru', { timeZone: NY }).dayHeader(late, now)).to.equal('Вчера');
    expect(getFormatter('en', { timeZone: NY }).dayHeader(late, now)).to.equal('Yesterday');
    expect(getFormatter('en', { timeZone: MSK }).dayHeader(late, now)).to.equal('Today');
  });

  it('finds yesterday across a daylight-saving change', () => {
    const now = new Date('2025-11-03T06:00:00Z'); // 01:00 on 3 November in New York, after DST ended
    const d = new Date('2025-11-02T04:30:00Z'); // 00:30 on 2 November, still EDT
    expect(getFormatter('en', { timeZone: NY }).dayHeader(d, now)).to.equal('Yesterday');
  });

  it('dates other days, with the year only when it is not the current one', () => {
    const now = new Date('2025-11-06T12:00:00Z');
    const ru = getFormatter('ru', { timeZone: MSK });
    expect(fold(ru.dayHeader(new Date('2025-11-01T10:00:00Z'), now))).to.equal('1 ноября');
    expect(fold(ru.dayHeader(new Date('2024-11-06T10:00:00Z'), now))).to.equal('6 ноября 2024 г.');
    const en = getFormatter('en', { timeZone: MSK });
    expect(fold(en.dayHeader(new Date('2025-11-01T10:00:00Z'), now))).to.equal('1 November');
    expect(fold(en.dayHeader(new Date('2024-12-31T10:00:00Z'), now))).to.equal('31 December 2024');
  });

  it('short, long and date-time forms; an invalid date gives empty text, not an exception', () => {
    const ru = getFormatter('ru', { timeZone: MSK });
    const d = new Date('2025-11-12T11:05:00Z');
    expect(fold(ru.dateShort(d))).to.equal('12 ноября');
    expect(fold(ru.date(d))).to.equal('12 ноября 2025 г.');
    const dt = fold(ru.dateTime(d));
    expect(dt).to.contain('12 ноября 2025').and.to.contain('14:05');
    expect(ru.time(new Date(NaN))).to.equal('');
    expect(ru.month(new Date(NaN))).to.equal('');
    expect(ru.dayHeader(new Date(NaN), d)).to.equal('');
    expect(ru.dayKey(new Date(NaN))).to.equal('');
  });

  it('keeps a number with the word after it: "4 декабря", "2025 г." never part at a line end', () => {
    const ru = getFormatter('ru', { timeZone: MSK });
    const d = new Date('2025-12-04T11:05:00Z');
    expect(ru.dateShort(d)).to.equal('4\u00a0декабря');
    expect(ru.date(d)).to.equal('4\u00a0декабря 2025\u00a0г.');
    expect(ru.dateTime(d)).to.match(/^4\u00a0декабря 2025\u00a0г\./);
    expect(ru.dayHeader(d, new Date('2026-01-10T00:00:00Z'))).to.equal('4\u00a0декабря 2025\u00a0г.');
    expect(getFormatter('en', { timeZone: MSK }).dateShort(d)).to.equal('4\u00a0December');
  });

  it('names a month band: the month capitalised and its year, in the formatter zone', () => {
    const d = new Date('2025-10-31T22:30:00Z'); // 1 November in Moscow, 31 October in New York
    expect(getFormatter('ru', { timeZone: MSK }).month(d)).to.equal('Ноябрь 2025');
    expect(getFormatter('ru', { timeZone: NY }).month(d)).to.equal('Октябрь 2025');
    expect(getFormatter('en', { timeZone: MSK }).month(d)).to.equal('November 2025');
  });
});
