/** What Intl can list (`Intl.supportedValuesOf`), each list asked for once: building one is ~2 ms. */
const lists = new Map<string, ReadonlySet<string> | undefined>();

/** The values Intl lists for `key`; undefined where the browser cannot list them. */
export function listedByIntl(key: 'currency' | 'timeZone'): ReadonlySet<string> | undefined {
  if (!lists.has(key)) {
    const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    lists.set(key, list && new Set(list(key)));
  }
  return lists.get(key);
}
