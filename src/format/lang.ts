/** The languages the widget speaks. */
export type Lang = 'ru' | 'en';

/** Maps a language tag ('ru', 'ru-RU', 'EN_gb') to a supported language, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  return /^\s*(ru|en)([-_]|\s*$)/i.exec(tag ?? '')?.[1]?.toLowerCase() as Lang | undefined;
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
 * An own `lang` naming another language (e.g. `de`) falls through to step 2.
 * `languages` is injectable for tests; it defaults to `navigator.languages`.
 */
export function resolveLang(
  attr: string | null | undefined,
  host: Element,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Lang {
  // The nearest non-empty `lang` above the element, crossing shadow roots.
  let nearest: string | null = null;
  for (let el = up(host); el && !nearest; el = up(el)) nearest = el.getAttribute('lang');
  for (const tag of [attr, nearest, ...languages]) {
    const lang = toLang(tag);
    if (lang) return lang;
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
