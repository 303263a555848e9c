import * as puppeteer from 'puppeteer-core';
import { hostPages } from './test/host/host-pages.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findChrome, chromeFlags } from './scripts/chrome-path.mjs';
import { findFirefox, findWebKit, missing, startWebKitDriver } from './scripts/engines.mjs';

// Three engines, one group each, run one after the other:
//   web-test-runner                          every file in Chromium, then all but CHROMIUM_ONLY in Firefox and WebKit
//   web-test-runner --group chromium         one engine (npm run test:chromium)
//   web-test-runner "test/feed/**"           the files named, in Chromium
//   web-test-runner --group webkit "test/feed/**"   the files named, in WebKit
const ALL = ['test/**/*.test.ts', '!test/mock/**'];
/**
 * Files that need what only Chromium offers. media.test.ts switches prefers-color-scheme and
 * prefers-reduced-motion through the DevTools protocol (emulateMedia), which neither Firefox's
 * WebDriver BiDi nor WebKit's WebDriver can do.
 */
const CHROMIUM_ONLY = ['test/loyalty-history.lifecycle.test.ts', 'test/table/element.print.test.ts', 'test/templates/media.test.ts', 'test/a11y/forced-colors.test.ts', 'test/a11y/print.test.ts'];
const CROSS_ENGINE = [...ALL, ...CHROMIUM_ONLY.map((file) => `!${file}`)];

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: the runner's emulateMedia ignores
 * `forcedColors` under puppeteer (and puppeteer's emulateMediaFeatures refuses the feature), so
 * test/a11y/forced-colors.test.ts asks Chromium for it over the page's own DevTools session.
 */
function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors',
    /** @param {{ command: string, payload: unknown, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const active = /** @type {{ active?: boolean }} */ (payload)?.active === true;
      const client = session.browser.getPage(session.id)._client();
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/**
 * `collect-garbage`: a full garbage collection in Chromium (DevTools `HeapProfiler.collectGarbage`),
 * so test/loyalty-history.lifecycle.test.ts can see a removed widget freed at once.
 */
function collectGarbageCommand() {
  return {
    name: 'collect-garbage',
    /** @param {{ command: string, session: any }} args */
    async executeCommand({ command, session }) {
      if (command !== 'collect-garbage') return undefined;
      await session.browser.getPage(session.id)._client().send('HeapProfiler.collectGarbage');
      return true;
    },
  };
}

/** Whether test files are named on the command line, and whether a `--group` is chosen. */
function commandLine(argv = process.argv.slice(2)) {
  const single = new Set(['--root-dir', '--concurrent-browsers', '--concurrency', '--config', '--port', '--groups', '--group']);
  const multiple = new Set(['--browsers', '--esbuild-target']);
  let files = false;
  let skip = /** @type {'none' | 'one' | 'all'} */ ('none');
  for (const arg of argv) {
    if (arg.startsWith('-')) {
      const name = arg.split('=')[0] ?? arg;
      if (name === '--files') files = true;
      skip = arg.includes('=') ? 'none' : single.has(name) ? 'one' : multiple.has(name) ? 'all' : 'none';
    } else if (skip === 'one') skip = 'none';
    else if (skip === 'none') files = true;
  }
  return { files, group: argv.some((a) => a === '--group' || a.startsWith('--group=')) };
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
 * A failed assertion whose actual or expected value is a DOM node (`expect(el).to.equal(row)`)
 * would never be reported: @web/dev-server-core 0.7 passes the results through structuredClone,
 * which throws on a node, and the file times out (modernweb-dev/web#2967; fixed in 1.x, which
 * needs Node 22). This sends such a value as its node name instead; chai's message already shows it.
 */
function reportUncloneableFailures() {
  const clone = 'var target = structuredClone(obj)';
  const safe = `var target; try { ${clone} } catch { target = JSON.parse(JSON.stringify(obj, (k, v) => v instanceof Node ? '<' + v.nodeName.toLowerCase() + '>' : v === window ? '[Window]' : v)) }`;
  return {
    name: 'report-uncloneable-failures',
    /** @param {import('koa').Context} context */
    transform(context) {
      if (context.path === '/__web-dev-server__web-socket.js' && typeof context.body === 'string') return { body: context.body.replace(clone, safe) };
      return undefined;
    },
  };
}

/**
 * Each test file gets its own browser context (its own storage and cache), and a page that had
 * tabs beside it never starves for animation frames.
 * @param {{ context: import('puppeteer-core').BrowserContext }} args
 */
async function pageInOwnContext({ context }) {
  const own = await context.browser().createBrowserContext();
  const page = await own.newPage();
  page.once('close', () => void own.close().catch(() => {}));
  return page;
}

/**
 * Starts each engine against a fresh mock platform. The mock keeps state per fault spec (seeded
 * fault decisions, histories that grow with each request), and the engines run one after the
 * other against one server: without this, Firefox and WebKit would meet the state Chromium's run
 * left behind. The reset is the mock's own POST /api/mock/reset.
 * @template {{ initialize?: (config: import('@web/test-runner-core').TestRunnerCoreConfig, testFiles: string[]) => Promise<void>, startSession: (id: string, url: string) => Promise<void> }} T
 * @param {T} launcher
 * @returns {T}
 */
function withFreshMock(launcher) {
  /** @type {string | undefined} */
  let reset;
  const initialize = launcher.initialize?.bind(launcher);
  const startSession = launcher.startSession.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    reset = `http://${config.hostname}:${config.port}/api/mock/reset`;
    await initialize?.(config, testFiles);
  };
  launcher.startSession = async (id, url) => {
    const once = reset;
    reset = undefined;
    if (once) await fetch(once, { method: 'POST' });
    return startSession(id, url);
  };
  return launcher;
}

/** A launcher for an engine that is not installed: the run stops and says how to get it. */
function unavailable(/** @type {string} */ name, /** @type {string} */ message) {
  const fail = () => Promise.reject(new Error(`\n${message}\n`));
  return { name, type: 'unavailable', initialize: fail, startSession: fail, stopSession: fail, stop: async () => {}, isActive: () => false, getBrowserUrl: () => '' };
}

function chromium() {
  const executablePath = findChrome();
  if (!executablePath) return unavailable('Chromium', missing.chromium);
  const launcher = chromeLauncher({
    launchOptions: { executablePath, headless: true, args: chromeFlags },
    createPage: pageInOwnContext,
  });
  launcher.name = 'Chromium';
  return launcher;
}

/**
 * Firefox over WebDriver BiDi. Firefox ESR has no BiDi viewport emulation, so the window is sized
 * at launch and the runner's per-page `setViewport` is a no-op.
 */
function firefox() {
  const executablePath = findFirefox();
  if (!executablePath) return unavailable('Firefox', missing.firefox);
  return chromeLauncher({
    puppeteer: /** @type {any} */ (puppeteer),
    launchOptions: { browser: 'firefox', executablePath, headless: true, args: ['--width=800', '--height=600'] },
    createPage: async (args) => {
      const page = await pageInOwnContext(args);
      page.setViewport = async () => {};
      return page;
    },
  });
}

/** The launcher's own driver and start-up, private fields of the pinned @web/test-runner-webdriver. */
const internals = (/** @type {WebdriverLauncher} */ launcher) =>
  /** @type {{ ensureManagerInitialized(): Promise<void>, driver: import('webdriverio').Browser }} */ (/** @type {unknown} */ (launcher));

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver. The driver and its Xvfb display start with the
 * first WebKit test file, on a free port and display, and stop with the engine (or at exit).
 */
class WebKitLauncher extends WebdriverLauncher {
  /** @param {{ driver: string, browser: string, xvfb: string }} paths */
  constructor(paths) {
    // The port is known once the driver runs: the launcher reads this object when it connects.
    const remote = {
      hostname: '127.0.0.1',
      port: 0,
      logLevel: /** @type {const} */ ('error'),
      capabilities: /** @type {any} */ ({ 'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] } }),
    };
    super(remote);
    this.remote = remote;
    this.paths = paths;
    /** @type {Promise<{ port: number, close: () => Promise<void> }> | undefined} */
    this.server = undefined;
    this.sized = false;
  }

  /** @override @param {any} config */
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  /** @override @param {string} id @param {string} url */
  async startSession(id, url) {
    if (!this.server) {
      this.server = startWebKitDriver(this.paths);
      const { port, close } = await this.server;
      this.remote.port = port;
      process.once('exit', () => void close());
    }
    await this.server;
    if (!this.sized) {
      // The 800 × 600 viewport Chromium and Firefox have: MiniBrowser opens at 1024 × 730, under
      // a toolbar.
      this.sized = true;
      const launcher = internals(this);
      await launcher.ensureManagerInitialized();
      const [w, h] = /** @type {number[]} */ (await launcher.driver.execute('return [outerWidth - innerWidth, outerHeight - innerHeight]'));
      await launcher.driver.setWindowRect(null, null, 800 + (w ?? 0), 600 + (h ?? 0));
    }
    return super.startSession(id, url);
  }

  /** @override */
  async stop() {
    await super.stop();
    const server = await this.server?.catch(() => undefined);
    this.server = undefined;
    await server?.close();
  }
}

function webkit() {
  const paths = findWebKit();
  return paths ? new WebKitLauncher(paths) : unavailable('WebKit', missing.webkit);
}

const chromiumLauncher = withFreshMock(chromium());
const cli = commandLine();
/** A group's files: its own set, or (with `--group`) the files named on the command line. */
const filesOf = (/** @type {string[]} */ set) => (cli.files ? undefined : set);

export default {
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time, one engine at a time: a background tab gets no animation frames, which
  // fixtures and the feed wait for, and two engines on 2 cores make timing tests flaky.
  concurrency: 1,
  concurrentBrowsers: 1,
  middleware: [strictCspPages, hostPages, ...(await mockMiddleware())],
  plugins: [reportUncloneableFailures(), forcedColorsCommand(), collectGarbageCommand(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [chromiumLauncher],
  groups:
    // Files named on the command line, without --group, run in Chromium only (the root config).
    cli.files && !cli.group
      ? []
      : [
          { name: 'chromium', files: filesOf(ALL), browsers: [chromiumLauncher] },
          { name: 'firefox', files: filesOf(CROSS_ENGINE), browsers: [withFreshMock(firefox())] },
          { name: 'webkit', files: filesOf(CROSS_ENGINE), browsers: [withFreshMock(webkit())] },
        ],
  testFramework: { config: { timeout: 20000 } },
  // A file that hangs (a frozen page never reports) fails after 3 minutes, not the whole CI budget.
  testsFinishTimeout: 3 * 60 * 1000,
};
