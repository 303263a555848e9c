/**
 * Tells when the end of the list comes within about one viewport of being seen, so the next
 * page is asked for before the member reaches it. The observed root is whatever actually
 * scrolls: the widget's own scroller when the host gave it a height, else the nearest scrolling
 * ancestor (crossing shadow roots), else the page. A root that only clips would hide the sentinel
 * and defeat the look-ahead, hence the search.
 */
export class ScrollWatcher {
  private observer: IntersectionObserver | undefined;
  /** The scroll root, once looked up; it costs a layout, so it is kept until looked up again. */
  private root: Element | null | undefined;
  private sentinel: Element | undefined;

  constructor(private readonly near: () => void) {}

  /** Whether the page itself is what scrolls (no scrolling box around the list), as last looked up. */
  get pageScrolls(): boolean {
    return this.root == null;
  }

  /** Looks the scroll root up again (call it after layout); true when it changed. */
  locate(scroller: HTMLElement): boolean {
    const root = findScrollRoot(scroller);
    if (root === this.root) return false;
    this.root = root;
    // An observer is bound to its root: the next watch() makes one for the new root.
    this.disconnect();
    return true;
  }

  /** (Re)observes the sentinel; each call yields a fresh reading, so call it after rows are added. */
  watch(sentinel: Element, scroller: HTMLElement): void {
    if (this.root === undefined) this.locate(scroller);
    if (this.observer === undefined) {
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.near();
      }, { root: this.root, rootMargin: '0px 0px 100% 0px' });
    } else if (this.sentinel) {
      this.observer.unobserve(this.sentinel);
    }
    this.sentinel = sentinel;
    this.observer.observe(sentinel);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.sentinel = undefined;
  }

  /** Out of the document: the root is looked up anew wherever the list is put back. */
  forget(): void {
    this.disconnect();
    this.root = undefined;
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
