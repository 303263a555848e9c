// Builds what the benchmark serves, into its own folder: the drop-ins with the project's
// vite.config.ts (and the staff table's with vite.table.config.ts), and the two baselines
// bundled the same way (Vite lib mode, ES, fully minified, Lit inside).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import process from 'node:process';

export const DROP_INS = ['loyalty-history.js', 'loyalty-history.iife.js'];
export const BASELINES = ['naive-history', 'virtual-history'];
/** The staff table's build (issue 20) and its ES drop-in. */
const TABLE_CONFIG = 'vite.table.config.ts';
export const TABLE_DROP_IN = 'loyalty-history-table.js';

/**
 * Runs the project's own drop-in builds (vite.config.ts, and vite.table.config.ts for the staff
 * table when the project has one) into `outDir`, not dist/: the figures then describe the
 * sources as they are now, and no one else's dist/ is emptied mid-run.
 * @param {string} root @param {string} outDir
 * @returns {Promise<{ table: boolean }>} whether the staff table's drop-in was built
 */
export async function buildDropIns(root, outDir) {
  await viteBuild(root, ['--outDir', outDir, '--emptyOutDir'], DROP_INS.map((f) => join(outDir, f)));
  const table = existsSync(join(root, TABLE_CONFIG));
  if (table) await viteBuild(root, ['-c', TABLE_CONFIG, '--outDir', outDir], [join(outDir, TABLE_DROP_IN)]);
  return { table };
}

/**
 * `vite build` with `args`, in a process of its own; fails unless every file of `expected` is there.
 * @param {string} root @param {string[]} args @param {string[]} expected
 */
function viteBuild(root, args, expected) {
  return new Promise((resolve, reject) => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const child = spawn(process.execPath, [vite, 'build', ...args, '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && expected.every((f) => existsSync(f))) resolve(undefined);
      else reject(new Error(`vite build ${args.join(' ')} failed (exit ${code}):\n${Buffer.concat(output).toString()}`));
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
