import { esbuildPlugin } from '@web/dev-server-esbuild';
import { hostPages } from './test/host/host-pages.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, chromeFlags, missingChromeMessage } from './scripts/chrome-path.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage);
  process.exit(1);
}

/** The mock platform (mock/middleware.js), if it exists yet. */
async function mockMiddleware() {
  try {
    const { koaMiddleware } = await import('./mock/middleware.js');
    return [koaMiddleware({})];
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.warn('mock/middleware.js not found: tests run without the mock platform.');
    return [];
  }
}

/**
 * Pages named `*.csp.html` (test/build/fixtures) are served under a strict Content Security Policy,
 * as on a partner's locked-down site.
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
async function strictCspPages(ctx, next) {
  await next();
  if (ctx.path.endsWith('.csp.html')) ctx.set('Content-Security-Policy', "default-src 'self'");
}

/**
 * Each test file gets its own browser context. In one shared context, with concurrency 2, only one
 * tab receives animation frames: `requestAnimationFrame` (and @open-wc's `nextFrame`) never
 * resolves in the other, and its tests time out.
 * @param {{ context: import('puppeteer-core').BrowserContext }} args
 */
async function pageInOwnContext({ context }) {
  const own = await context.browser().createBrowserContext();
  const page = await own.newPage();
  page.once('close', () => void own.close().catch(() => {}));
  return page;
}

export default {
  files: ['test/**/*.test.ts', '!test/mock/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time: a background tab gets no animation frames, which fixtures and the feed wait for.
  concurrency: 1,
  middleware: [strictCspPages, hostPages, ...(await mockMiddleware())],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeFlags },
      createPage: pageInOwnContext,
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
