// Debian's Chromium driven by puppeteer-core: one browser for the run, a fresh page per measure.
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome, missingChromeMessage } from '../../scripts/chrome-path.mjs';

/** @typedef {import('puppeteer-core').Page} Page @typedef {import('puppeteer-core').Browser} Browser */

export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(missingChromeMessage);
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromeFlags, '--window-size=480,800'],
    defaultViewport: { width: 480, height: 800 },
    protocolTimeout: 180_000,
  });
}

/**
 * Opens the bench page for one contender and waits for its script to load. Errors thrown in the
 * page are collected; the virtualizer's harmless "ResizeObserver loop" notices are not.
 * @param {Browser} browser @param {string} base server URL @param {string} contender
 * @param {string} [query] more of the page's query (`&raw=1`: the browser's own fetch, unwrapped)
 */
export async function openPage(browser, base, contender, query = '') {
  const page = await browser.newPage();
  const errors = pageErrors(page);
  await page.goto(`${base}/page/bench.html?c=${contender}${query}`);
  await page.waitForFunction(() => /** @type {{ bench?: { ready?: boolean } }} */ (/** @type {unknown} */ (window)).bench?.ready === true, { timeout: 20_000 });
  return { page, errors };
}

/**
 * Errors thrown in `page` from now on, but the virtualizer's harmless "ResizeObserver loop" notices.
 * @param {Page} page
 */
export function pageErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => {
    const text = e instanceof Error ? e.message : String(e);
    if (!/ResizeObserver loop/.test(text)) errors.push(text);
  });
  return errors;
}

/** JS heap in use after a full garbage collection, in bytes. @param {Page} page */
export async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * After two forced garbage collections: the JS heap in use, DOM nodes and JS event listeners
 * alive in the page (CDP `Performance.getMetrics`).
 * @param {Page} page
 */
export async function metricsAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (/** @type {string} */ name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { heapBytes: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
  } finally {
    await cdp.detach();
  }
}
