/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { parseHistoryResponse, type ParseOptions } from '../../src/api/parse.js';
import { HistoryError } from '../../src/api/errors.js';
import { ENGINE_TELLS_POSITION, ENGINE_TELLS_TRUNCATION, STALL_MS } from '../helpers/engine.js';
import { watchTurns } from '../helpers/page-turns.js';

/** The response sample of the endpoint's help page, verbatim (shared with the element tests). */
const SEED_SAMPLE = await (await fetch(new URL('../fixtures/seed-response.json', import.meta.url))).text();

async function parseError(text: string, options?: ParseOptions): Promise<HistoryError> {
  try {
    await parseHistoryResponse(text, options);
  } catch (e) {
    expect(e).to.be.instanceOf(HistoryError);
    return e as HistoryError;
  }
  throw new Error(`parsed without error: ${text.slice(0, 80)}`);
}

const page = (operations: unknown, extra = '') => `{"ErrorCode":0,"Message":null,"Rows":2${extra},"Operations":${JSON.stringify(operations)}}`;
const row = async (json: string) => (await parseHistoryResponse(`{"ErrorCode":0,"Operations":[${json}]}`)).operations[0]!;
const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));

describe('parseHistoryResponse', () => {
  it('turns the seed sample (ErrorCode 1) into an api error with its Message', async () => {
    const e = await parseError(SEED_SAMPLE);
    expect(e.kind).to.equal('api');
    expect(e.code).to.equal(1);
    expect(e.message).to.equal('sample string 2');
  });

  it('reads the seed sample with ErrorCode 0 as two operations', async () => {
    const p = await parseHistoryResponse(SEED_SAMPLE.replace('"ErrorCode": 1', '"ErrorCode": 0'));
    expect(p.rows).to.equal(1);
    expect(p.client).to.equal('1');
    expect(p.phone).to.equal('1');
    expect(p.card).to.equal('1');
    expect(p.operations).to.have.length(2);
    const [a, b] = p.operations;
    expect(a!.id).to.equal('1');
    expect(b!.id).to.equal('1');
    expect(a).to.deep.equal({
      id: '1', pos: '1', bonusId: '1', chequeId: '1', partnerName: 'sample string 1', posName: 'sample string 2',
      amount: 1, added: 1, redeemed: 1, refund: true, proctime: utc(2025, 11, 6, 0, 31, 38, 540), discount: 1,
      sertRedeemed: 1, couponNumber: 'sample string 3', bonusSourceName: 'sample string 4', componentType: 64,
      bonusSource: 64, chequeNumber: 'sample string 5', active: true, activeDate: utc(2025, 11, 6, 0, 31, 38, 540),
      expiryDate: utc(2025, 11, 6, 0, 31, 38, 540), remain: 1, parent: '1', orderId: '1',
    });
    expect(Object.isFrozen(a)).to.equal(true);
    expect(Object.isFrozen(p.operations)).to.equal(true);
    expect(a!.proctime).to.be.instanceOf(Date);
  });

  it('uses "Error N" when a failing answer has no Message', async () => {
    const e = await parseError('{"ErrorCode":10,"Message":null,"Operations":[]}');
    expect(e.kind).to.equal('api');
    expect(e.code).to.equal(10);
    expect(e.message).to.equal('Error 10');
    expect((await parseError('{"ErrorCode":"3","Message":"  Неверный токен "}')).message).to.equal('Неверный токен');
  });

  it('treats ErrorCode null, missing or 0 as success', async () => {
    for (const code of ['null', '0', '"0"']) {
      expect((await parseHistoryResponse(`{"ErrorCode":${code},"Operations":[]}`)).operations).to.deep.equal([]);
    }
    expect(await parseHistoryResponse('{}')).to.deep.equal({ operations: [] });
  });

  it('reads nulls everywhere as absent fields', async () => {
    const names = ['Id', 'Pos', 'BonusId', 'ChequeId', 'PartnerName', 'PosName', 'Amount', 'Added', 'Redeemed', 'Refund',
      'Proctime', 'Discount', 'SertRedeemed', 'CouponNumber', 'BonusSourceName', 'ComponentType', 'BonusSource',
      'ChequeNumber', 'Active', 'ActiveDate', 'ExpiryDate', 'Remain', 'Parent', 'OrderId'];
    const nullRow = `{${names.map((n) => `"${n}":null`).join(',')}}`;
    const p = await parseHistoryResponse(`{"Client":null,"Phone":null,"Card":null,"Rows":null,"ErrorCode":null,"Message":null,"Operations":[${nullRow}]}`);
    expect(p).to.deep.equal({ operations: [{}] });
    expect((await parseHistoryResponse('{"Operations":null}')).operations).to.deep.equal([]);
  });

  it('ignores unknown fields and null entries in Operations', async () => {
    const p = await parseHistoryResponse(page([{ Id: 5, NewField: { deep: [1] }, Amount: 2 }, null], ',"Version":"2.0"'));
    expect(p.operations).to.deep.equal([{ id: '5', amount: 2 }]);
  });

  it('keeps identifiers above 2^53 exact', async () => {
    const p = await parseHistoryResponse(
      '{"Client":9223372036854775807,"Card":"9007199254740993","Operations":[' +
        '{"Id":9007199254740993,"ChequeId":9007199254740993,"Parent":9007199254740992,"OrderId":12345678901234567890,"Pos":1.0,"BonusId":"0042"},' +
        '{"Id":9007199254740992}]}',
    );
    const [a, b] = p.operations;
    expect(a!.id).to.equal('9007199254740993');
    expect(b!.id).to.equal('9007199254740992');
    expect(a!.id).not.to.equal(b!.id);
    expect(a!.chequeId).to.equal('9007199254740993');
    expect(a!.parent).to.equal('9007199254740992');
    expect(a!.orderId).to.equal('12345678901234567890');
    expect(a!.pos).to.equal('1');
    expect(a!.bonusId).to.equal('42');
    expect(p.client).to.equal('9223372036854775807');
    expect(p.card).to.equal('9007199254740993');
  });

  it('accepts numeric strings and loose booleans', async () => {
    const r = await row('{"Amount":"12.5","Added":" 3 ","Redeemed":"1e2","Refund":"true","Active":0,"Remain":"-0.75","ComponentType":"64"}');
    expect(r).to.deep.equal({ amount: 12.5, added: 3, redeemed: 100, refund: true, active: false, remain: -0.75, componentType: 64 });
    expect(await row('{"Refund":"FALSE","Active":"1"}')).to.deep.equal({ refund: false, active: true });
  });

  it('drops fields of the wrong type, never yielding NaN or Invalid Date', async () => {
    const r = await row(
      '{"Id":7,"Amount":{},"Added":"12,5","Redeemed":[],"Refund":"yes","Proctime":"garbage","ActiveDate":12345,' +
        '"ExpiryDate":"2025-02-30T00:00:00","PosName":5,"Pos":"12a","Discount":1e400,"Active":2}',
    );
    expect(r).to.deep.equal({ id: '7' });
  });

  it('treats a negative or fractional Rows as absent', async () => {
    expect((await parseHistoryResponse('{"Rows":-1}')).rows).to.equal(undefined);
    expect((await parseHistoryResponse('{"Rows":2.5}')).rows).to.equal(undefined);
    expect((await parseHistoryResponse('{"Rows":"15"}')).rows).to.equal(15);
    expect((await parseHistoryResponse('{"Rows":0}')).rows).to.equal(0);
  });

  it('reads dates with an offset, Z and 7 fractional digits', async () => {
    expect((await row('{"Proctime":"2025-11-06T03:31:38.5405101+03:00"}')).proctime).to.deep.equal(utc(2025, 11, 6, 0, 31, 38, 540));
    expect((await row('{"Proctime":"2025-11-06T03:31:38Z"}')).proctime).to.deep.equal(utc(2025, 11, 6, 3, 31, 38));
    expect((await row('{"Proctime":"2025-11-06T03:31:38.1-0530"}')).proctime).to.deep.equal(utc(2025, 11, 6, 9, 1, 38, 100));
  });

  it('reads dates without an offset in Europe/Moscow by default, DST-correct', async () => {
    expect((await row('{"Proctime":"2025-11-06T03:31:38.5405101"}')).proctime).to.deep.equal(utc(2025, 11, 6, 0, 31, 38, 540));
    // Moscow kept summer time until 2011: +04:00 in July 2010, +03:00 in January 2010.
    expect((await row('{"Proctime":"2010-07-01T12:00:00"}')).proctime).to.deep.equal(utc(2010, 7, 1, 8, 0, 0));
    expect((await row('{"Proctime":"2010-01-15T12:00:00"}')).proctime).to.deep.equal(utc(2010, 1, 15, 9, 0, 0));
  });

  it('reads dates without an offset in another server zone', async () => {
    const inZone = async (date: string, zone: string) =>
      (await parseHistoryResponse(`{"Operations":[{"Proctime":"${date}"}]}`, { serverTimeZone: zone })).operations[0]!.proctime;
    expect(await inZone('2025-07-01T12:00:00', 'America/New_York')).to.deep.equal(utc(2025, 7, 1, 16, 0, 0));
    expect(await inZone('2025-01-15T12:00:00', 'America/New_York')).to.deep.equal(utc(2025, 1, 15, 17, 0, 0));
    // Either side of Berlin's spring-forward (01:00 UTC on 2025-03-30).
    expect(await inZone('2025-03-30T01:30:00', 'Europe/Berlin')).to.deep.equal(utc(2025, 3, 30, 0, 30, 0));
    expect(await inZone('2025-03-30T03:30:00', 'Europe/Berlin')).to.deep.equal(utc(2025, 3, 30, 1, 30, 0));
    expect(await inZone('2025-11-06T03:31:38', 'UTC')).to.deep.equal(utc(2025, 11, 6, 3, 31, 38));
  });

  it('refuses an unknown server time zone with a config error', async () => {
    const e = await parseError('{}', { serverTimeZone: 'Mars/Olympus' });
    expect(e.kind).to.equal('config');
    expect(e.message).to.match(/serverTimeZone.*Mars\/Olympus/);
  });

  it('reads WCF /Date()/ with and without an offset', async () => {
    const expected = new Date(1762389098540);
    expect((await row('{"Proctime":"/Date(1762389098540+0300)/"}')).proctime).to.deep.equal(expected);
    expect((await row('{"Proctime":"\\/Date(1762389098540)\\/"}')).proctime).to.deep.equal(expected);
    expect((await row('{"Proctime":"/Date(-1000-0500)/"}')).proctime).to.deep.equal(new Date(-1000));
  });

  it('treats .NET DateTime.MinValue as no date, in every form', async () => {
    for (const none of ['0001-01-01T00:00:00', '0001-01-01T00:00:00+00:00', '0001-01-01T00:00:00.0000000+03:00', '0001-01-01T00:00:00Z',
      '0001-01-01T00:00:00-05:00', '/Date(-62135596800000)/', '/Date(-62135596800000+0300)/', '\\/Date(-62135596800000-0500)\\/']) {
      expect(await row(`{"ExpiryDate":"${none}","ActiveDate":"${none}","Proctime":"${none}","Id":1}`), none).to.deep.equal({ id: '1' });
    }
  });

  it('reads ids above 2^53 exactly next to a string of 9 million characters', async () => {
    const long = 'Ж"\\ {[1,'.repeat(1_000_000);
    const text = `{"Rows":2,"Note":${JSON.stringify(long)},"Operations":[{"Id":9007199254740993,"Comment":${JSON.stringify(long)},"Amount":10.5},{"Id":9007199254740995}],"ErrorCode":0}`;
    expect(text.length).to.be.greaterThan(9_000_000);
    const p = await parseHistoryResponse(text);
    expect(p.operations.map((o) => o.id)).to.deep.equal(['9007199254740993', '9007199254740995']);
    expect(p.operations[0]!.amount).to.equal(10.5);
    expect(p.rows).to.equal(2);
  });

  it('reads 50,000 rows in slices, giving the page turns as it goes', async function () {
    this.timeout(30_000);
    const one = '{"Id":9007199254740993,"ChequeId":5010020003000117,"PartnerName":"Кофейня «Бодрое утро»","PosName":"ТЦ Европейский, 2 этаж",' +
      '"Amount":1234.5,"Added":37,"Redeemed":0,"Refund":false,"Proctime":"2026-11-20T09:33:42.5717535+03:00","Discount":61.73,' +
      '"SertRedeemed":null,"CouponNumber":null,"ComponentType":1,"ChequeNumber":"BU-01-000117","Active":true,"ExpiryDate":null}';
    const text = `{"Rows":50000,"Operations":[${Array(50_000).fill(one).join(',')}],"ErrorCode":0,"Message":null}`;
    const page = watchTurns();
    const p = await parseHistoryResponse(text);
    page.stop();
    const { turns, longest } = page;
    expect(p.operations).to.have.length(50_000);
    expect(p.operations[49_999]!.id).to.equal('9007199254740993');
    expect(turns, 'the page had turns while the rows were read').to.be.greaterThan(5);
    expect(longest, 'the longest stretch without a turn for the page, ms').to.be.below(STALL_MS);
  });

  it('explains an HTML page answered with status 200, quoting none of it (it may echo the token)', async () => {
    const e = await parseError('\n<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
    expect(e.kind).to.equal('invalid-response');
    expect(e.message).to.equal('expected JSON from OperationHistory, got an HTML page');
  });

  it('explains an XML answer', async () => {
    expect((await parseError('<?xml version="1.0"?><OperationHistoryResponse/>')).message).to.contain('got XML');
  });

  it('says where JSON is truncated or invalid', async () => {
    const truncated = '{"ErrorCode":0,"Operations":[{"Id":1},{"Id":2';
    const e = await parseError(truncated);
    expect(e.kind).to.equal('invalid-response');
    if (ENGINE_TELLS_TRUNCATION) expect(e.message).to.contain(`truncated JSON (the body ends at position ${truncated.length})`);
    const bad = await parseError('{"ErrorCode":0,}');
    expect(bad.message).to.contain('invalid JSON');
    if (ENGINE_TELLS_POSITION) expect(bad.message).to.contain('position 15');
    expect((await parseError('')).message).to.contain('empty body');
    if (ENGINE_TELLS_TRUNCATION) expect((await parseError('{"a":tru')).message).to.contain('truncated');
  });

  it('refuses a body that is not an object, naming the kind of what came, never its content', async () => {
    for (const [text, got] of [['[]', 'an array'], ['null', 'null'], ['42', 'a number'], ['"ok"', 'a string'], ['90071992547409931', 'a number']]) {
      const e = await parseError(text!);
      expect(e.kind).to.equal('invalid-response');
      expect(e.message).to.contain('must be a JSON object');
      expect(e.message).to.contain(`got ${got}`);
    }
  });

  it('refuses Operations that is not an array, naming the field', async () => {
    const e = await parseError('{"ErrorCode":0,"Operations":{"Id":1}}');
    expect(e.kind).to.equal('invalid-response');
    expect(e.message).to.contain('Operations must be an array or null, got an object');
    expect((await parseError('{"Operations":[{"Id":1},7]}')).message).to.contain('Operations[1] must be an object, got a number');
    expect((await parseError('{"ErrorCode":"broken"}')).message).to.contain('ErrorCode must be an integer');
  });

  it('lets __proto__ and constructor keys pollute nothing', async () => {
    const p = await parseHistoryResponse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"Operations":[{"Id":3,"__proto__":{"amount":99,"polluted":3}}]}',
    );
    expect(p.operations[0]).to.deep.equal({ id: '3' });
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.getPrototypeOf(p.operations[0])).to.equal(Object.prototype);
    expect((p.operations[0] as Record<string, unknown>)['amount']).to.equal(undefined);
  });
});
