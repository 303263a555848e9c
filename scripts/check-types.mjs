// Proves the framework typings as an integrator meets them (npm run test:types, part of npm test):
// packs the package as npm would publish it, unpacks it into test/types/node_modules, and
// type-checks the fixtures there under `strict`: the React files with tsc, the React and Vue
// files with vue-tsc, for both elements (`loyalty-history/react`, `/vue`, `/table/react`,
// `/table/vue`). Also checks that the README's React and Vue examples are those fixtures, word
// for word, and that the typings name every attribute and property in custom-elements.json.
// Needs a build (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const fixtures = join(root, 'test/types');
/** @type {string[]} */
const problems = [];

/** The text of the README section `## heading`, up to the next `## `. */
function readmeSection(/** @type {string} */ readme, /** @type {string} */ heading) {
  const start = readme.indexOf(`\n## ${heading}\n`);
  return start < 0 ? '' : readme.slice(start, readme.indexOf('\n## ', start + 1));
}

/**
 * README examples: the first ```tsx block and the first ```vue block of the Frameworks section,
 * and the first ```tsx block of the Staff table section.
 */
function readmeExamples() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = (/** @type {string} */ heading, /** @type {string} */ lang) =>
    new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readmeSection(readme, heading))?.[1];
  return {
    'react/History.tsx': ['Frameworks', block('Frameworks', 'tsx')],
    'vue/History.vue': ['Frameworks', block('Frameworks', 'vue')],
    'react/StaffTable.tsx': ['Staff table', block('Staff table', 'tsx')],
  };
}

for (const [file, [heading, example]] of Object.entries(readmeExamples())) {
  if (example !== readFileSync(join(fixtures, file), 'utf8')) {
    problems.push(`README.md's ${heading} example differs from test/types/${file}: keep them the same.`);
  }
}

/** Each element, and the typings that name its properties (interface members or union members). */
const TYPINGS = {
  'loyalty-history': ['dist/npm/element-types.d.ts'],
  'loyalty-history-table': ['dist/npm/element-types.d.ts', 'dist/npm/table/settings.d.ts'],
};

/** Every public property and attribute of each element in the manifest appears in its typings. */
function manifestCoverage() {
  /** @typedef {{ kind: string, name: string, static?: boolean, readonly?: boolean, privacy?: string }} Member */
  /** @typedef {{ tagName?: string, members: Member[], attributes: { name: string, fieldName: string }[] }} Declaration */
  /** @type {{ modules: { declarations?: Declaration[] }[] }} */
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const [tagName, files] of Object.entries(TYPINGS)) {
    const typings = files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    // A property is typed as an interface member (`token?: string;`) or named in a union (`'headers'`).
    const named = new Set([...typings.matchAll(/'([A-Za-z]+)'|^\s+([A-Za-z]+)\??:/gm)].map((m) => m[1] ?? m[2]));
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
    if (!element) throw new Error(`custom-elements.json has no <${tagName}>`);
    // Settable public fields (getters the element uses internally are read-only).
    const fields = element.members.filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');
    for (const { name } of fields) if (!named.has(name)) problems.push(`${files.join(' and ')} do not type <${tagName}>'s property \`${name}\`.`);
    // The typings name each attribute after its property: `serverTimeZone` -> `server-time-zone`.
    for (const { name, fieldName } of element.attributes) {
      const kebab = fieldName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (fields.some((f) => f.name === fieldName) && kebab !== name) problems.push(`<${tagName}>'s attribute \`${name}\` is not \`${kebab}\`, as its typings assume.`);
    }
  }
}

if (!existsSync(join(root, 'dist/npm/react.d.ts'))) {
  console.error('check-types: dist/npm has no typings yet; run `npm run build` first.');
  process.exit(1);
}
manifestCoverage();

const packDir = mkdtempSync(join(tmpdir(), 'loyalty-history-pack-'));
const installed = join(fixtures, 'node_modules/loyalty-history');
try {
  // --ignore-scripts: the build has just run; prepack would run it again.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }),
  );
  rmSync(join(fixtures, 'node_modules'), { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(packDir, packed.filename), '-C', installed, '--strip-components=1']);
  console.log(`check-types: ${packed.filename} (${packed.entryCount} files) unpacked into test/types/node_modules`);

  const run = (/** @type {string} */ label, /** @type {string[]} */ args) => {
    const { status } = spawnSync(process.execPath, args, { cwd: fixtures, stdio: 'inherit' });
    console.log(`check-types: ${label}: ${status === 0 ? 'ok' : 'FAILED'}`);
    if (status !== 0) problems.push(`${label} found type errors in test/types (see above).`);
  };
  run('React fixtures, tsc (TypeScript 7)', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  run('React and Vue fixtures, vue-tsc (TypeScript 5.9)', [
    '--require', join(root, 'scripts/classic-ts.cjs'), join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', '.',
  ]);
} finally {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(join(fixtures, 'node_modules'), { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\ncheck-types:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
