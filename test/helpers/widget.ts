/**
 * Shared steps of the reliability tests: mounting a widget with properties set before it
 * connects, reading what its shadow root shows, and driving it to the end of the history.
 */
import { fixture, html, nextFrame, aTimeout } from '@open-wc/testing';
import '../../src/define.js';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';

export type Props = Partial<Pick<LoyaltyHistory, 'fetch' | 'timeout' | 'retryPolicy'>>;

/** A fresh container in the test fixture (removed by @open-wc after the test). */
export async function container(style = ''): Promise<HTMLDivElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (style) wrapper.setAttribute('style', style);
  return wrapper;
}

/** Creates the element, sets `props` (fetch, retry policy…) and then the attributes, and connects it. */
export function mountIn(parent: HTMLElement, attrs: Record<string, string>, props: Props = {}, style = ''): LoyaltyHistory {
  const el = document.createElement('loyalty-history');
  Object.assign(el, props);
  for (const [name, value] of Object.entries({ lang: 'ru', 'site-code': 'demo', ...attrs })) el.setAttribute(name, value);
  if (style) el.setAttribute('style', style);
  parent.append(el);
  return el;
}

export async function mount(attrs: Record<string, string>, props: Props = {}, style = ''): Promise<LoyaltyHistory> {
  return mountIn(await container(), attrs, props, style);
}

export const root = (el: LoyaltyHistory): ShadowRoot => el.shadowRoot!;
export const articles = (el: LoyaltyHistory): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[role="article"]')];
export const keysShown = (el: LoyaltyHistory): string[] => articles(el).map((a) => a.dataset['key'] ?? '');
export const idsShown = (el: LoyaltyHistory): string[] => articles(el).map((a) => a.dataset['id'] ?? '');
/** Visible text with NBSP, narrow NBSP and runs of white space folded to one space. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
export const alertOf = (el: LoyaltyHistory): HTMLElement | null => root(el).querySelector<HTMLElement>('[role="alert"]');
export const retryButton = (el: LoyaltyHistory): HTMLButtonElement | null => root(el).querySelector<HTMLButtonElement>('[data-action="retry"]');
export const endShown = (el: LoyaltyHistory): boolean => root(el).querySelector('[part~="end"]') !== null;
export const scroller = (el: LoyaltyHistory): HTMLElement => root(el).querySelector<HTMLElement>('[part="scroller"]')!;

/** Values of duplicates in `list` (empty when every value is distinct). */
export function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of list) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

/** Every attribute value and text node under `node` (shadow root included), for leak scans. */
export function everythingShown(node: ParentNode): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(node as Node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n instanceof Element) for (const a of n.attributes) out.push(`${a.name}=${a.value}`);
    else if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
  }
  return out;
}

export interface ReadOptions {
  /** Give up after this many ms. */
  readonly deadline: number;
  /** Called before Retry is pressed (the error state is showing). */
  readonly onRetryPress?: () => void;
  /** Press Retry when the error state shows (default true). */
  readonly pressRetry?: boolean;
}

/**
 * Scrolls the widget's own box to the bottom, frame after frame, pressing Retry whenever the
 * error state shows, until the end-of-list marker appears. Returns the number of Retry presses.
 */
export async function readToEnd(el: LoyaltyHistory, options: ReadOptions): Promise<number> {
  const until = Date.now() + options.deadline;
  let presses = 0;
  while (!endShown(el)) {
    if (Date.now() > until) throw new Error(`not at the end after ${options.deadline} ms: ${articles(el).length} rows, ${presses} Retry presses`);
    const retry = retryButton(el);
    if (retry && options.pressRetry !== false) {
      options.onRetryPress?.();
      presses++;
      retry.click();
    } else {
      const box = scroller(el);
      box.scrollTop = box.scrollHeight;
    }
    await nextFrame();
    await aTimeout(5);
  }
  return presses;
}
