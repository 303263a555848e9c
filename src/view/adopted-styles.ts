import { adoptStyles, type CSSResultOrNative } from 'lit';

/**
 * After the host moved to another document (an iframe's, and back): a shadow root's adopted
 * style sheets belong to the document they were made in and are dropped, so they are made
 * again there. Call it from `adoptedCallback`.
 */
export function readoptStyles(host: HTMLElement, styles: readonly CSSResultOrNative[]): void {
  const root = host.shadowRoot;
  const win = host.ownerDocument.defaultView;
  if (!root || !win) return;
  if (win === window) return adoptStyles(root, styles as CSSResultOrNative[]);
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(styles.map((s) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('') : s.cssText)).join(''));
  root.adoptedStyleSheets = [sheet];
}
