// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SITE_CODES } from '../../mock/catalog.js';
import { ERRORS, EXCEPTION_TEXT } from '../../mock/identify.js';
import { FAILING_MEMBERS } from '../../mock/members.js';
import { ENDPOINT, startMock } from './helpers.js';

/** @type {import('./helpers.js').Mock} */
let mock;
/** @type {import('./helpers.js').Mock} */
let guarded;
before(async () => {
  mock = await startMock();
  guarded = await startMock({ auth: true });
});
after(() => Promise.all([mock.close(), guarded.close()]));

/** @param {any} body @param {number} code @param {string} message */
function assertBusinessError(body, code, message) {
  assert.deepEqual(
    { ErrorCode: body.ErrorCode, Message: body.Message, Operations: body.Operations, Rows: body.Rows },
    { ErrorCode: code, Message: message, Operations: [], Rows: 0 },
  );
}

test('business errors come as HTTP 200: unknown token 3, unknown site code 1, unknown card 4, nobody named 1', async () => {
  assertBusinessError(await mock.history({ Token: 4242 }), 3, 'Неверный токен');
  assertBusinessError(await mock.history({ Token: 1001, SiteCode: 'чужой-сайт' }), 1, 'Оператор или партнёр не найден');
  assertBusinessError(await mock.history({ Card: 1234567 }), 4, 'Номер карты не найден');
  assertBusinessError(await mock.history({}), 1, 'Клиент не найден');
});

test("a member for each of the platform's identification errors 1-9, and 10 with an exception's text", async () => {
  for (const member of FAILING_MEMBERS) {
    const message = member.code === 10 ? EXCEPTION_TEXT : ERRORS[member.code];
    for (const who of [{ Token: member.token }, { Card: member.card }, { Phone: member.phone }]) {
      assertBusinessError(await mock.history(who), member.code, /** @type {string} */ (message));
    }
  }
  assert.match(EXCEPTION_TEXT, /Exception/);
  assert.deepEqual(FAILING_MEMBERS.map((m) => m.code), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('a phone is found by its 10 digits or a unique ending: else 5, 6 or 7', async () => {
  const anna = { Client: 501001, Card: 2700000001001, Phone: 9150001001 };
  const found = await mock.history({ Phone: 9150001001, Length: 1 });
  assert.deepEqual([found.ErrorCode, found.Client, found.Card], [0, anna.Client, anna.Card]);
  assert.equal((await mock.history({ Phone: 1004, Length: 1 })).Client, 501004, 'a unique ending');
  assertBusinessError(await mock.history({ Phone: 9150009999 }), 5, 'Не существует клиента с заданным номером телефона');
  assertBusinessError(await mock.history({ Phone: 89150001001 }), 5, 'Не существует клиента с заданным номером телефона');
  assertBusinessError(await mock.history({ Phone: 1 }), 6, 'Окончание номера телефона не уникально');
  assertBusinessError(await mock.history({ Phone: 7777 }), 7, 'Клиент с таким окончанием номера телефона не найден');
  // The card wins over the phone, as in the platform's Identify.
  assertBusinessError(await mock.history({ Card: 1234567, Phone: 9150001001 }), 4, 'Номер карты не найден');
});

test('documented site codes, an empty one and none at all are accepted', async () => {
  for (const SiteCode of [...SITE_CODES, '', undefined]) {
    const body = await mock.history({ Token: 1001, SiteCode, Length: 1 });
    assert.equal(body.ErrorCode, 0, String(SiteCode));
  }
});

test('integers above 2^53 are read exactly and written verbatim', async () => {
  const res = await mock.post('{"Token":9007199254740993,"Start":1,"Length":3}');
  const text = await res.text();
  assert.match(text, /^\{"Client":9007199254740997,"Phone":9169990001,"Card":9007199254740995,"Rows":300,/);
  assert.match(text, /"Id":9007199254741300,/);
  assert.match(text, /"ChequeId":900719925\d{7},|"BonusId":900719926\d{7},/);
  assertBusinessError(await mock.history('{"Token":9007199254740992}'), 3, 'Неверный токен');
  assert.equal((await mock.history({ Token: '9007199254740993', Length: 1 })).ErrorCode, 0, 'digits in a string');
  assert.equal((await mock.history({ token: 1001, length: 1 })).ErrorCode, 0, 'property names in any case');
});

test('a body that is not a JSON object is HTTP 400', async () => {
  for (const body of ['{"Token":', '[1001]', 'null', '{"Token":1.5}', '{"Bonus":"yes"}']) {
    assert.equal((await mock.post(body)).status, 400, body);
  }
});

test('other methods are 405; other paths are not the mock', async () => {
  const get = await fetch(mock.url + ENDPOINT);
  assert.equal(get.status, 405);
  assert.match(get.headers.get('allow') ?? '', /POST/);
  assert.equal((await mock.post({ Token: 1001 }, '/api/client/Other')).status, 404);
  assert.equal((await mock.post({ Token: 1001 }, '/elsewhere/client/OperationHistory')).status, 404);
  assert.equal((await mock.post({ Token: 1001, Length: 1 }, '/api/Client/operationhistory')).status, 200);
});

test('CORS: preflight answered, every answer open to any origin', async () => {
  const pre = await fetch(mock.url + ENDPOINT, {
    method: 'OPTIONS',
    headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,authorization' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
  assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type.*Authorization.*Mloyalty-Authorization/);
  for (const res of [await mock.post({ Token: 1001, Length: 1 }), await mock.post('{'), await guarded.post({ Token: 1001 })]) {
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('connection'), 'close');
  }
});

test('with auth, as the platform: 401 with ASP.NET\'s body without a valid bearer token, 403 with an empty body when refused', async () => {
  const denied = await guarded.post({ Token: 1001, Length: 1 });
  assert.equal(denied.status, 401);
  assert.equal(denied.headers.get('www-authenticate'), 'Bearer');
  assert.match(denied.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(await denied.text(), '{"Message":"Authorization has been denied for this request."}');
  for (const header of ['Bearer ', 'Basic abc', 'Bearer expired', 'any.jwt.here']) {
    assert.equal((await guarded.post({ Token: 1001 }, ENDPOINT, { Authorization: header })).status, 401, header);
    assert.equal((await guarded.post({ Token: 1001 }, ENDPOINT, { 'Mloyalty-Authorization': header })).status, 401, `Mloyalty-Authorization: ${header}`);
  }
  const refused = await guarded.post({ Token: 1001 }, ENDPOINT, { Authorization: 'Bearer refused' });
  assert.equal(refused.status, 403);
  assert.equal(refused.headers.get('content-length'), '0');
  assert.equal(refused.headers.get('content-type'), null);
  assert.equal(await refused.text(), '');
  assert.equal((await guarded.post({ Token: 1001 }, ENDPOINT, { 'Mloyalty-Authorization': 'Bearer refused' })).status, 403);
  const ok = await guarded.post({ Token: 1001, Length: 1 }, ENDPOINT, { Authorization: 'Bearer any.jwt.here' });
  assert.equal(ok.status, 200);
  // A proxy that strips Authorization: the token in Mloyalty-Authorization, which the platform copies over it.
  assert.equal((await guarded.post({ Token: 1001, Length: 1 }, ENDPOINT, { 'Mloyalty-Authorization': 'Bearer any.jwt.here' })).status, 200);
  assert.equal((await guarded.post({ Token: 1001, Length: 1 }, ENDPOINT, { 'Mloyalty-Authorization': 'Bearer refused', Authorization: 'Bearer any' })).status, 403);
  assert.equal((await mock.post({ Token: 1001 }, '/api/mock/auth=1/client/OperationHistory')).status, 401);
  assert.equal((await mock.post({ Token: 1001 }, '/api/mock/auth/client/OperationHistory', { Authorization: 'Bearer x' })).status, 200);
});

test('error=N always answers that ErrorCode; status=N always that HTTP status', async () => {
  assertBusinessError(await mock.history({ Token: 1001 }, '/api/mock/error=4/client/OperationHistory'), 4, 'Номер карты не найден');
  assertBusinessError(await mock.history({ Token: 1001 }, '/api/mock/error=10/client/OperationHistory'), 10, EXCEPTION_TEXT);
  assertBusinessError(await mock.history({ Token: 1001 }, '/api/mock/error=500/client/OperationHistory'), 500, 'Внутренняя ошибка сервера');
  for (const status of [500, 404, 429]) {
    assert.equal((await mock.post({ Token: 1001 }, `/api/mock/status=${status}/client/OperationHistory`)).status, status);
  }
});

test('a fault spec it does not understand is HTTP 400 naming the key', async () => {
  const res = await mock.post({ Token: 1001 }, '/api/mock/lag=100/client/OperationHistory');
  assert.equal(res.status, 400);
  assert.match(await res.text(), /unknown fault "lag"/);
  assert.equal((await mock.post({ Token: 1001 }, '/api/mock/fail=2/client/OperationHistory')).status, 400);
});

test('a body over 64 KB is HTTP 413', async () => {
  const res = await mock.post(JSON.stringify({ Token: 1001, PosCode: 'x'.repeat(70_000) }));
  assert.equal(res.status, 413);
});
