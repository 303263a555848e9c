/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { isValidTimeZone, parseServerDate } from '../../src/api/dates.js';

const MSK = 'Europe/Moscow';
const iso = (text: string, zone = MSK) => parseServerDate(text, zone)?.toISOString();

describe('parseServerDate', () => {
  it('reads .NET ISO dates with offsets, truncating to milliseconds', () => {
    expect(iso('2025-11-06T03:31:38.5405101+03:00')).to.equal('2025-11-06T00:31:38.540Z');
    expect(iso('2025-11-06T03:31:38+0300')).to.equal('2025-11-06T00:31:38.000Z');
    expect(iso('2025-11-06T03:31:38.9Z')).to.equal('2025-11-06T03:31:38.900Z');
    expect(iso('2025-11-06 03:31:38-05:00')).to.equal('2025-11-06T08:31:38.000Z');
  });

  it('reads dates without an offset as wall-clock time of the server zone', () => {
    expect(iso('2025-11-06T03:31:38')).to.equal('2025-11-06T00:31:38.000Z');
    expect(iso('2025-11-06')).to.equal('2025-11-05T21:00:00.000Z');
    expect(iso('2025-07-01T12:00:00', 'Asia/Kolkata')).to.equal('2025-07-01T06:30:00.000Z');
    expect(iso('2025-10-26T02:30:00', 'Europe/Berlin')).to.match(/^2025-10-26T0[01]:30:00/); // ambiguous hour: either reading
  });

  it('reads every hour of a day on which the zone changes its offset, and the days around it', () => {
    // Read in order, as a page's rows come: what is known of one day must not be taken for another.
    const cases: [string, string, string][] = [
      ['Europe/Berlin', '2025-03-29T12:00:00', '2025-03-29T11:00:00.000Z'],
      ['Europe/Berlin', '2025-03-30T00:30:00', '2025-03-29T23:30:00.000Z'],
      ['Europe/Berlin', '2025-03-30T01:30:00', '2025-03-30T00:30:00.000Z'],
      ['Europe/Berlin', '2025-03-30T03:30:00', '2025-03-30T01:30:00.000Z'],
      ['Europe/Berlin', '2025-03-30T23:30:00', '2025-03-30T21:30:00.000Z'],
      ['Europe/Berlin', '2025-03-31T12:00:00', '2025-03-31T10:00:00.000Z'],
      ['Europe/Berlin', '2025-10-26T00:30:00', '2025-10-25T22:30:00.000Z'],
      ['Europe/Berlin', '2025-10-26T03:30:00', '2025-10-26T02:30:00.000Z'],
      ['Europe/Berlin', '2025-10-26T23:30:00', '2025-10-26T22:30:00.000Z'],
      // New York changes at 07:00 UTC, Moscow (+04:00 to +03:00 in 2014) just after a UTC midnight.
      ['America/New_York', '2025-03-08T23:30:00', '2025-03-09T04:30:00.000Z'],
      ['America/New_York', '2025-03-09T01:30:00', '2025-03-09T06:30:00.000Z'],
      ['America/New_York', '2025-03-09T03:30:00', '2025-03-09T07:30:00.000Z'],
      ['America/New_York', '2025-03-09T21:00:00', '2025-03-10T01:00:00.000Z'],
      [MSK, '2014-10-25T23:30:00', '2014-10-25T19:30:00.000Z'],
      [MSK, '2014-10-26T00:30:00', '2014-10-25T20:30:00.000Z'],
      [MSK, '2014-10-26T03:30:00', '2014-10-26T00:30:00.000Z'],
      [MSK, '2014-10-26T12:00:00', '2014-10-26T09:00:00.000Z'],
    ];
    for (const [zone, text, want] of cases) expect(iso(text, zone), `${text} in ${zone}`).to.equal(want);
  });

  it('reads WCF dates', () => {
    expect(iso('/Date(1762389098540+0300)/')).to.equal(new Date(1762389098540).toISOString());
    expect(iso('/Date(0)/')).to.equal('1970-01-01T00:00:00.000Z');
  });

  it('gives undefined for anything else', () => {
    for (const text of ['', 'garbage', '2025-13-01T00:00:00', '2025-02-29T00:00:00', '2025-01-01T24:00:00', '2025-01-01T00:60:00',
      '06.11.2025', '2025-11-06T03:31:38+25:00', '/Date(abc)/', '/Date(99999999999999999)/', '0001-01-01T00:00:00']) {
      expect(parseServerDate(text, MSK), text).to.equal(undefined);
    }
    expect(iso('2024-02-29T00:00:00Z')).to.equal('2024-02-29T00:00:00.000Z');
  });

  it(".NET's DateTime.MinValue is no date in every form: any offset or fraction, WCF with or without an offset", () => {
    for (const text of ['0001-01-01T00:00:00', '0001-01-01T00:00:00+00:00', '0001-01-01T00:00:00.0000000+03:00', '0001-01-01T00:00:00Z',
      '0001-01-01T00:00:00-05:00', '0001-01-01T00:00:00.5405101+14:00', '0001-01-01T00:00:00-12:00', '0001-01-01 00:00:00',
      '/Date(-62135596800000)/', '/Date(-62135596800000+0300)/', '/Date(-62135596800000-0500)/']) {
      expect(parseServerDate(text, MSK), text).to.equal(undefined);
      expect(parseServerDate(text, 'America/New_York'), text).to.equal(undefined);
    }
    expect(iso('0002-01-01T00:00:00Z'), 'a later year is still a date').to.equal('0002-01-01T00:00:00.000Z');
  });

  it('reads every day of every month, in leap and common years', () => {
    for (const year of [2023, 2024, 2025, 2026, 2100, 2000]) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let day = 1; day <= last; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`;
          expect(iso(text), text).to.equal(text.replace('Z', '.000Z'));
        }
        const past = `${year}-${String(month).padStart(2, '0')}-${last + 1}T12:00:00Z`;
        expect(iso(past), past).to.equal(undefined);
      }
    }
  });

  it('knows valid IANA zones, the aliases Intl does not list among them', () => {
    for (const zone of ['Europe/Moscow', 'Asia/Yekaterinburg', 'UTC', 'Etc/GMT-3', 'Europe/Kiev', 'Europe/Kyiv']) expect(isValidTimeZone(zone), zone).to.equal(true);
    for (const zone of ['Nowhere/Land', 'GMT+25', 'europe/moscow ', '']) expect(isValidTimeZone(zone), JSON.stringify(zone)).to.equal(false);
  });
});
