// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PARTNERS } from '../../mock/catalog.js';
import { getOperations, MEMBERS } from '../../mock/data.js';
import { startMock } from './helpers.js';

/** @type {import('./helpers.js').Mock} */
let mock;
before(async () => {
  mock = await startMock();
});
after(() => mock.close());

const TOKEN = '1001';
const full = getOperations(TOKEN);
const anna = /** @type {import('../../mock/data.js').Member} */ (MEMBERS.find((m) => m.token === TOKEN));
/** @param {object} extra */
const ask = (extra) => mock.history({ Token: Number(TOKEN), Start: 1, Length: 1000, ...extra });
/** @param {{ Operations: { Id: string | number }[] }} body */
const ids = (body) => body.Operations.map((o) => String(o.Id));

test('without filters the whole history comes back with the member echoed', async () => {
  const body = await ask({});
  assert.equal(body.Rows, 150);
  assert.equal(body.ErrorCode, 0);
  assert.equal(body.Message, '', 'success: Message is "", as the platform writes it');
  assert.deepEqual([body.Client, body.Phone, body.Card].map(String), [anna.client, anna.phone, anna.card]);
  assert.deepEqual(ids(body), full.map((o) => o.Id));
});

test('Bonus=true keeps only bonus rows that are not for purchases', async () => {
  const body = await ask({ Bonus: true });
  assert.ok(body.Rows > 0 && body.Rows < 150);
  assert.equal(body.Operations.length, body.Rows);
  for (const o of body.Operations) assert.ok(o.BonusId !== null && o.ChequeId === null);
  assert.deepEqual(ids(body), full.filter((o) => o.ChequeId === null).map((o) => o.Id));
});

test('Cheque=true keeps only cheques, refunds included', async () => {
  const body = await ask({ Cheque: true });
  assert.deepEqual(ids(body), full.filter((o) => o.ChequeId !== null).map((o) => o.Id));
  assert.ok(body.Operations.some((/** @type {any} */ o) => o.Refund === true));
  assert.equal((await ask({ Cheque: false })).Rows, 150, 'false is no filter');
});

test('OrderId keeps the cheques of one order', async () => {
  const orderId = /** @type {string} */ (full.find((o) => o.OrderId)?.OrderId);
  const body = await ask({ OrderId: Number(orderId) });
  assert.ok(body.Rows >= 2);
  assert.ok(body.Operations.every((/** @type {any} */ o) => String(o.OrderId) === orderId && o.ChequeId !== null));
  assert.equal((await ask({ OrderId: 1 })).Rows, 0);
});

test('Partner and PosCode narrow to one brand and one shop', async () => {
  const books = /** @type {import('../../mock/catalog.js').Partner} */ (PARTNERS[1]);
  const byPartner = await ask({ Partner: Number(books.id) });
  assert.ok(byPartner.Rows > 0);
  assert.ok(byPartner.Operations.every((/** @type {any} */ o) => o.PartnerName === books.name));
  assert.equal(byPartner.Rows, full.filter((o) => o.PartnerName === books.name).length);

  const shop = /** @type {import('../../mock/catalog.js').Shop} */ (books.shops[0]);
  const byShop = await ask({ PosCode: shop.code });
  assert.ok(byShop.Rows > 0 && byShop.Rows < byPartner.Rows);
  assert.ok(byShop.Operations.every((/** @type {any} */ o) => o.PosName === shop.name && String(o.Pos) === shop.pos));
  assert.equal((await ask({ PosCode: 'NOPE-1' })).Rows, 0);
});

test('Operator 1 is the programme; another operator or an unknown partner is ErrorCode 1', async () => {
  assert.equal((await ask({ Operator: 1 })).Rows, 150);
  assert.equal((await ask({ Operator: 2 })).Rows, 0);
  assert.deepEqual([(await ask({ Operator: 2 })).ErrorCode, (await ask({ Partner: 999 })).ErrorCode], [1, 1]);
});

test('filters combine', async () => {
  const body = await ask({ Cheque: true, Partner: 101 });
  assert.equal(body.Rows, full.filter((o) => o.ChequeId && o.PartnerName === PARTNERS[0]?.name).length);
  assert.equal((await ask({ Cheque: true, Bonus: true })).Rows, 0);
});

test('Card, Phone or Client identify the member without a token', async () => {
  for (const who of [{ Card: Number(anna.card) }, { Phone: Number(anna.phone) }, { Client: Number(anna.client) }]) {
    const body = await mock.history({ ...who, Start: 1, Length: 5 });
    assert.equal(body.ErrorCode, 0, JSON.stringify(who));
    assert.equal(body.Rows, 150);
  }
});

test('Card, Phone or Client that do not belong to the token member give ErrorCode 1', async () => {
  const other = /** @type {import('../../mock/data.js').Member} */ (MEMBERS.find((m) => m.token === '1003'));
  for (const who of [{ Card: Number(other.card) }, { Phone: Number(other.phone) }, { Client: Number(other.client) }]) {
    const body = await ask(who);
    assert.deepEqual([body.ErrorCode, body.Message, body.Operations], [1, 'Клиент не найден', []]);
  }
  assert.equal((await ask({ Card: Number(anna.card), Phone: Number(anna.phone) })).ErrorCode, 0);
});
