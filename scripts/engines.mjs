// The three browser engines the tests run in, all from Debian's apt (nothing is downloaded):
// Chromium (scripts/chrome-path.mjs), Firefox ESR driven by puppeteer-core over WebDriver BiDi, and
// WebKitGTK's MiniBrowser driven by WebKitWebDriver under a private Xvfb display.
// Run directly, it lists what it found and exits 1 with instructions when an engine is missing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { findChrome, missingChromeMessage } from './chrome-path.mjs';

const first = (/** @type {(string | undefined)[]} */ paths) => paths.find((p) => p && existsSync(p));

/** Firefox: $FIREFOX_PATH, else Debian's firefox-esr. */
export function findFirefox() {
  return first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** WebKit: the WebDriver server, WebKitGTK's MiniBrowser (its path names the CPU) and Xvfb. */
export function findWebKit() {
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => `/usr/lib/${d}/webkit2gtk-4.1/MiniBrowser`) : [];
  const driver = first([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']);
  const browser = first([process.env.WEBKIT_MINIBROWSER, ...libs]);
  const xvfb = first(['/usr/bin/Xvfb']);
  return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

const apt = (/** @type {string} */ pkgs) => `sudo apt-get update && sudo apt-get install -y ${pkgs}`;

export const missing = {
  chromium: missingChromeMessage,
  firefox: `No Firefox found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr and /usr/bin/firefox).
The browser tests also run in Firefox. Either:
  - on Debian:  ${apt('firefox-esr')}
  - or point FIREFOX_PATH at an installed Firefox:  FIREFOX_PATH=/path/to/firefox npm test
  - or run one engine only:  npm run test:chromium`,
  webkit: `No WebKit found: the tests drive WebKitGTK's MiniBrowser through /usr/bin/WebKitWebDriver
under /usr/bin/Xvfb. Either:
  - on Debian or Ubuntu:  ${apt('webkit2gtk-driver xvfb')}
  - or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER to where they are installed
  - or run one engine only:  npm run test:chromium`,
};

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Ends a child process we started and waits until it is gone. */
function stop(/** @type {import('node:child_process').ChildProcess} */ child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve(undefined);
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts Xvfb on a free display and WebKitWebDriver on a free port of 127.0.0.1, and waits until the
 * driver answers. `close()` stops both.
 * @param {{ driver: string, xvfb: string }} paths
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function startWebKitDriver({ driver, xvfb }) {
  // -displayfd: Xvfb picks an unused display itself and writes its number to fd 3 once it accepts clients.
  const x = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let xErr = '';
  x.stderr?.on('data', (d) => (xErr += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    x.stdio[3]?.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    x.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${xErr.trim()}`)));
  });
  const port = /** @type {number} */ (await freePort());
  const wd = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: String(display) }, stdio: 'ignore' });
  const close = async () => {
    await stop(wd);
    await stop(x);
  };
  try {
    const deadline = Date.now() + 15000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
      if (ok) break;
      if (wd.exitCode !== null) throw new Error(`WebKitWebDriver exited (${wd.exitCode}) on port ${port}`);
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port} within 15 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { port, close };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = { Chromium: findChrome(), Firefox: findFirefox(), WebKit: findWebKit()?.browser };
  const absent = Object.entries(found).filter(([, path]) => !path);
  for (const [name, path] of Object.entries(found)) if (path) console.log(`${name}: ${path}`);
  for (const [name] of absent) console.error(`\n${missing[/** @type {keyof typeof missing} */ (name.toLowerCase())]}`);
  if (absent.length) process.exit(1);
}
