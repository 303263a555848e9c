// Builds what the benchmark serves, into its own folder: the drop-ins with the project's
// vite.config.ts, and the two baselines bundled the same way (Vite lib mode, ES, fully minified,
// Lit inside).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import process from 'node:process';

export const DROP_INS = ['loyalty-history.js', 'loyalty-history.iife.js'];
export const BASELINES = ['naive-history', 'virtual-history'];

/**
 * Runs the project's own drop-in build (vite.config.ts) into `outDir`, not dist/: the figures
 * then describe the sources as they are now, and no one else's dist/ is emptied mid-run.
 * @param {string} root @param {string} outDir
 */
export function buildDropIns(root, outDir) {
  return new Promise((resolve, reject) => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && DROP_INS.every((f) => existsSync(join(outDir, f)))) resolve(undefined);
      else reject(new Error(`vite build failed (exit ${code}):\n${Buffer.concat(output).toString()}`));
    });
  });
}

/** Bundles each baseline alone (so each carries its own Lit). @param {string} root @param {string} outDir */
export async function buildBaselines(root, outDir) {
  const { build } = await import('vite');
  for (const name of BASELINES) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2021',
        sourcemap: true,
        copyPublicDir: false,
        lib: { entry: join(root, 'bench', 'baseline', `${name}.js`), formats: ['es'], fileName: () => `${name}.js` },
        rolldownOptions: {
          output: { minify: true, codeSplitting: false, comments: { annotation: false, jsdoc: false, legal: true } },
        },
      },
    });
  }
}
