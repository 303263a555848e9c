// A Vite plugin for the drop-in build: squeezes the whitespace and comments out of Lit `css`
// tagged templates, which no minifier touches (to a JS minifier they are opaque strings).
// Only what is safe without a CSS parser: comments go, runs of white space become one space,
// and spaces around { } ; , and after : are dropped. Quoted CSS strings are left as they are.

/** @param {string} text CSS source (a template literal's static part) */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** A `css` tagged template and its text. */
const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;

/** @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'loyalty-history:minify-css-literals',
    apply: 'build',
    // Every TypeScript module with a Lit `css` template (src/loyalty-history.styles.ts, src/table/styles.ts).
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(CSS_LITERAL, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
