// ESLint flat config (npm run lint:eslint). Syntax-level rules only, no type-aware rules:
// `tsc -p .` already type-checks, and lint stays fast.
import { createRequire } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7's package lacks:
// the hook below makes its `require('typescript')` load the `typescript-classic` alias.
const require = createRequire(import.meta.url);
require('./scripts/classic-ts.cjs');
/** @type {typeof import('typescript-eslint')} */
const tseslint = require('typescript-eslint');

const browserCode = ['src/**/*.ts', 'test/**/*.ts', 'test/build/fixtures/**/*.js', 'demo/**/*.{js,mjs,ts}', 'bench/**/*.{ts,js,mjs}'];
const nodeCode = ['mock/**/*.{js,mjs}', 'scripts/**/*.{js,mjs,cjs}', 'test/mock/**/*.{js,mjs}', 'test/host/*.mjs', '*.{js,mjs,ts}'];

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/results/', 'screenshots/', 'custom-elements.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: browserCode,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.{js,mjs,ts}'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.{js,mjs,ts}'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Host pages may add enumerable members to Object.prototype: iterate own keys only.
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'ForInStatement', message: 'Use Object.keys(): for…in also visits what a page added to Object.prototype.' }] },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: nodeCode,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
