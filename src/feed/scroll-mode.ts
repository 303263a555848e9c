import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ScrollWatcher } from './scroll-watcher.js';

export interface ScrollModeOptions {
  /** The inner box that scrolls in `self` mode. */
  box(): HTMLElement | null;
  /** The list of rows, which grows as pages arrive. */
  feed(): HTMLElement | null;
  /** The element whose approach means "load the next page". */
  sentinel(): HTMLElement | null;
  /** The end of the list came near. */
  near(): void;
  /** The sticky header: the box's scroll padding follows its height, so focus never lands under it. */
  header?(): HTMLElement | null;
}

/**
 * Where the list scrolls, and when to load more.
 *
 * `scroll="self"` on the host while its height is set from outside: the content then overflows
 * the host, and the styles turn the inner box into the scroll container. Sizes are read only in
 * ResizeObserver callbacks, after layout, never during a render: the host and the feed are
 * observed (not the inner box, whose size the mode itself changes), so a host given a height,
 * rows that arrive, or a host that becomes visible (out of `display: none`) is noticed, and the
 * scroll root the sentinel is watched in is looked up again then.
 */
export class ScrollModeController implements ReactiveController {
  private readonly resizes = new ResizeObserver(() => this.sync());
  private readonly watcher: ScrollWatcher;
  private frame = 0;
  private feedObserved = false;
  /** The end came near while the mode was about to be settled: look again once it is. */
  private nearWhileSettling = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ScrollModeOptions,
  ) {
    // Firefox and WebKit report the sentinel in the page's viewport before the next frame has
    // made a host with a height scroll itself: a host 300 px tall would load its second page at once.
    this.watcher = new ScrollWatcher(() => {
      if (this.frame === 0) this.options.near();
      else this.nearWhileSettling = true;
    });
    host.addController(this);
  }

  /** Whether the host scrolls its own box. */
  get self(): boolean {
    return this.host.getAttribute('scroll') === 'self';
  }

  /** Whether the page itself scrolls the list (no own height, no scrolling box around it). */
  get pageScrolls(): boolean {
    return !this.self && this.watcher.pageScrolls;
  }

  hostConnected(): void {
    this.resizes.observe(this.host);
    this.feedObserved = false;
  }

  /** The feed and the header exist only after the first render: observed from then on, loading or not. */
  hostUpdated(): void {
    const feed = this.options.feed();
    if (this.feedObserved || !feed) return;
    this.feedObserved = true;
    this.resizes.observe(feed);
    const header = this.options.header?.();
    if (header) this.resizes.observe(header);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.nearWhileSettling = false;
    this.resizes.disconnect();
    this.watcher.forget();
  }

  /** Watches the sentinel (again): each call yields a fresh reading, so call it after rows are added. */
  watch(): void {
    const sentinel = this.options.sentinel();
    const box = this.options.box();
    if (!sentinel || !box || !this.host.isConnected) return this.stop();
    this.watcher.watch(sentinel, box);
  }

  stop(): void {
    this.watcher.disconnect();
  }

  /**
   * After a resize, in the next frame rather than in the ResizeObserver callback: switching the
   * mode changes the observed feed's size (a scrollbar comes or goes), which Firefox and WebKit
   * report as a "ResizeObserver loop" error when it happens inside the callback.
   */
  private sync(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.apply());
  }

  private apply(): void {
    this.frame = 0;
    const box = this.options.box();
    if (!box || !this.host.isConnected) return;
    const self = this.self;
    // An inline host (a page's `* { all: unset }`) has no height of its own to overflow.
    const constrained = getComputedStyle(this.host).display !== 'inline' &&
      (self ? box.scrollHeight > box.clientHeight + 1 : box.offsetHeight > this.host.clientHeight + 1);
    if (constrained && !self) this.host.setAttribute('scroll', 'self');
    else if (!constrained && self) this.host.removeAttribute('scroll');
    // The header's height as the box's scroll padding, so focus never lands under it (WCAG 2.4.11):
    // read with the sizes above, in a frame after layout; written only when it changes.
    const header = this.options.header?.();
    const padding = header ? `${header.offsetHeight + 8}px` : '';
    if (header && box.style.scrollPaddingTop !== padding) box.style.scrollPaddingTop = padding;
    // The scroll root may have changed (mode, visibility, an ancestor that started scrolling):
    // render again, which watches in the new root and may switch Show more on or off.
    if (this.watcher.locate(box) || this.nearWhileSettling) this.host.requestUpdate();
    this.nearWhileSettling = false;
  }
}

/**
 * Whether nearing the end loads the next page by itself (else a Show more button is shown):
 * always in a box that scrolls, up to `autoLoadLimit` rows when the page itself scrolls the list.
 */
export function autoLoads(settings: { loadMode: 'auto' | 'button'; autoLoadLimit: number }, pageScrolls: boolean, rows: number): boolean {
  if (settings.loadMode === 'button') return false;
  return !pageScrolls || settings.autoLoadLimit === 0 || rows < settings.autoLoadLimit;
}
