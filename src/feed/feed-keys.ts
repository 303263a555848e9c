/**
 * Keyboard moves of the WAI-ARIA feed pattern, on plain DOM:
 * Page Down / Page Up go to the next / previous article; Ctrl+End / Ctrl+Home leave the feed
 * for the first focusable element after / before it.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export type FeedMove = 'next' | 'previous' | 'after' | 'before';

export function feedMoveFor(e: KeyboardEvent): FeedMove | null {
  if (e.altKey || e.metaKey) return null;
  if (e.key === 'PageDown' && !e.ctrlKey) return 'next';
  if (e.key === 'PageUp' && !e.ctrlKey) return 'previous';
  if (e.key === 'End' && e.ctrlKey) return 'after';
  if (e.key === 'Home' && e.ctrlKey) return 'before';
  return null;
}

/** The article that holds `node`, if it is one of the feed's own. */
export function articleOf(feed: Element, node: EventTarget | null): HTMLElement | null {
  const el = node instanceof Element ? node.closest('[role="article"]') : null;
  return el instanceof HTMLElement && feed.contains(el) ? el : null;
}

export function articles(feed: Element): HTMLElement[] {
  return [...feed.querySelectorAll<HTMLElement>('[role="article"]')];
}

/**
 * Scrolls a focused row into view clear of the box's sticky header (its scroll-padding); a row
 * taller than the room left under the header shows its top, where its title is.
 */
export function reveal(el: HTMLElement, box: HTMLElement | null): void {
  el.scrollIntoView({ block: 'nearest' });
  if (!box) return;
  const padding = parseFloat(getComputedStyle(box).scrollPaddingTop) || 0;
  if (el.getBoundingClientRect().top < box.getBoundingClientRect().top + padding - 0.5) el.scrollIntoView({ block: 'start' });
}

/**
 * Moves focus within or out of the feed (the box holds it and scrolls it). Returns false when the
 * move needs more rows (Page Down on the last article), so the caller can load and try again.
 */
export function moveFocus(feed: HTMLElement, box: HTMLElement | null, from: HTMLElement | null, move: FeedMove): boolean {
  if (move === 'next' || move === 'previous') {
    const all = articles(feed);
    const at = from ? all.indexOf(from) : -1;
    const to = move === 'next' ? at + 1 : Math.max(0, at - 1);
    const target = all[to];
    if (target === undefined) return false;
    target.focus({ preventScroll: true });
    reveal(target, box);
    return true;
  }
  const target = move === 'after' ? focusableAfter(feed) : focusableBefore(feed);
  target?.focus();
  return true;
}

/** Focusable elements before and after the feed: the widget's own first, then the page's. */
function around(feed: HTMLElement): { before: HTMLElement[]; after: HTMLElement[] } {
  const root = feed.getRootNode() as Document | ShadowRoot;
  const follows = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const own = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !feed.contains(el));
  const host = root instanceof ShadowRoot ? root.host : null;
  const page = host ? [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !host.contains(el)) : [];
  return {
    before: [...page.filter((el) => host && follows(el, host)), ...own.filter((el) => follows(el, feed))],
    after: [...own.filter((el) => follows(feed, el)), ...page.filter((el) => host && follows(host, el))],
  };
}

function focusableAfter(feed: HTMLElement): HTMLElement | undefined {
  return around(feed).after[0];
}

function focusableBefore(feed: HTMLElement): HTMLElement | undefined {
  return around(feed).before.at(-1);
}
