// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getOperations } from '../../mock/data.js';
import { pageRange } from '../../mock/paging.js';
import { startMock } from './helpers.js';

/** @type {import('./helpers.js').Mock[]} */
const mocks = [];
/** @param {import('../../mock/api.js').MockApiOptions} [options] */
async function open(options) {
  const m = await startMock(options);
  mocks.push(m);
  return m;
}
after(() => Promise.all(mocks.map((m) => m.close())));

/** @type {import('./helpers.js').Mock} */
let one;
before(async () => {
  one = await open();
});

const ALL = getOperations('1003').map((o) => o.Id);
/** A platform date (Moscow wall time) as epoch ms. @param {string} text */
const moscow = (text) => Date.parse(`${text}+03:00`);
/** As the platform's database gives dates: no offset, 0 to 7 fractional digits without trailing zeros. */
const PLATFORM_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{0,6}[1-9])?$/;

/**
 * Reads the whole history page by page and returns the ids seen, in order, and the starts sent.
 * @param {import('./helpers.js').Mock} mock @param {number} first the first Start
 * @param {(seen: number) => number} nextStart @param {string} [path]
 */
async function readAll(mock, first, nextStart, path) {
  /** @type {string[]} */
  const seen = [];
  const starts = [];
  let start = first;
  for (;;) {
    starts.push(start);
    const body = await mock.history({ Token: 1003, Start: start, Length: 97 }, path);
    assert.equal(body.Rows, 1000);
    if (body.Operations.length === 0) break;
    seen.push(...body.Operations.map((/** @type {{ Id: number }} */ o) => String(o.Id)));
    start = nextStart(seen.length);
  }
  return { seen, starts };
}

test('base 1: Start 1, 98, 195 ... covers every row once, newest first', async () => {
  const { seen, starts } = await readAll(one, 1, (n) => n + 1);
  assert.deepEqual(seen, ALL);
  assert.deepEqual(starts.slice(0, 3), [1, 98, 195]);
});

test('base 1 reads Start 0 as 1', async () => {
  const zero = await one.history({ Token: 1003, Start: 0, Length: 5 });
  const first = await one.history({ Token: 1003, Start: 1, Length: 5 });
  assert.deepEqual(zero, first);
  assert.equal(zero.Operations.length, 5);
});

test('base 0 (server option and per request): Start 0, 97, 194 ... covers every row once', async () => {
  const zero = await open({ startBase: 0 });
  assert.deepEqual((await readAll(zero, 0, (n) => n)).seen, ALL);
  assert.deepEqual((await readAll(one, 0, (n) => n, '/api/mock/base=0/client/OperationHistory')).seen, ALL);
  const second = await zero.history({ Token: 1003, Start: 1, Length: 1 });
  assert.equal(String(second.Operations[0].Id), ALL[1]);
});

test("base 'short': Start 0 answers one row short, then 1-based starts cover the rest once", async () => {
  const short = await open({ startBase: 'short' });
  const page = await short.history({ Token: 1003, Start: 0, Length: 10 });
  assert.deepEqual(page.Operations.map((/** @type {{ Id: number }} */ o) => String(o.Id)), ALL.slice(0, 9));
  assert.equal(page.Rows, 1000);
  const { seen, starts } = await readAll(short, 0, (n) => n + 1);
  assert.deepEqual(seen, ALL);
  assert.deepEqual(starts.slice(0, 3), [0, 97, 194]);
  const perRequest = await readAll(one, 0, (n) => n + 1, '/api/mock/base=short/client/OperationHistory');
  assert.deepEqual(perRequest.seen, ALL);
});

test('pageRange covers the three bases', () => {
  assert.deepEqual(pageRange(1, 10, 1), [0, 10]);
  assert.deepEqual(pageRange(0, 10, 1), [0, 10]);
  assert.deepEqual(pageRange(0, 10, 0), [0, 10]);
  assert.deepEqual(pageRange(11, 10, 0), [11, 21]);
  assert.deepEqual(pageRange(0, 10, 'short'), [0, 9]);
  assert.deepEqual(pageRange(11, 10, 'short'), [10, 20]);
  assert.deepEqual(pageRange(1, 0, 1), [0, Infinity]);
});

test('a page past the end is empty but Rows still tells the total', async () => {
  const body = await one.history({ Token: 1003, Start: 5000, Length: 20 });
  assert.deepEqual([body.Rows, body.Operations.length], [1000, 0]);
});

test('without Length every remaining row comes back', async () => {
  const body = await one.history({ Token: 1003, Start: 991 });
  assert.deepEqual(body.Operations.map((/** @type {{ Id: number }} */ o) => String(o.Id)), ALL.slice(990));
});

test('rows are newest first; dates carry no offset and 0 to 7 fractional digits, as the platform\'s database gives them', async () => {
  const body = await one.history({ Token: 1002, Start: 1, Length: 500 });
  const times = body.Operations.map((/** @type {{ Proctime: string }} */ o) => o.Proctime);
  for (const t of times) assert.match(t, PLATFORM_DATE);
  for (let i = 1; i < times.length; i++) assert.ok(moscow(times[i - 1]) >= moscow(times[i]));
  /** @type {Set<number>} */
  const digits = new Set();
  for (const o of body.Operations) {
    for (const d of [o.Proctime, o.ActiveDate, o.ExpiryDate]) {
      if (d === null) continue;
      assert.match(d, PLATFORM_DATE);
      digits.add(d.split('.')[1]?.length ?? 0);
    }
  }
  assert.deepEqual([...digits].sort(), [0, 1, 2, 3, 4, 5, 6, 7], 'every precision occurs');
});

test('two fresh servers answer byte for byte the same', async () => {
  const [a, b] = [await open(), await open()];
  const request = { Token: 1002, Start: 4000, Length: 200 };
  const [ta, tb] = await Promise.all([a.post(request).then((r) => r.text()), b.post(request).then((r) => r.text())]);
  assert.ok(ta.length > 10_000);
  assert.equal(ta, tb);
});
