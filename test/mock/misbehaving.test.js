// @ts-check
/** The spec keys that make the mock misbehave the way hostile or unusual servers do. */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import { getOperations } from '../../mock/data.js';
import { parseFaults } from '../../mock/faults.js';
import { mockOpener } from './helpers.js';

const open = mockOpener();

/** @param {string} spec */
const at = (spec) => `/api/mock/${spec}/client/OperationHistory`;

test('grow=N puts N new operations on top before every request but the first, newest first, per spec', async () => {
  const mock = await open();
  const base = getOperations('1001').map((o) => o.Id);
  const first = await mock.history({ Token: 1001, Start: 1, Length: 5 }, at('grow=7'));
  assert.equal(first.Rows, 150);
  assert.deepEqual(first.Operations.map((/** @type {{ Id: number }} */ o) => String(o.Id)), base.slice(0, 5));
  const second = await mock.history({ Token: 1001, Start: 1, Length: 10 }, at('grow=7'));
  assert.equal(second.Rows, 157);
  const ids = second.Operations.map((/** @type {{ Id: number }} */ o) => String(o.Id));
  assert.deepEqual(ids.slice(7), base.slice(0, 3), 'the old rows moved down by 7');
  assert.ok(ids.slice(0, 7).every((/** @type {string} */ id) => !base.includes(id)), 'seven new ids on top');
  assert.ok(BigInt(ids[0] ?? 0) > BigInt(ids[6] ?? 0), 'newest first');
  assert.equal((await mock.history({ Token: 1001, Length: 1 }, at('grow=7'))).Rows, 164);
  assert.equal((await mock.history({ Token: 1001, Length: 1 }, at('grow=7;seed=1'))).Rows, 150, 'another spec text grows on its own');
  assert.equal((await mock.history({ Token: 1001, Length: 1 })).Rows, 150, 'no spec: no growth');
});

test('history=N gives the member N operations; ignore-length sends every row from Start on', async () => {
  const mock = await open();
  const body = await mock.history({ Token: 1003, Start: 1, Length: 10 }, at('history=2500;ignore-length'));
  assert.equal(body.Rows, 2500);
  assert.equal(body.Operations.length, 2500);
  const from = await mock.history({ Token: 1003, Start: 2001, Length: 10 }, at('history=2500;ignore-length'));
  assert.equal(from.Operations.length, 500);
  assert.equal(new Set(body.Operations.map((/** @type {{ Id: number }} */ o) => o.Id)).size, 2500);
  assert.equal((await mock.history({ Token: 1003, Start: 1, Length: 10 }, at('history=2500'))).Operations.length, 10);
});

test('long-string=N gives the first row of each page a Note of N characters, quotes and backslashes included', async () => {
  const mock = await open();
  const text = await (await mock.post({ Token: '9007199254740993', Start: 1, Length: 3 }, at('long-string=9000000'))).text();
  assert.ok(text.length > 9_000_000);
  const body = JSON.parse(text);
  assert.equal(body.Operations[0].Note.length, 9_000_000);
  assert.match(body.Operations[0].Note, /"/);
  assert.match(body.Operations[0].Note, /\\/);
  assert.equal(body.Operations[1].Note, undefined);
  assert.match(text, /"Id":9007199254741300,/, 'ids above 2^53 written verbatim');
});

test('redirect=3xx answers that status with a Location on the other loopback name, and no body', async () => {
  const mock = await open();
  for (const code of [301, 302, 303, 307, 308]) {
    /** @type {{ status: number, location: string | undefined, body: string }} */
    const res = await new Promise((resolve, reject) => {
      const req = request(`${mock.url}${at(`redirect=${code}`)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (r) => {
        let body = '';
        r.on('data', (c) => (body += c));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, location: r.headers.location, body }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ Token: 1001 }));
    });
    assert.equal(res.status, code);
    assert.equal(res.location, `http://localhost:${mock.port}/api/client/OperationHistory`);
    assert.equal(res.body, '');
  }
  assert.throws(() => parseFaults('redirect=304'), /301, 302, 303, 307 or 308/);
  assert.throws(() => parseFaults('grow=-1'), /grow must be a whole number/);
});
