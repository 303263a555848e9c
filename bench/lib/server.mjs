// The benchmark's own HTTP server on 127.0.0.1 (a free port): the bundles it built (/build/),
// the bench page (/page/), the mock platform under /api, and a history that grows while it is
// read under /grow/<reader> (growing.mjs), and the phone profile's pages (/phone/<contender>.html,
// phone.mjs) with the bundles gzipped under /phone/build/, as a real server would send them.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createMockApi } from '../../mock/api.js';
import { createGrowingApi } from './growing.mjs';
import { PHONE_BUILD, phonePage } from './phone.mjs';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
});

/**
 * @param {{ root: string, buildDir: string }} dirs  project root; where the bundles were built
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startServer(dirs) {
  const api = createMockApi({ startBase: 1 });
  const growing = createGrowingApi();
  /** The phone profile's bundles, gzipped once. @type {Map<string, Buffer>} */
  const gzipped = new Map();
  /** URL prefix -> folder on disk. */
  const mounts = [
    ['/build/', dirs.buildDir],
    [PHONE_BUILD, dirs.buildDir],
    ['/page/', join(dirs.root, 'bench', 'page')],
  ];
  const server = createServer((req, res) => {
    void (async () => {
      if ((await growing.handle(req, res)) || (await api.handle(req, res))) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://bench').pathname);
      const phone = /^\/phone\/([a-z]+)\.html$/.exec(path);
      const html = phone && phonePage(phone[1] ?? '');
      if (html) {
        res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
        res.end(html);
        return;
      }
      for (const [prefix, dir] of mounts) {
        if (!prefix || !dir || !path.startsWith(prefix)) continue;
        const file = normalize(join(dir, path.slice(prefix.length)));
        if (!file.startsWith(dir + sep)) break;
        try {
          const body = await readFile(file);
          const type = TYPES[extname(file)] ?? 'application/octet-stream';
          if (prefix === PHONE_BUILD) {
            res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Encoding': 'gzip' });
            if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
            res.end(gzipped.get(file));
          } else {
            res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
            res.end(body);
          }
        } catch {
          res.writeHead(404).end();
        }
        return;
      }
      res.writeHead(404).end();
    })().catch((error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No server address');
  const url = `http://127.0.0.1:${address.port}`;
  // The mock builds a member's history on its first request: do that before anything is timed.
  for (const token of [1002, 1003]) {
    await fetch(`${url}/api/client/OperationHistory`, { method: 'POST', body: JSON.stringify({ Token: token, Start: 1, Length: 1 }) });
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
