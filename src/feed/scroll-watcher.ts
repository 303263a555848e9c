/**
 * Tells when the end of the list comes within about one viewport of being seen, so the next
 * page is asked for before the member reaches it. The observed root is whatever actually
 * scrolls: the widget's own scroller when the host gave it a height, else the nearest scrolling
 * ancestor (crossing shadow roots), else the page. A root that only clips would hide the sentinel
 * and defeat the look-ahead, hence the search.
 */
export class ScrollWatcher {
  private observer: IntersectionObserver | undefined;
  private root: Element | null = null;

  constructor(private readonly near: () => void) {}

  /** (Re)observes the sentinel; each call yields a fresh reading, so call it after rows are added. */
  watch(sentinel: Element, scroller: HTMLElement): void {
    const root = findScrollRoot(scroller);
    if (this.observer === undefined || root !== this.root) {
      this.disconnect();
      this.root = root;
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.near();
      }, { root, rootMargin: '0px 0px 100% 0px' });
    } else {
      this.observer.unobserve(sentinel);
    }
    this.observer.observe(sentinel);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

function scrolls(el: Element): boolean {
  return /auto|scroll|overlay/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1;
}

function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function findScrollRoot(scroller: HTMLElement): Element | null {
  for (let el: Element | null = scroller; el !== null; el = flatParent(el)) {
    if (el === document.documentElement || el === document.body) return null;
    if (scrolls(el)) return el;
  }
  return null;
}
