/** The languages the widget speaks. */
export type Lang = 'ru' | 'en';

/** Maps a language tag ('ru', 'ru-RU', 'EN_gb') to a supported language, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'en' ? base : undefined;
}

/** The nearest non-empty `lang` attribute above `el`, crossing shadow roots (the element itself included). */
function inheritedLang(el: Element): string | undefined {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Which language to speak, in this order:
 * 1. the element's own `lang` attribute (`attr`) when it is Russian or English (any region);
 * 2. else the nearest ancestor with a non-empty `lang`, crossing shadow roots, when that one is
 *    Russian or English (the nearest one decides: a German section of a Russian page is German);
 * 3. else the first of the browser's preferred languages that is Russian or English
 *    (a browser that prefers English over Russian gets English);
 * 4. else Russian, the programme's home language.
 * An own `lang` naming another language (e.g. `de`) falls through to step 2.
 * `languages` is injectable for tests; it defaults to `navigator.languages`.
 */
export function resolveLang(
  attr: string | null | undefined,
  host: Element,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Lang {
  const own = toLang(attr);
  if (own) return own;
  const root = host.getRootNode();
  const parent = host.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  const inherited = parent ? toLang(inheritedLang(parent)) : undefined;
  if (inherited) return inherited;
  for (const l of languages) {
    const lang = toLang(l);
    if (lang) return lang;
  }
  return 'ru';
}
