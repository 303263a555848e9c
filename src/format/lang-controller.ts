import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, watchLang, type Lang } from './lang.js';

/**
 * The language a host speaks: its own `lang` when Russian or English, else the nearest
 * ancestor's (followed as an app changes it), else the browser's (see resolveLang).
 */
export class LangController implements ReactiveController {
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The host's own `lang` setting. */
    private readonly own: () => string | null | undefined,
    /** The languages a page gave texts for (`texts`), beyond Russian and English. */
    private readonly more: () => object | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  get lang(): Lang {
    return resolveLang(this.own(), this.host, undefined, Object.keys(this.more() ?? {}));
  }

  hostConnected(): void {
    // Without a `lang` of its own, the host speaks the page's language, also after an app changes it.
    this.unwatch = watchLang(this.host, () => {
      if (!this.host.hasAttribute('lang')) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
