// The staff table's drop-ins, built beside the member's (vite.config.ts) into the same dist/:
// dist/loyalty-history-table.js (ES module) and dist/loyalty-history-table.iife.js (classic
// script), both from src/drop-in-table.ts, with Lit and zod/mini inside. Pure ASCII and
// minified as the member's are, so a page in any encoding reads the texts right.
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { asciiOnly, minifyHtmlLiterals } from './scripts/drop-in-plugins.mjs';

/**
 * src/define-table.ts registers the element: it has side effects, whatever package.json's
 * `sideEffects` list says (without this, the entry's `import './define-table.js'` is dropped).
 */
function defineHasEffects(): Plugin {
  return {
    name: 'loyalty-history:define-table-effects',
    transform(_code, id) {
      return id.endsWith('/src/define-table.ts') ? { moduleSideEffects: true } : null;
    },
  };
}

export default defineConfig({
  plugins: [defineHasEffects(), minifyCssLiterals(), minifyHtmlLiterals(), asciiOnly()],
  build: {
    outDir: 'dist',
    // The member's drop-ins and dist/npm are already there.
    emptyOutDir: false,
    target: 'es2021',
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: 'src/drop-in-table.ts',
      formats: ['es', 'iife'],
      name: 'LoyaltyHistoryTableBundle',
      fileName: (format) => (format === 'es' ? 'loyalty-history-table.js' : 'loyalty-history-table.iife.js'),
    },
    rolldownOptions: {
      output: { minify: true, charset: 'ascii', comments: { annotation: false, jsdoc: false, legal: true } },
    },
  },
});
