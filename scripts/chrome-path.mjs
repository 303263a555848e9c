// Finds the Chromium that tests and benchmarks drive: $CHROME_PATH, else Debian's /usr/bin/chromium.
// Run directly, it exits 1 with instructions when none is found.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} */
export function findChrome() {
  return candidates.find((p) => p && existsSync(p));
}

export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test files run side by side in background tabs: keep their timers and frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export const missingChromeMessage = `No Chromium found (looked at $CHROME_PATH and /usr/bin/chromium).
The browser tests run in a real Chromium. Either:
  - on Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - or point CHROME_PATH at an installed Chrome or Chromium:  CHROME_PATH=/path/to/chrome npm test`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findChrome();
  if (!found) {
    console.error(missingChromeMessage);
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
