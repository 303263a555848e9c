// @ts-check
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getOperations } from '../../mock/data.js';
import { mockOpener } from './helpers.js';

const open = mockOpener();

/** @param {import('./helpers.js').Mock} mock */
async function read(mock) {
  const body = await mock.history({ Token: 1004, Start: 1, Length: 100 });
  return {
    rows: /** @type {number} */ (body.Rows),
    ids: body.Operations.map((/** @type {{ Id: number }} */ o) => String(o.Id)),
    times: body.Operations.map((/** @type {{ Proctime: string }} */ o) => Date.parse(o.Proctime)),
    text: JSON.stringify(body),
  };
}

test('the growing member gains 1-3 rows at the top on every request after the first', async () => {
  const mock = await open();
  const first = await read(mock);
  assert.equal(first.rows, 40);
  assert.deepEqual(first.ids, getOperations('1004').map((o) => o.Id));
  let previous = first;
  for (let i = 0; i < 5; i++) {
    const next = await read(mock);
    const added = next.rows - previous.rows;
    assert.ok(added >= 1 && added <= 3, `added ${added}`);
    assert.deepEqual(next.ids.slice(added), previous.ids, 'older rows unchanged, below the new ones');
    assert.ok((next.times[added - 1] ?? 0) > (previous.times[0] ?? 0), 'new rows are newer');
    assert.equal(new Set(next.ids).size, next.ids.length);
    previous = next;
  }
});

test('other members do not grow', async () => {
  const mock = await open();
  const a = await mock.history({ Token: 1001, Length: 1 });
  const b = await mock.history({ Token: 1001, Length: 1 });
  assert.deepEqual(a, b);
});

test('POST /api/mock/reset and reset() start the growth over, identically', async () => {
  const mock = await open();
  const run = async () => [await read(mock), await read(mock), await read(mock)].map((r) => r.text);
  const once = await run();
  const reset = await mock.post('', '/api/mock/reset');
  assert.equal(reset.status, 204);
  assert.deepEqual(await run(), once);
  mock.api.reset();
  assert.deepEqual(await run(), once);
  const other = await open();
  assert.deepEqual(await (async () => [await read(other), await read(other), await read(other)].map((r) => r.text))(), once);
});
