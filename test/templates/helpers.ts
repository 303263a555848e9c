import { html, render, type TemplateResult } from 'lit';
import { styles } from '../../src/loyalty-history.styles.js';

/** Folds the no-break spaces Intl uses into plain spaces. */
export const fold = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

export interface Mounted {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The `.scroller` box the template was rendered into. */
  readonly box: HTMLElement;
}

/**
 * Renders a template the way the element does: inside a shadow root that has the widget's
 * styles, within a `.scroller`. `feed` wraps it in a `role="feed"` list, as rows are.
 */
export async function mount(
  tpl: TemplateResult | TemplateResult[],
  opts: { theme?: 'light' | 'dark' | 'system'; width?: number; feed?: boolean; lang?: string } = {},
): Promise<Mounted> {
  const host = document.createElement('div');
  document.body.append(host);
  mounted.push(host);
  if (opts.theme) host.setAttribute('theme', opts.theme);
  if (opts.width) host.style.width = `${opts.width}px`;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles.styleSheet!];
  const inner = opts.feed ? html`<div class="feed" role="feed" aria-label="История операций">${tpl}</div>` : tpl;
  // Rendering is synchronous and layout is read on demand; no frame is awaited, because test
  // files run two at a time and a page in the background gets no animation frames.
  render(html`<div class="scroller" lang=${opts.lang ?? 'ru'}>${inner}</div>`, root);
  return { host, root, box: root.querySelector<HTMLElement>('.scroller')! };
}

/** Text of the elements an aria-labelledby / aria-describedby list points at. */
export function textOfIds(root: ShadowRoot, ids: string | null): string {
  return fold((ids ?? '').split(/\s+/).filter(Boolean).map((id) => {
    const el = root.getElementById(id);
    if (!el) throw new Error(`no element #${id}`);
    return el.textContent;
  }).join(' '));
}
