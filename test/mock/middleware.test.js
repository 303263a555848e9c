// @ts-check
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, test } from 'node:test';
import { createServer as createViteServer } from 'vite';
import { connectMiddleware, koaMiddleware, mockVitePlugin } from '../../mock/middleware.js';
import { ENDPOINT } from './helpers.js';

/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];
after(() => Promise.all(cleanups.map((c) => c())));

/**
 * Serves `handler` on 127.0.0.1 and returns its URL.
 * @param {import('node:http').RequestListener} handler
 */
async function serve(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return `http://127.0.0.1:${address.port}`;
}

/** @param {string} url */
const ask = (url) => fetch(url, { method: 'POST', body: JSON.stringify({ Token: 1001, Start: 1, Length: 2 }) });

test('connectMiddleware answers the mock and passes other requests on', async () => {
  const mw = connectMiddleware();
  const url = await serve((req, res) => mw(req, res, () => res.writeHead(418).end('next')));
  const res = await ask(url + ENDPOINT);
  assert.equal(res.status, 200);
  assert.equal((await res.json()).Rows, 150);
  assert.equal((await ask(`${url}/index.html`)).status, 418);
});

test('koaMiddleware answers through ctx.res with ctx.respond false, else calls next', async () => {
  const mw = koaMiddleware({ base: '/mock-api' });
  /** @type {boolean[]} */
  const responds = [];
  const url = await serve(async (req, res) => {
    const ctx = /** @type {import('koa').Context} */ (/** @type {unknown} */ ({ req, res, respond: true }));
    await mw(ctx, async () => void res.writeHead(418).end('next'));
    responds.push(ctx.respond !== false);
  });
  assert.equal((await ask(`${url}/mock-api/client/OperationHistory`)).status, 200);
  assert.equal((await ask(url + ENDPOINT)).status, 418);
  assert.deepEqual(responds, [false, true]);
});

test('mockVitePlugin serves the mock from a Vite dev server', async () => {
  const vite = await createViteServer({
    configFile: false,
    root: new URL('.', import.meta.url).pathname,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [mockVitePlugin({ startBase: 0 })],
  });
  await vite.listen();
  cleanups.push(() => vite.close());
  const url = vite.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const body = await (await fetch(url + ENDPOINT, { method: 'POST', body: '{"Token":1003,"Start":1,"Length":1}' })).json();
  assert.equal(body.Operations[0].Id, 5010030000999, 'Start 1 is the second row in base 0');
  const plugin = mockVitePlugin();
  assert.equal(typeof plugin.configurePreviewServer, 'function');
});
