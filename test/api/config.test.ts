/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { resolveConfig, type ConfigInput } from '../../src/api/config.js';
import { HistoryError } from '../../src/api/errors.js';

const PAGE = 'https://shop.example/account/history';

function configError(input: ConfigInput, pageUrl = PAGE): HistoryError {
  try {
    resolveConfig(input, pageUrl);
  } catch (e) {
    expect(e).to.be.instanceOf(HistoryError);
    expect((e as HistoryError).kind).to.equal('config');
    return e as HistoryError;
  }
  throw new Error(`resolveConfig accepted ${JSON.stringify(input)}`);
}

describe('resolveConfig', () => {
  it('has sensible defaults', () => {
    const c = resolveConfig({}, PAGE).request;
    expect(c.query).to.deep.equal({});
    expect(c.pageSize).to.equal(20);
    expect(c.endpoint).to.equal('https://shop.example/api/client/OperationHistory');
  });

  it('defaults to the page location', () => {
    expect(resolveConfig({}).request.endpoint).to.equal(`${location.origin}/api/client/OperationHistory`);
  });

  it('reads every attribute, trimmed, integers as digit strings', () => {
    const c = resolveConfig(
      {
        token: ' 9007199254740993 ', siteCode: ' {type:1}{tok:1} ', card: '1001', phone: '9153992642', client: '7',
        partner: '12', posCode: ' shop 1 ', operator: '3', orderId: '0055', filter: 'cheque', pageSize: '50',
      },
      PAGE,
    ).request;
    expect(c.query).to.deep.equal({
      token: '9007199254740993', siteCode: '{type:1}{tok:1}', card: '1001', phone: '9153992642', client: '7',
      partner: '12', posCode: 'shop 1', operator: '3', orderId: '55', cheque: true,
    });
    expect(c.pageSize).to.equal(50);
    expect(Object.isFrozen(c.query)).to.equal(true);
  });

  it('treats null, undefined and empty strings as not given', () => {
    const c = resolveConfig({ token: null, card: '', phone: '  ', siteCode: '', filter: null, pageSize: '', apiBase: '' }, PAGE).request;
    expect(c.query).to.deep.equal({});
    expect(c.pageSize).to.equal(20);
  });

  it('names the attribute and the value of a non-integer id', () => {
    const e = configError({ client: '12 34' });
    expect(e.attribute).to.equal('client');
    expect(e.message).to.equal('client must be an integer (digits only), got "12 34"');
    expect(configError({ orderId: '-5' }).attribute).to.equal('order-id');
    // Card and phone are never echoed: the message names the attribute and what is wrong.
    expect(configError({ card: '12a34' }).message).to.equal('card may hold only digits, with spaces or dashes between them');
    expect(configError({ phone: '+1 555 0100 200' }).message).to.match(/^phone must be a Russian number/);
  });

  it('never echoes the token', () => {
    for (const token of ['12ab34', '99999999999999999999', '-1']) {
      const e = configError({ token });
      expect(e.attribute).to.equal('token');
      expect(e.message).to.match(/^token must/);
      expect(e.message).not.to.contain(token);
      expect(JSON.stringify(e.toDetail())).not.to.contain(token);
    }
  });

  it('accepts the largest 64-bit integer and refuses one more', () => {
    expect(resolveConfig({ card: '9223372036854775807' }, PAGE).request.query.card).to.equal('9223372036854775807');
    expect(configError({ card: '9223372036854775808' }).message).to.contain('9223372036854775807');
    expect(configError({ client: '12345678901234567890' }).attribute).to.equal('client');
  });

  it('reads the filter', () => {
    expect(resolveConfig({ filter: 'all' }, PAGE).request.query).to.deep.equal({});
    expect(resolveConfig({ filter: 'bonus' }, PAGE).request.query).to.deep.equal({ bonus: true });
    expect(resolveConfig({ filter: ' Cheque ' }, PAGE).request.query).to.deep.equal({ cheque: true });
    const e = configError({ filter: 'bonuses' });
    expect(e.attribute).to.equal('filter');
    expect(e.message).to.contain('"all", "cheque", "bonus"');
    expect(e.message).to.contain('"bonuses"');
  });

  it('accepts page-size 1..100 and refuses the rest, naming the range', () => {
    expect(resolveConfig({ pageSize: 1 }, PAGE).request.pageSize).to.equal(1);
    expect(resolveConfig({ pageSize: '100' }, PAGE).request.pageSize).to.equal(100);
    for (const pageSize of [0, -1, 10000, 'abc', 2.5, '2.5', 101]) {
      const e = configError({ pageSize });
      expect(e.attribute).to.equal('page-size');
      expect(e.message).to.contain('1 to 100');
      expect(e.message).to.contain(String(pageSize));
    }
  });

  it('resolves api-base against the page and strips trailing slashes', () => {
    expect(resolveConfig({ apiBase: '/WebService/t1/app/api/' }, PAGE).request.endpoint).to.equal(
      'https://shop.example/WebService/t1/app/api/client/OperationHistory',
    );
    expect(resolveConfig({ apiBase: 'https://api.example/x//' }, PAGE).request.endpoint).to.equal('https://api.example/x/client/OperationHistory');
    expect(resolveConfig({ apiBase: 'https://api.example' }, PAGE).request.endpoint).to.equal('https://api.example/client/OperationHistory');
    expect(resolveConfig({ apiBase: 'v2/api' }, PAGE).request.endpoint).to.equal('https://shop.example/account/v2/api/client/OperationHistory');
  });

  it('allows http: only for a local API from an http: page', () => {
    const local = 'http://127.0.0.1:8080/';
    for (const apiBase of ['http://localhost:3000/api', 'http://127.0.0.1:8080/api', 'http://[::1]/api']) {
      expect(resolveConfig({ apiBase }, local).request.endpoint).to.equal(`${apiBase}/client/OperationHistory`);
    }
    const remote = configError({ apiBase: 'http://api.example/api' }, local);
    expect(remote.attribute).to.equal('api-base');
    expect(remote.message).to.contain('https:');
    const mixed = configError({ apiBase: 'http://localhost:3000/api' }, PAGE);
    expect(mixed.attribute).to.equal('api-base');
    expect(mixed.message).to.contain('mixed content');
  });

  it('refuses other schemes, credentials and queries in api-base', () => {
    for (const apiBase of ['javascript:alert(1)', 'data:text/plain,x', 'ftp://files.example/api', 'https://u:p@api.example/api', 'https://api.example/api?x=1']) {
      const e = configError({ apiBase });
      expect(e.attribute, apiBase).to.equal('api-base');
      expect(e.message).to.match(/^api-base /);
    }
    expect(configError({ apiBase: 'https://user:hunter2@api.example/api' }).message).not.to.contain('hunter2');
    expect(configError({}, 'file:///home/me/page.html').message).to.contain('file:');
  });

  it('accepts a timeout of 1 to 2^31-1 whole milliseconds and refuses the rest, naming timeout', () => {
    expect(resolveConfig({}, PAGE).request.timeoutMs).to.equal(15000);
    expect(resolveConfig({ timeout: 1 }, PAGE).request.timeoutMs).to.equal(1);
    expect(resolveConfig({ timeout: '2500' }, PAGE).request.timeoutMs).to.equal(2500);
    expect(resolveConfig({ timeout: 2147483647 }, PAGE).request.timeoutMs).to.equal(2147483647);
    for (const timeout of [0, -1, 1.5, NaN, Infinity, -Infinity, 2147483648, 1e12, 'abc', '10s', '1e3'] as const) {
      const e = configError({ timeout });
      expect(e.attribute, String(timeout)).to.equal('timeout');
      expect(e.message).to.match(/^timeout must be a whole number of milliseconds from 1 to 2147483647/);
    }
  });

  it('accepts load-mode "auto" and "button" and refuses anything else, a different case included', () => {
    expect(() => resolveConfig({ loadMode: 'auto' }, PAGE)).not.to.throw();
    expect(() => resolveConfig({ loadMode: 'button' }, PAGE)).not.to.throw();
    for (const loadMode of ['AUTO', 'Button', 'scroll', '', ' auto']) {
      const e = configError({ loadMode });
      expect(e.attribute, loadMode).to.equal('load-mode');
      expect(e.message).to.contain('"auto" or "button"');
    }
  });

  it('accepts time zones Intl knows and refuses others, naming time-zone or server-time-zone', () => {
    const c = resolveConfig({ timeZone: 'Asia/Yekaterinburg', serverTimeZone: 'UTC' }, PAGE);
    expect(c.request.serverTimeZone).to.equal('UTC');
    expect(c.timeZone).to.equal('Asia/Yekaterinburg');
    expect(resolveConfig({ serverTimeZone: '' }, PAGE).request.serverTimeZone).to.equal('Europe/Moscow');
    expect(() => resolveConfig({ timeZone: '' }, PAGE), 'empty: the browser zone').not.to.throw();
    for (const zone of ['Mars/Olympus', 'MSK+3', 'Europe/Moskva']) {
      const own = configError({ timeZone: zone });
      expect(own.attribute).to.equal('time-zone');
      expect(own.message).to.contain(zone);
      expect(configError({ serverTimeZone: zone }).attribute).to.equal('server-time-zone');
    }
  });

  it('accepts ISO 4217 currencies in any case and refuses others, naming currency', () => {
    for (const currency of ['RUB', 'usd', 'Eur', 'KZT']) expect(() => resolveConfig({ currency }, PAGE), currency).not.to.throw();
    for (const currency of ['RUR1', 'рубль', 'R', '$', 'XYZ', 'RUBLE']) {
      const e = configError({ currency });
      expect(e.attribute, currency).to.equal('currency');
      expect(e.message).to.match(/^currency must be a 3-letter ISO 4217 code/);
    }
  });
});
