// The project compiles with TypeScript 7 (the native `tsc`), whose npm package has no JavaScript
// compiler API. typescript-eslint and lit-analyzer call that API through `require('typescript')`,
// so while a lint tool runs, this hook answers that request with `typescript-classic`
// (an npm alias of TypeScript 5.9 in devDependencies). Nothing else changes.
// Use: `node --require ./scripts/classic-ts.cjs <tool>`, or require it first in a config file.
'use strict';
const Module = /** @type {{ _resolveFilename: (request: string, ...rest: unknown[]) => string }} */ (
  /** @type {unknown} */ (require('node:module'))
);

const state = /** @type {{ classicTsHooked?: boolean }} */ (globalThis);
if (!state.classicTsHooked) {
  state.classicTsHooked = true;
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveClassicTs(request, ...rest) {
    const redirected =
      request === 'typescript' || request.startsWith('typescript/')
        ? 'typescript-classic' + request.slice('typescript'.length)
        : request;
    return original.call(this, redirected, ...rest);
  };
}
