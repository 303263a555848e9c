import { expect } from '@open-wc/testing';
import { HistoryError } from '../../src/api/errors.js';
import { readCard, readPhone } from '../../src/api/identity.js';

/** The config error `read` throws for `raw`. */
function failure(read: (raw: unknown) => unknown, raw: unknown): HistoryError {
  try {
    read(raw);
  } catch (e) {
    expect(e).to.be.instanceOf(HistoryError);
    return e as HistoryError;
  }
  throw new Error(`${String(raw)} was accepted`);
}

describe('phone and card as people paste them', () => {
  it('the forms of a Russian phone all read as the 10 digits the platform looks clients up by', () => {
    for (const phone of ['+7 (915) 399-26-42', '8 915 399 26 42', '79153992642', '9153992642', '+79153992642', '8(915)399-26-42', ' 915 399-26-42 ', 9153992642, 89153992642]) {
      expect(readPhone(phone), String(phone)).to.equal('9153992642');
    }
  });

  it('a card number with spaces or dashes reads as its digits, exactly, up to 64 bits', () => {
    expect(readCard('2700 0000 0100 1')).to.equal('2700000001001');
    expect(readCard('4276-1234')).to.equal('42761234');
    expect(readCard(' 2700-0000 - 0100 1 ')).to.equal('2700000001001');
    expect(readCard('1234567890123456789')).to.equal('1234567890123456789');
    expect(readCard('9223372036854775807')).to.equal('9223372036854775807');
    expect(readCard(2700000001001)).to.equal('2700000001001');
  });

  it('nothing given is no value', () => {
    for (const raw of [undefined, null, '', '   ']) {
      expect(readPhone(raw), String(raw)).to.equal(undefined);
      expect(readCard(raw), String(raw)).to.equal(undefined);
    }
  });

  it('anything else is a config error naming the attribute and what is wrong, never the number', () => {
    const phones: [unknown, RegExp][] = [
      ['915 399 26 4', /^phone must have 10 digits, or 11 starting with 7 or 8; got 9 digits$/],
      ['99153992642', /^phone must have 10 digits, or 11 starting with 7 or 8; got 11 digits$/],
      ['+380 44 123 45 67', /^phone must be a Russian number: \+7 and 10 digits$/],
      ['+7 915 399 26 4', /^phone must be a Russian number/],
      ['+8 915 399 26 42', /^phone must be a Russian number/],
      ['9153992642.0', /^phone may hold only digits, spaces, dashes, brackets and a leading \+$/],
      ['915399264a', /^phone may hold only digits/],
      ['9153992642 доб. 5', /^phone may hold only digits/],
      [9153992642.5, /^phone must be a whole number$/],
    ];
    for (const [raw, message] of phones) {
      const e = failure(readPhone, raw);
      expect([e.kind, e.attribute], String(raw)).to.deep.equal(['config', 'phone']);
      expect(e.message, String(raw)).to.match(message);
      for (const part of String(raw).match(/\d{3,}/g) ?? []) expect(e.message, `${String(raw)} is not echoed`).to.not.contain(part);
    }
    const cards: [unknown, RegExp][] = [
      ['1234 5678x', /^card may hold only digits, with spaces or dashes between them$/],
      ['-1', /^card may hold only digits/],
      ['1.0', /^card may hold only digits/],
      ['card', /^card may hold only digits/],
      ['1234--', /^card may hold only digits/],
      ['9223372036854775808', /^card must be at most 9223372036854775807 \(a 64-bit integer\)$/],
      [2 ** 53 + 2, /^card is a number above 2\^53, already rounded by JavaScript: pass it as a string$/],
    ];
    for (const [raw, message] of cards) {
      const e = failure(readCard, raw);
      expect([e.kind, e.attribute], String(raw)).to.deep.equal(['config', 'card']);
      expect(e.message, String(raw)).to.match(message);
      for (const part of String(raw).match(/\d{3,}/g) ?? []) expect(e.message, `${String(raw)} is not echoed`).to.not.contain(part);
    }
  });

  it('the error names the attribute it is read for', () => {
    expect(failure((raw) => readPhone(raw, 'member-phone'), '12').attribute).to.equal('member-phone');
    expect(failure((raw) => readCard(raw, 'member-card'), 'x').message).to.match(/^member-card /);
  });
});
