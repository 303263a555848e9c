import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/**
 * After the host moved to another document (an iframe's, and back). Call it from `adoptedCallback`.
 *
 * - Firefox may give a custom element adopted into another window's document that window's plain
 *   `HTMLElement` prototype (Mozilla bug 1502814): the element keeps its state but loses every
 *   method, and its next render, frame callback or `connectedCallback` throws. The class it was
 *   defined with is put back first, as the adopted callback runs before any of those.
 * - A shadow root's adopted style sheets belong to the document they were made in and are
 *   dropped, so they are made again there.
 */
export function readopt(host: HTMLElement): void {
  const own = customElements.get(host.localName) as typeof LitElement | undefined;
  if (own && !(host instanceof own)) Object.setPrototypeOf(host, own.prototype);
  const root = host.shadowRoot;
  const win = host.ownerDocument.defaultView;
  const styles = (own ?? (host.constructor as typeof LitElement)).elementStyles;
  if (!root || !win || !styles) return;
  if (win === window) return adoptStyles(root, styles as CSSResultOrNative[]);
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(styles.map((s) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('') : s.cssText)).join(''));
  root.adoptedStyleSheets = [sheet];
}
