/**
 * Tells when the end of the table's own box comes within one box height of being seen, so the
 * next page is asked for before the reader gets there. The box is the scroll root (the table
 * scrolls inside its box, not the page). Each watch() observes the sentinel afresh, which yields
 * a fresh reading: call it after every render, so a page too short to fill the box asks for the
 * next one at once.
 */
export class BoxWatcher {
  private observer: IntersectionObserver | undefined;
  private root: Element | undefined;

  constructor(private readonly near: () => void) {}

  watch(box: Element, sentinel: Element): void {
    if (this.root !== box) this.stop();
    this.root = box;
    this.observer ??= new IntersectionObserver((entries) => {
      // On paper the box is unclipped and the sentinel shows: printing prints what is loaded, it loads nothing.
      if (entries.some((e) => e.isIntersecting) && !matchMedia('print').matches) this.near();
    }, { root: box, rootMargin: '0px 0px 100% 0px' });
    this.observer.unobserve(sentinel);
    this.observer.observe(sentinel);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.root = undefined;
  }
}
