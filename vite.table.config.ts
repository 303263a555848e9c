// The staff table's drop-ins, built beside the member's (vite.config.ts) into the same dist/:
// dist/loyalty-history-table.js (ES module) and dist/loyalty-history-table.iife.js (classic
// script), both from src/drop-in-table.ts, with Lit and zod/mini inside. Pure ASCII and
// minified as the member's are, so a page in any encoding reads the texts right.
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { asciiOnly, minifyHtmlLiterals } from './scripts/drop-in-plugins.mjs';

export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), asciiOnly()],
  build: {
    outDir: 'dist',
    // The member's drop-ins and dist/npm are already there.
    emptyOutDir: false,
    target: 'es2021',
    // Written for whoever builds (to read a stack trace), not named in the file: the package
    // does not ship the drop-ins' maps (README, Drop-in).
    sourcemap: 'hidden',
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
