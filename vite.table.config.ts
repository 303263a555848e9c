// The staff table's drop-ins, built beside the member's (vite.config.ts) into the same dist/:
// dist/loyalty-history-table.js (ES module) and dist/loyalty-history-table.iife.js (classic
// script), both from src/drop-in-table.ts, built as the member's are (dropInBuild).
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { asciiOnly, dropInBuild, minifyHtmlLiterals } from './scripts/drop-in-plugins.mjs';

export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), asciiOnly()],
  build: dropInBuild({ entry: 'src/drop-in-table.ts', file: 'loyalty-history-table', global: 'LoyaltyHistoryTableBundle' }),
});
