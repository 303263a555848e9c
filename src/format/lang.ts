/** The languages the widget speaks: its own two, or a language a page gives every text of (`texts`). */
export type Lang = 'ru' | 'en' | (string & {});

/** A language tag's language, lower case: 'ru-RU' and 'RU_ru' give 'ru'. */
const codeOf = (tag: string | null | undefined) => /^\s*([a-z]+)([-_]|\s*$)/i.exec(tag ?? '')?.[1]?.toLowerCase();

/** Maps a language tag ('ru', 'ru-RU', 'EN_gb') to a supported language, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const code = codeOf(tag);
  return code === 'ru' || code === 'en' ? code : undefined;
}

/** The element's parent, or the host of the shadow root it sits in. */
function up(el: Element): Element | null {
  const root = el.getRootNode();
  return el.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/**
 * Which language to speak, in this order:
 * 1. the element's own `lang` attribute (`attr`) when it is Russian or English (any region);
 * 2. else the nearest ancestor with a non-empty `lang`, crossing shadow roots, when that one is
 *    Russian or English (the nearest one decides: a German section of a Russian page is German);
 * 3. else the first of the browser's preferred languages that is Russian or English
 *    (a browser that prefers English over Russian gets English);
 * 4. else Russian, the programme's home language.
 * An own `lang` naming another language (e.g. `de`) falls through to step 2, unless a page gave
 * that language's texts (`more`: their codes).
 * `languages` is injectable for tests; it defaults to `navigator.languages`.
 */
export function resolveLang(
  attr: string | null | undefined,
  host: Element,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
  more: readonly string[] = [],
): Lang {
  // The nearest non-empty `lang` above the element, crossing shadow roots.
  let nearest: string | null = null;
  for (let el = up(host); el && !nearest; el = up(el)) nearest = el.getAttribute('lang');
  for (const tag of [attr, nearest, ...languages]) {
    const code = codeOf(tag);
    if (code && (toLang(code) || more.includes(code))) return code;
  }
  return 'ru';
}

/**
 * Calls `changed` whenever a `lang` attribute changes anywhere above `host` (an app switching
 * `<html lang>`), across the shadow roots it sits in. Returns the function that stops watching.
 */
export function watchLang(host: Element, changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
  let root = host.getRootNode();
  for (; root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, options);
  if (root.nodeType === Node.DOCUMENT_NODE) observer.observe(root, options);
  return () => observer.disconnect();
}
