// @ts-check
import assert from 'node:assert/strict';
import { request as httpRequest, Agent } from 'node:http';
import { test } from 'node:test';
import { decide, parseFaults } from '../../mock/faults.js';
import { mockOpener } from './helpers.js';

const open = mockOpener();

const BODY = { Token: 1001, Start: 1, Length: 20 };
/** @param {string} spec */
const at = (spec) => `/api/mock/${spec}/client/OperationHistory`;

/**
 * What a client sees: the status and a short name of the outcome.
 * @param {import('./helpers.js').Mock} mock @param {string} spec
 * @returns {Promise<string>}
 */
async function outcome(mock, spec) {
  try {
    const res = await mock.post(BODY, at(spec));
    const text = await res.text();
    if (res.status !== 200) return String(res.status);
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) return 'html';
    try {
      JSON.parse(text);
      return 'ok';
    } catch {
      return 'truncated';
    }
  } catch {
    return 'dropped';
  }
}

test('latency delays the answer, a fixed value or a range', async () => {
  const mock = await open();
  let t = Date.now();
  assert.equal((await mock.post(BODY, at('latency=150'))).status, 200);
  assert.ok(Date.now() - t >= 140, `took ${Date.now() - t} ms`);
  t = Date.now();
  await mock.post(BODY, at('latency=60-90;seed=4'));
  assert.ok(Date.now() - t >= 55, `took ${Date.now() - t} ms`);
  const mock2 = await open();
  t = Date.now();
  await mock2.post(BODY);
  assert.ok(Date.now() - t < 1000);
});

test('fail answers 503 with Retry-After 0 or 1', async () => {
  const mock = await open();
  const res = await mock.post(BODY, at('fail=1'));
  assert.equal(res.status, 503);
  assert.match(res.headers.get('retry-after') ?? '', /^[01]$/);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
});

test('drop closes the connection unanswered: fetch rejects', async () => {
  const mock = await open();
  await assert.rejects(mock.post(BODY, at('drop=1')), TypeError);
  assert.equal((await mock.post(BODY)).status, 200, 'the next connection is fine');
});

test('truncate answers 200 with the first half of the JSON', async () => {
  const mock = await open();
  const whole = await (await mock.post(BODY)).text();
  const res = await mock.post(BODY, at('truncate=1'));
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.throws(() => JSON.parse(text), SyntaxError);
  assert.ok(text.length > 0 && whole.startsWith(text) && text.length <= whole.length / 2);
});

test('html answers 200 with an HTML page', async () => {
  const mock = await open();
  const res = await mock.post(BODY, at('html=1'));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(await res.text(), /^<!DOCTYPE html>/);
});

test('slow-first-byte holds the headers; slow-body sends headers and holds the body', async () => {
  const mock = await open();
  let t = Date.now();
  await mock.post(BODY, at('slow-first-byte=150'));
  assert.ok(Date.now() - t >= 140);
  t = Date.now();
  const res = await mock.post(BODY, at('slow-body=300'));
  const headersAfter = Date.now() - t;
  JSON.parse(await res.text());
  const bodyAfter = Date.now() - t;
  assert.ok(bodyAfter >= 290 && bodyAfter - headersAfter >= 150, `headers ${headersAfter} ms, body ${bodyAfter} ms`);
});

test('mix fails about its share of requests with a seeded mix of faults, the same on every run', async () => {
  const spec = 'mix=0.4;seed=11';
  const runs = [];
  for (const mock of [await open(), await open()]) {
    const seen = [];
    for (let i = 0; i < 40; i++) seen.push(await outcome(mock, spec));
    runs.push(seen);
  }
  assert.deepEqual(runs[0], runs[1]);
  const failed = (runs[0] ?? []).filter((o) => o !== 'ok');
  assert.ok(failed.length >= 8 && failed.length <= 26, `${failed.length} of 40 failed`);
  assert.ok(new Set(failed).size >= 3, `kinds: ${[...new Set(failed)]}`);
  const otherSeed = [];
  const mock = await open();
  for (let i = 0; i < 40; i++) otherSeed.push(await outcome(mock, 'mix=0.4;seed=12'));
  assert.notDeepEqual(otherSeed, runs[0]);
});

test('each fault spec counts its own requests', async () => {
  const mock = await open();
  const a = [];
  for (let i = 0; i < 6; i++) {
    a.push(await outcome(mock, 'fail=0.5;seed=3'));
    await outcome(mock, 'fail=0.5;seed=9');
  }
  const fresh = await open();
  const b = [];
  for (let i = 0; i < 6; i++) b.push(await outcome(fresh, 'fail=0.5;seed=3'));
  assert.deepEqual(a, b);
});

test('parseFaults reads every documented key', () => {
  assert.deepEqual(
    parseFaults('latency=50-400;fail=0.3;drop=0.1;truncate=0.2;html=0.05;slow-first-byte=100;slow-body=50;base=short;auth;mix=0.3;status=502;error=3;seed=7'),
    {
      latency: [50, 400], fail: 0.3, drop: 0.1, truncate: 0.2, html: 0.05, slowFirstByte: 100, slowBody: 50,
      base: 'short', auth: true, mix: 0.3, status: 502, error: 3, seed: 7,
    },
  );
  assert.deepEqual(parseFaults('latency=200&base=0'), { latency: [200, 200], base: 0 });
});

/**
 * A POST through a given agent, so that a keep-alive connection can be reused.
 * @param {string} url @param {Agent} agent @param {string} [method]
 * @returns {Promise<number | 'dropped'>}
 */
function rawRequest(url, agent, method = 'POST') {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method, agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('dropped'));
    req.end(method === 'POST' ? JSON.stringify(BODY) : undefined);
  });
}

test('a drop on a reused keep-alive connection also drops the silently resent copy', async () => {
  let seed = 0;
  while (!(decide({ drop: 0.5, seed }, 0).fault === 'drop' && decide({ drop: 0.5, seed }, 1).fault === null)) seed++;
  const path = at(`drop=0.5;seed=${seed}`);

  const fresh = await open();
  const plain = new Agent({ keepAlive: false });
  assert.deepEqual([await rawRequest(fresh.url + path, plain), await rawRequest(fresh.url + path, plain)], ['dropped', 200]);

  const mock = await open();
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  assert.equal(await rawRequest(`${mock.url}/page.html`, agent, 'GET'), 404, 'leaves a keep-alive connection');
  const results = [];
  for (let i = 0; i < 3; i++) results.push(await rawRequest(mock.url + path, agent));
  assert.deepEqual(results, ['dropped', 'dropped', 200]);
  agent.destroy();
});
