// Pictures of the widget for the README: the demo account page in ru and en, light and dark,
// 360 and 1024 px wide; an expanded coupon and an expanded refund at 360 px; and a hero image
// with the phone (390 px) and the desktop (1024 px) side by side.
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
 * Expands the first row of a kind and scrolls it to the top of the widget's box; when none is
 * loaded yet, scrolls to the end of the box so that the next page loads, and says so.
 * @param {string} kind e.g. 'coupon', 'refund', 'purchase'
 * @returns {'expanded' | 'loading' | 'none'}
 */
function expandKind(kind) {
  const root = document.querySelector('loyalty-history')?.shadowRoot;
  const scroller = root?.querySelector('[part~="scroller"]');
  const row = root?.querySelector(`[role="article"].kind-${kind}`);
  if (!(scroller instanceof HTMLElement)) return 'none';
  if (!row) {
    if (root?.querySelector('[part~="end"]')) return 'none';
    scroller.scrollTop = scroller.scrollHeight;
    return 'loading';
  }
  const toggle = row.querySelector('[data-action="toggle"]');
  if (toggle instanceof HTMLElement) toggle.click();
  const open = root?.querySelector('.row.expanded');
  const header = root?.querySelector('[part~="header"]');
  // Just under the sticky header, so the whole of it shows.
  if (open instanceof HTMLElement) scroller.scrollTop += open.getBoundingClientRect().top - scroller.getBoundingClientRect().top - (header?.getBoundingClientRect().height ?? 0);
  return 'expanded';
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

    /**
     * Opens the account page; with `expand`, opens the first row of that kind and shoots only the widget.
     * @param {{ lang: string, theme: 'light' | 'dark', width: number, file: string, expand?: string }} shot
     */
    async function shoot({ lang, theme, width, file, expand }) {
      await page.setViewport({ width, height: 600, deviceScaleFactor: width < 600 ? 2 : 1 });
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: theme },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      await page.goto(`${base}/demo/account.html?lang=${lang}&theme=${theme}`, { waitUntil: 'load' });
      await page.waitForFunction(rowsShown);
      const path = resolve(outDir, file);
      if (expand) {
        // A taller box than the page's, so the open row shows whole under the header.
        await page.evaluate(() => document.querySelector('loyalty-history')?.style.setProperty('height', '860px'));
        for (let state = 'loading'; state === 'loading'; ) {
          state = await page.evaluate(expandKind, expand);
          if (state === 'none') throw new Error(`No ${expand} row to expand`);
          if (state === 'loading') await new Promise((r) => setTimeout(r, 300));
        }
        await page.waitForFunction(detailsShown);
        await settle(page);
        const widget = await page.$('loyalty-history');
        await widget?.screenshot({ path });
      } else {
        await settle(page);
        await page.screenshot({ path, fullPage: true });
      }
      console.log(`  ${file}`);
    }

    for (const lang of ['ru', 'en']) {
      for (const theme of /** @type {const} */ (['light', 'dark'])) {
        for (const width of [360, 1024]) {
          await shoot({ lang, theme, width, file: `account-${lang}-${theme}-${width}.png` });
        }
      }
    }
    for (const kind of ['coupon', 'refund']) await shoot({ lang: 'ru', theme: 'light', width: 360, file: `expanded-${kind}-ru-360.png`, expand: kind });

    // The hero: a phone and a desktop showing the same account, side by side, one row open on the desktop.
    await page.setViewport({ width: 1500, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const url = `${base}/demo/account.html?lang=ru&theme=light`;
    await page.setContent(`<!doctype html><style>
      body { margin: 0; padding: 28px; background: #e7eaf0; display: flex; gap: 28px; align-items: flex-start; }
      iframe { border: 0; background: #fff; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); }
      .phone { width: 390px; height: 844px; border-radius: 28px; outline: 10px solid #1b1c1f; margin: 10px; }
      .desktop { width: 1024px; height: 844px; border-radius: 10px; }
      </style><iframe class="phone" src="${url}" title="Phone"></iframe><iframe class="desktop" src="${url}" title="Desktop"></iframe>`, { waitUntil: 'load' });
    // The main frame keeps the URL of the last page shot: only the iframes.
    const frames = page.frames().filter((f) => f.parentFrame() && f.url().startsWith(url));
    for (const frame of frames) {
      await frame.waitForFunction(rowsShown);
      // Scrolled to the history, as a member reading it would be.
      await frame.evaluate(() => document.querySelector('.history')?.scrollIntoView({ block: 'start' }));
    }
    const desktop = frames.at(-1);
    if (desktop && (await desktop.evaluate(expandKind, 'purchase')) === 'expanded') await desktop.waitForFunction(detailsShown);
    await settle(page);
    await page.screenshot({ path: resolve(outDir, 'hero.png'), fullPage: true });
    console.log('  hero.png');
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
