// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SITE_CODES } from '../../mock/catalog.js';
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

test('business errors come as HTTP 200: unknown token 3, unknown site code 4, unknown client 1', async () => {
  assertBusinessError(await mock.history({ Token: 4242 }), 3, 'Неверный токен');
  assertBusinessError(await mock.history({ Token: 1001, SiteCode: 'чужой-сайт' }), 4, 'Неверный код сайта');
  assertBusinessError(await mock.history({ Card: 1234567 }), 1, 'Клиент не найден');
  assertBusinessError(await mock.history({}), 1, 'Клиент не найден');
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
  assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type.*Authorization/);
  for (const res of [await mock.post({ Token: 1001, Length: 1 }), await mock.post('{'), await guarded.post({ Token: 1001 })]) {
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('connection'), 'close');
  }
});

test('with auth a request without a bearer token is 401, with one it is answered', async () => {
  const denied = await guarded.post({ Token: 1001, Length: 1 });
  assert.equal(denied.status, 401);
  assert.equal(denied.headers.get('www-authenticate'), 'Bearer');
  assert.equal((await guarded.post({ Token: 1001 }, ENDPOINT, { Authorization: 'Bearer ' })).status, 401);
  assert.equal((await guarded.post({ Token: 1001 }, ENDPOINT, { Authorization: 'Basic abc' })).status, 401);
  const ok = await guarded.post({ Token: 1001, Length: 1 }, ENDPOINT, { Authorization: 'Bearer any.jwt.here' });
  assert.equal(ok.status, 200);
  assert.equal((await mock.post({ Token: 1001 }, '/api/mock/auth=1/client/OperationHistory')).status, 401);
  assert.equal((await mock.post({ Token: 1001 }, '/api/mock/auth/client/OperationHistory', { Authorization: 'Bearer x' })).status, 200);
});

test('error=N always answers that ErrorCode; status=N always that HTTP status', async () => {
  assertBusinessError(await mock.history({ Token: 1001 }, '/api/mock/error=3/client/OperationHistory'), 3, 'Неверный токен');
  assertBusinessError(await mock.history({ Token: 1001 }, '/api/mock/error=10/client/OperationHistory'), 10, 'Ошибка получения данных');
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
