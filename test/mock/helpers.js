// @ts-check
/** Starts the mock on 127.0.0.1 with a free port for one test file. */
import { createServer } from 'node:http';
import { after } from 'node:test';
import { createMockApi } from '../../mock/api.js';

/** The endpoint path without faults. */
export const ENDPOINT = '/api/client/OperationHistory';

/**
 * @param {import('../../mock/api.js').MockApiOptions} [options]
 */
export async function startMock(options) {
  const api = createMockApi(options);
  const server = createServer((req, res) => {
    api.handle(req, res).then((answered) => {
      if (!answered) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not the mock');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    api,
    url,
    port,
    /**
     * POSTs a body (an object is sent as JSON, a string as is).
     * @param {object | string} body @param {string} [path] @param {Record<string, string>} [headers]
     */
    post(body, path = ENDPOINT, headers = {}) {
      return fetch(url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    /**
     * POSTs and parses the JSON answer (status must be 200).
     * @param {object | string} body @param {string} [path]
     * @returns {Promise<any>}
     */
    async history(body, path) {
      const res = await this.post(body, path);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      return res.json();
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startMock>>} Mock */

/**
 * For one test file (call it at the file's top level): a function that starts a mock, and a hook
 * that closes every mock it started after the file's tests.
 * @returns {(options?: import('../../mock/api.js').MockApiOptions) => Promise<Mock>}
 */
export function mockOpener() {
  /** @type {Mock[]} */
  const mocks = [];
  after(() => Promise.all(mocks.map((m) => m.close())));
  return async (options) => {
    const m = await startMock(options);
    mocks.push(m);
    return m;
  };
}
