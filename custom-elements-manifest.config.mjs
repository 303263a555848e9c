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
      // An event dispatched from a variable (`const event = new …; dispatchEvent(event)`) or
      // from a base the analyzer does not follow still has its class: the one named after it.
      const eventClasses = (customElementsManifest.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && /Event$/.test(d.name));
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          for (const event of ('events' in decl && decl.events) || []) {
            const match = event.type ? undefined : eventClasses.find((c) => eventNameOf(c.name) === event.name);
            if (match) event.type = { text: match.name };
          }
        }
      }
    },
  };
}

/**
 * The elements' settings are declared once, in tables (src/api/settings.ts: attribute, default)
 * and typed, documented interfaces (src/element-types.ts), and an element takes them with
 * `static properties = { ...propertiesOf(TABLE) }` and `interface Element extends …Properties`.
 * The analyzer cannot follow either, so this plugin reads both and lists every setting as the
 * element's field and attribute, as it would for properties written out by hand.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function settingsTables() {
  /** @type {Map<string, Map<string, { attribute: string | false, default?: string }>>} table name -> settings */
  const tables = new Map();
  /** @type {Map<string, { name: string, type: string, description: string }[]>} interface name -> properties */
  const interfaces = new Map();
  /** @type {Map<string, { tables: string[], interfaces: string[] }>} class name -> what it takes */
  const elements = new Map();
  const take = (/** @type {string} */ name) => {
    if (!elements.has(name)) elements.set(name, { tables: [], interfaces: [] });
    return /** @type {{ tables: string[], interfaces: string[] }} */ (elements.get(name));
  };
  return {
    name: 'loyalty-history:settings-tables',
    analyzePhase({ ts, node }) {
      const unwrap = (/** @type {any} */ n) => {
        while (n && (ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isParenthesizedExpression(n))) n = n.expression;
        return n;
      };
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /_SETTINGS$/.test(node.name.text)) {
        const literal = unwrap(node.initializer);
        if (!literal || !ts.isObjectLiteralExpression(literal)) return;
        const table = new Map();
        for (const entry of literal.properties) {
          const value = ts.isPropertyAssignment(entry) ? unwrap(entry.initializer) : undefined;
          if (!ts.isPropertyAssignment(entry) || !value || !ts.isObjectLiteralExpression(value)) continue;
          /** @type {{ attribute: string | false, default?: string }} */
          const setting = { attribute: false };
          for (const p of value.properties) {
            if (!ts.isPropertyAssignment(p)) continue;
            const key = p.name.getText();
            if (key === 'attribute' && ts.isStringLiteral(p.initializer)) setting.attribute = p.initializer.text;
            if (key === 'default') setting.default = p.initializer.getText();
          }
          table.set(entry.name.getText(), setting);
        }
        tables.set(node.name.text, table);
      }
      if (ts.isInterfaceDeclaration(node)) {
        const name = node.name.text;
        const bases = (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText()));
        if (/Properties$/.test(name)) {
          interfaces.set(name, node.members.filter(ts.isPropertySignature).map((m) => ({
            name: m.name.getText(),
            type: m.type ? m.type.getText() : 'unknown',
            description: (/** @type {any} */ (m).jsDoc ?? []).map((/** @type {any} */ d) => (typeof d.comment === 'string' ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? '')).join('\n').replace(/\s*\n\s*/g, ' '),
          })));
        } else if (bases.some((b) => /Properties$/.test(b))) {
          take(name).interfaces.push(...bases);
        }
      }
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          const init = ts.isPropertyDeclaration(member) && member.name.getText() === 'properties' ? unwrap(member.initializer) : undefined;
          if (!init || !ts.isObjectLiteralExpression(init)) continue;
          for (const p of init.properties) {
            const call = ts.isSpreadAssignment(p) ? p.expression : undefined;
            if (call && ts.isCallExpression(call) && call.expression.getText() === 'propertiesOf') take(node.name.text).tables.push(call.arguments[0].getText());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The tables are read for the elements, not published: the settings modules export nothing public.
      const settingsModules = ['src/api/settings.ts', 'src/table/settings.ts'];
      customElementsManifest.modules = (customElementsManifest.modules ?? []).filter((m) => !settingsModules.includes(m.path));
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const taken = elements.get(decl.name);
          if (!taken || decl.kind !== 'class') continue;
          const element = /** @type {import('custom-elements-manifest/schema').ClassDeclaration & import('custom-elements-manifest/schema').CustomElement} */ (decl);
          /** @type {Map<string, { attribute: string | false, default?: string }>} */
          const settings = new Map(taken.tables.flatMap((t) => [...(tables.get(t) ?? [])]));
          const members = element.members ?? (element.members = []);
          const attributes = element.attributes ?? (element.attributes = []);
          for (const property of taken.interfaces.flatMap((i) => interfaces.get(i) ?? [])) {
            const setting = settings.get(property.name);
            const type = { text: property.type };
            const fallback = setting?.default === undefined ? {} : { default: setting.default };
            const own = members.findIndex((m) => m.name === property.name);
            if (own >= 0) members.splice(own, 1);
            members.push({ kind: 'field', name: property.name, privacy: 'public', type, ...fallback, description: property.description, ...(setting?.attribute ? { attribute: setting.attribute } : {}) });
            if (setting?.attribute && !attributes.some((a) => a.name === setting.attribute)) {
              attributes.push({ name: setting.attribute, type, ...fallback, description: property.description, fieldName: property.name });
            }
          }
        }
      }
    },
  };
}

export default {
  // The public modules only: the rest of src/ (styles, texts, templates) is not API, and would
  // otherwise put every CSS and text change into the manifest.
  globs: ['src/loyalty-history.ts', 'src/events.ts', 'src/define.ts', 'src/index.ts', 'src/api/errors.ts', 'src/api/types.ts', 'src/api/settings.ts', 'src/element-types.ts',
    'src/loyalty-history-table.ts', 'src/define-table.ts', 'src/table/settings.ts', 'src/table/events.ts', 'src/table/table-types.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  watch: false,
  packagejson: false, // package.json names the file itself; do not rewrite it
  plugins: [mergeTypedEvents(), settingsTables()],
};
