// Pictures of the widget for the README: the demo account page in ru and en, light and dark,
// 360 and 1024 px wide, plus a hero image with one row expanded.
//
//   node scripts/screenshots.mjs [--url http://127.0.0.1:5173] [--out docs/screenshots]
//
// Without --url it starts the Vite dev server (the project's config, mock included) on a free
// port of 127.0.0.1 and stops it at the end. Drives the Chromium that chrome-path.mjs finds.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { chromeFlags, findChrome, missingChromeMessage } from './chrome-path.mjs';

// The functions below that touch the DOM run in the page (page.evaluate / waitForFunction).
/* global document, HTMLElement, requestAnimationFrame */

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { url: { type: 'string' }, out: { type: 'string', default: 'docs/screenshots' } },
});
const outDir = resolve(root, args.out ?? 'docs/screenshots');
const LIMIT_MS = 100_000;

/** The shadow root has rendered at least one operation. */
function rowsShown() {
  return Boolean(document.querySelector('loyalty-history')?.shadowRoot?.querySelector('[role="article"]'));
}

/**
 * Expands the first purchase with a cheque number (rich details), else the first row.
 * @returns {boolean} whether a row was expanded
 */
function expandOneRow() {
  const root = document.querySelector('loyalty-history')?.shadowRoot;
  const rows = [...(root?.querySelectorAll('[role="article"]') ?? [])];
  const row = rows.find((r) => r.classList.contains('kind-purchase')) ?? rows[0];
  const toggle = row?.querySelector('[data-action="toggle"]');
  if (!(toggle instanceof HTMLElement)) return false;
  toggle.click();
  return true;
}

function detailsShown() {
  return Boolean(document.querySelector('loyalty-history')?.shadowRoot?.querySelector('.row.expanded .details'));
}

/**
 * Waits for web fonts and two frames, so the picture is of a settled page.
 * @param {import('puppeteer-core').Page} page
 */
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error(missingChromeMessage);
  await mkdir(outDir, { recursive: true });

  /** @type {import('vite').ViteDevServer | undefined} */
  let server;
  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  try {
    let base = args.url;
    if (!base) {
      server = await createServer({
        root,
        configFile: resolve(root, 'vite.config.ts'),
        logLevel: 'warn',
        server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, watch: null },
      });
      await server.listen();
      base = server.resolvedUrls?.local[0];
      if (!base) throw new Error('The dev server did not report its URL');
    }
    base = base.replace(/\/+$/, '');
    console.log(`Demo at ${base}; writing to ${outDir}`);

    browser = await puppeteer.launch({ executablePath: chrome, args: chromeFlags, headless: true });
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => console.error('page error:', e));
    await page.emulateTimezone('Europe/Moscow');

    /** @param {{ lang: string, theme: 'light' | 'dark', width: number, file: string, expand?: boolean }} shot */
    async function shoot({ lang, theme, width, file, expand = false }) {
      await page.setViewport({ width, height: 600, deviceScaleFactor: width < 600 ? 2 : 1 });
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: theme },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      await page.goto(`${base}/demo/account.html?lang=${lang}&theme=${theme}`, { waitUntil: 'load' });
      await page.waitForFunction(rowsShown);
      if (expand) {
        if (!(await page.evaluate(expandOneRow))) throw new Error('No row to expand');
        await page.waitForFunction(detailsShown);
      }
      await settle(page);
      const path = resolve(outDir, file);
      await page.screenshot({ path, fullPage: true });
      console.log(`  ${file}`);
    }

    for (const lang of ['ru', 'en']) {
      for (const theme of /** @type {const} */ (['light', 'dark'])) {
        for (const width of [360, 1024]) {
          await shoot({ lang, theme, width, file: `account-${lang}-${theme}-${width}.png` });
        }
      }
    }
    await shoot({ lang: 'ru', theme: 'light', width: 1024, file: 'hero.png', expand: true });
  } finally {
    await browser?.close();
    await server?.close();
  }
}

const guard = setTimeout(() => {
  console.error(`screenshots: gave up after ${LIMIT_MS / 1000} s`);
  process.exit(1);
}, LIMIT_MS);
guard.unref();

main().then(
  () => clearTimeout(guard),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
