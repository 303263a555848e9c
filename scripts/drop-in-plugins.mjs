// Vite plugins for the drop-in build only (a partner's page, not a bundler, is the consumer).
//
// - asciiOnly(): a classic script served without a charset is decoded with the page's encoding
//   (windows-1251 on many old CMS sites), so every raw UTF-8 letter would turn into mojibake.
//   Rolldown's `charset: 'ascii'` escapes strings, untagged templates, regexps and identifiers;
//   tagged templates (Lit's html`` and css``) keep their raw text, so their non-ASCII characters
//   are written as \u escapes in the source first (the tags read the cooked text). The finished
//   files are then checked: a non-ASCII byte left anywhere fails the build.
// - minifyHtmlLiterals(): whitespace that only indents markup inside html`` templates, which no
//   JS minifier touches: fewer bytes and fewer text nodes per row.

/**
 * Writes every non-ASCII UTF-16 unit of `text` as a \uXXXX escape.
 * @param {string} text
 */
export function escapeNonAscii(text) {
  // Upper-case hex, as Rolldown writes its own escapes: one spelling compresses better.
  return text.replace(/[^\0-\x7f]/g, (/** @type {string} */ c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * The first non-ASCII character of `text` with its surroundings, or undefined.
 * @param {string} text
 */
export function firstNonAscii(text) {
  const at = text.search(/[^\0-\x7f]/);
  return at < 0 ? undefined : { at, near: JSON.stringify(text.slice(Math.max(0, at - 30), at + 10)) };
}

/** @returns {import('vite').Plugin} */
export function asciiOnly() {
  return {
    name: 'loyalty-history:ascii-only',
    apply: 'build',
    transform(code) {
      if (!/[^\0-\x7f]/.test(code)) return null;
      // Only inside template literals (tagged or not): strings elsewhere are escaped by the output's
      // `charset: 'ascii'`, and comments go with minification.
      return { code: code.replace(/`(?:[^`\\]|\\.)*`/gs, escapeNonAscii), map: null };
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const found = firstNonAscii(file.code);
        if (found) this.error(`${file.fileName} holds a non-ASCII character at ${found.at} (${found.near}): it would be mojibake on a windows-1251 page`);
      }
    },
  };
}

/**
 * Squeezes the static text of html`` templates: a whitespace run that holds a line break
 * becomes nothing between markup (`>` … `<`, or next to a `${}` in element content) and one
 * space inside a tag's attribute list. Runs without a line break are left alone, so an
 * intentional space (`${a} ${b}`, `</b> <i>`) stays.
 * @param {string[]} parts the static parts of one template, split at `${…}`
 */
export function squeezeHtml(parts) {
  let inTag = false;
  let quote = '';
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const c = part[i];
      if (/\s/.test(c) && !quote) {
        let j = i;
        while (j < part.length && /\s/.test(part[j])) j++;
        const run = part.slice(i, j);
        out += !run.includes('\n') ? run : inTag ? ' ' : '';
        i = j - 1;
        continue;
      }
      out += c;
      if (quote) {
        if (c === quote) quote = '';
      } else if (inTag) {
        if (c === '"' || c === "'") quote = c;
        else if (c === '>') inTag = false;
      } else if (c === '<' && /[A-Za-z/!]/.test(part[i + 1] ?? '')) {
        inTag = true;
      }
    }
    return out;
  });
}

/**
 * Rewrites every html`…` template of `code`, including those nested in its `${…}` expressions
 * (found by brace depth).
 * @param {string} code
 * @returns {string}
 */
export function rewriteHtmlTemplates(code) {
  let out = '';
  let from = 0;
  const tag = /\bhtml`/g;
  for (let m; (m = tag.exec(code)); ) {
    const start = m.index + m[0].length;
    /** @type {string[]} */
    const parts = [];
    /** @type {string[]} */
    const exprs = [];
    let part = '';
    let i = start;
    for (; i < code.length && code[i] !== '`'; i++) {
      if (code[i] === '\\') {
        part += code[i] + code[i + 1];
        i++;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        parts.push(part);
        part = '';
        let depth = 0;
        let j = i + 1;
        for (; j < code.length; j++) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}' && --depth === 0) break;
        }
        exprs.push(`\${${rewriteHtmlTemplates(code.slice(i + 2, j))}}`);
        i = j;
      } else {
        part += code[i];
      }
    }
    parts.push(part);
    out += code.slice(from, start) + squeezeHtml(parts).map((p, k) => p + (exprs[k] ?? '')).join('');
    from = i;
    tag.lastIndex = i;
  }
  return out + code.slice(from);
}

/** @returns {import('vite').Plugin} */
export function minifyHtmlLiterals() {
  return {
    name: 'loyalty-history:minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      return { code: rewriteHtmlTemplates(code), map: null };
    },
  };
}

/**
 * The build of one element's two drop-ins into dist/, `<file>.js` (ES module) and
 * `<file>.iife.js` (classic script), from `entry`, with Lit and Zod inside; both fully minified
 * and pure ASCII. vite.config.ts builds the member's, vite.table.config.ts the staff table's.
 * @param {{ entry: string, file: string, global: string }} drop  `global`: the IIFE's name (the
 *   drop-in's real interface is the element it defines)
 * @returns {import('vite').BuildOptions}
 */
export function dropInBuild({ entry, file, global }) {
  return {
    outDir: 'dist',
    // dist/npm (tsc) and the other element's drop-ins live beside these: `npm start` must not
    // delete them. `npm run build` empties dist/ itself first (npm run clean).
    emptyOutDir: false,
    target: 'es2021',
    // Hidden: built for our own debugging and the bench's size breakdown, not shipped (README, Drop-in).
    sourcemap: 'hidden',
    copyPublicDir: false,
    lib: {
      entry,
      formats: ['es', 'iife'],
      name: global,
      fileName: (format) => (format === 'es' ? `${file}.js` : `${file}.iife.js`),
    },
    rolldownOptions: {
      // In library mode Vite leaves the ES output's whitespace (to keep tree-shaking hints for
      // bundlers). These files go straight to browsers, so minify them fully, like the IIFE.
      // `charset: 'ascii'`: pure ASCII, so a page in any encoding reads the texts right (asciiOnly()).
      output: { minify: true, charset: 'ascii', comments: { annotation: false, jsdoc: false, legal: true } },
    },
  };
}
