// Two jobs:
// - `vite build`: the drop-in bundles a partner pastes into a page, with Lit and zod inside:
//   dist/loyalty-history.js (ES module) and dist/loyalty-history.iife.js (classic script). Both
//   load src/drop-in.ts (src/define.ts with Zod set up for strict CSP), so loading either one defines <loyalty-history>.
// - `vite` (npm start): the dev server on 127.0.0.1 over the project root, with the mock
//   OperationHistory server mounted, `/` sending people to the demo.
// Decorators: Vite's oxc transform reads `experimentalDecorators` and `useDefineForClassFields`
// from tsconfig.json, so Lit's `@property()` fields compile to constructor assignments plus
// `__decorate` calls, as tsc would emit them.
import { defineConfig, type Plugin, type UserConfig, type ViteDevServer } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { asciiOnly, dropInBuild, minifyHtmlLiterals } from './scripts/drop-in-plugins.mjs';

const DEMO_PATH = '/demo/index.html';

/** The mock platform, if mock/middleware.js exists yet; loaded at run time, never bundled. */
async function mockPlugin(): Promise<Plugin | undefined> {
  const url = new URL('./mock/middleware.js', import.meta.url).href;
  try {
    const mod = (await import(/* @vite-ignore */ url)) as { mockVitePlugin?: (options: object) => Plugin };
    return mod.mockVitePlugin?.({});
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.warn('mock/middleware.js not found: the dev server runs without the mock platform.');
    return undefined;
  }
}

/** `/` goes to the demo page; the demo URL is printed beside Vite's own. */
function demoEntry(): Plugin {
  return {
    name: 'loyalty-history:demo-entry',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', DEMO_PATH);
        res.end();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const base of server.resolvedUrls?.local ?? []) {
          server.config.logger.info(`  ➜  Demo:    ${new URL(DEMO_PATH, base).href}`);
        }
      };
    },
  };
}

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const plugins: Plugin[] = [demoEntry(), minifyCssLiterals(), minifyHtmlLiterals(), asciiOnly()];
  if (command === 'serve') {
    const mock = await mockPlugin();
    if (mock) plugins.push(mock);
  }
  return {
    plugins,
    server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
    build: dropInBuild({ entry: 'src/drop-in.ts', file: 'loyalty-history', global: 'LoyaltyHistoryBundle' }),
  };
});
