/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { buildRequestBody } from '../../src/api/request.js';
import { HistoryError } from '../../src/api/errors.js';
import type { HistoryQuery } from '../../src/api/types.js';

describe('buildRequestBody', () => {
  it('writes every field in PascalCase, integers as bare numbers', () => {
    const query: HistoryQuery = {
      card: '1001', phone: '9153992642', client: '7', partner: '12', posCode: 'shop-1', bonus: true,
      orderId: '55', cheque: true, operator: '3', token: '1234567891011', siteCode: '{type:1}{oper:7}',
    };
    expect(buildRequestBody(query, 0, 20)).to.equal(
      '{"Card":1001,"Phone":9153992642,"Client":7,"Partner":12,"PosCode":"shop-1","Bonus":true,"OrderId":55,' +
        '"Cheque":true,"Start":0,"Length":20,"Operator":3,"Token":1234567891011,"SiteCode":"{type:1}{oper:7}"}',
    );
  });

  it('sends only the fields that are set, plus the page', () => {
    expect(JSON.parse(buildRequestBody({ token: '5' }, 40, 20))).to.deep.equal({ Start: 40, Length: 20, Token: 5 });
    expect(buildRequestBody({}, 1, 1)).to.equal('{"Start":1,"Length":1}');
  });

  it('keeps digits above 2^53 verbatim', () => {
    const body = buildRequestBody({ token: '9007199254740993', card: '9223372036854775807' }, 0, 20);
    expect(body).to.contain('"Token":9007199254740993');
    expect(body).to.contain('"Card":9223372036854775807');
    expect(body).not.to.contain('9007199254740992');
  });

  it('drops leading zeros, which JSON does not allow', () => {
    const body = buildRequestBody({ card: '000123', client: '0' }, 0, 20);
    expect(JSON.parse(body)).to.include({ Card: 123, Client: 0 });
  });

  it('escapes strings properly', () => {
    const site = 'a"b\\c\n\u2028</script>\u0001';
    const body = buildRequestBody({ siteCode: site, posCode: 'Точка №1' }, 0, 20);
    const parsed = JSON.parse(body) as { SiteCode: string; PosCode: string };
    expect(parsed.SiteCode).to.equal(site);
    expect(parsed.PosCode).to.equal('Точка №1');
  });

  it('refuses a non-integer id without echoing the token', () => {
    let error: unknown;
    try {
      buildRequestBody({ token: '12ab-secret' }, 0, 20);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(HistoryError);
    expect((error as HistoryError).kind).to.equal('config');
    expect((error as HistoryError).message).to.contain('Token');
    expect((error as HistoryError).message).not.to.contain('12ab-secret');
    expect(() => buildRequestBody({ card: '1.5' }, 0, 20)).to.throw(HistoryError, /Card.*"1\.5"/);
  });

  it('refuses a negative or fractional page', () => {
    expect(() => buildRequestBody({}, -1, 20)).to.throw(RangeError, /Start/);
    expect(() => buildRequestBody({}, 0, 2.5)).to.throw(RangeError, /Length/);
  });
});
