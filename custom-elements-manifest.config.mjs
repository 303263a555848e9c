// Settings for `cem analyze` (npm run build): writes custom-elements.json at the package root,
// which package.json's `customElements` points at. Tests and stories are not part of the API.

/** `LoyaltyHistoryLoadEvent` -> `loyalty-history-load` */
const eventNameOf = (/** @type {string} */ className) =>
  className.replace(/Event$/, '').replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());

/**
 * The analyzer lists `dispatchEvent(new SomeEvent(...))` as an event with a type but no name,
 * beside the named one from the `@fires` tag. Fold the type into the named entry and drop the
 * nameless one.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function mergeTypedEvents() {
  return {
    name: 'loyalty-history:merge-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (!('events' in decl) || !decl.events) continue;
          const named = decl.events.filter((e) => e.name);
          for (const unnamed of decl.events.filter((e) => !e.name && e.type?.text)) {
            const match = named.find((e) => e.name === eventNameOf(unnamed.type?.text ?? ''));
            if (match && !match.type) match.type = unnamed.type;
          }
          decl.events = named;
        }
      }
    },
  };
}

export default {
  // The public modules only: the rest of src/ (styles, texts, templates) is not API, and would
  // otherwise put every CSS and text change into the manifest.
  globs: ['src/loyalty-history.ts', 'src/events.ts', 'src/define.ts', 'src/index.ts', 'src/api/errors.ts', 'src/api/types.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  watch: false,
  packagejson: false, // package.json names the file itself; do not rewrite it
  plugins: [mergeTypedEvents()],
};
