#!/usr/bin/env node
// @ts-check
/**
 * Runs the mock on its own: `node mock/cli.js [--port 8787] [--base 0|1|short] [--auth]
 * [--latency 200] [--faults 'fail=0.1;seed=3'] [--quiet]`. Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createMockApi } from './api.js';
import { MEMBERS } from './data.js';
import { SITE_CODES } from './catalog.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    base: { type: 'string', default: '1' },
    auth: { type: 'boolean', default: false },
    latency: { type: 'string' },
    faults: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('node mock/cli.js [--port 8787] [--base 0|1|short] [--auth] [--latency 200|50-400] [--faults SPEC] [--quiet]');
  process.exit(0);
}
if (!['0', '1', 'short'].includes(values.base)) {
  console.error(`--base must be 0, 1 or short, got ${values.base}`);
  process.exit(2);
}

const api = createMockApi({
  startBase: values.base === 'short' ? 'short' : values.base === '0' ? 0 : 1,
  auth: values.auth,
  latency: values.latency,
  faults: values.faults,
  log: !values.quiet,
});

const server = createServer((req, res) => {
  api.handle(req, res).then(
    (answered) => {
      if (!answered) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    },
    (err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500).end();
    },
  );
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  const url = `http://127.0.0.1:${port}`;
  console.log(`Mock loyalty platform on ${url}`);
  console.log(`Endpoint:  POST ${url}/api/client/OperationHistory   (Start base ${values.base}${values.auth ? ', Bearer auth' : ''})`);
  console.log(`Faults:    POST ${url}/api/mock/latency=200;fail=0.3;seed=7/client/OperationHistory`);
  console.log(`Reset:     POST ${url}/api/mock/reset`);
  console.log(`Site codes: ${SITE_CODES.join('  |  ')}  (or none)\n`);
  console.table(
    MEMBERS.map((m) => ({ token: m.token, name: m.name, rows: m.rows, card: m.card, phone: m.phone, about: m.description })),
  );
  console.log('Ctrl+C stops.');
});

process.on('SIGINT', () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
