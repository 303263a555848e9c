import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, chromeFlags, missingChromeMessage } from './scripts/chrome-path.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', '!test/mock/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeFlags } })],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
