// The elements' settings as typed, documented properties (their attributes and defaults are in
// api/settings.ts), and what a framework template may pass to <loyalty-history>: its properties,
// its attributes and its events, as types only. The React and Vue entries build on these.
import type { HeadersProvider } from './api/client.js';
import type { RetryPolicy } from './api/retry.js';
import type { DISPLAY_SETTINGS, FEED_SETTINGS, REQUEST_SETTINGS } from './api/settings.js';
import type { HistoryFilter } from './api/types.js';
import type { Texts } from './format/units.js';
import type { LoyaltyHistoryErrorEvent, LoyaltyHistoryFilterChangeEvent, LoyaltyHistoryLoadEvent } from './events.js';

/** What every element asks the platform with. */
export interface RequestProperties {
  /** The member's token (an integer, kept as digits). Never logged or echoed. */
  token?: string;
  /** The widget's site code (`SiteCode`). */
  siteCode?: string;
  /** Base URL of the platform's API; the request goes to `${apiBase}/client/OperationHistory`. */
  apiBase?: string;
  /** Operations per request (`Length`), 1 to 100. */
  pageSize?: number | string;
  /** Card number (`Card`). Its last 4 digits are shown in the member's header. */
  card?: string;
  /** Phone number (`Phone`), 10 digits. */
  phone?: string;
  /** Client id (`Client`). */
  client?: string;
  /** Partner id (`Partner`). */
  partner?: string;
  /** Point-of-sale code (`PosCode`). */
  posCode?: string;
  /** Loyalty-programme operator id (`Operator`). */
  operator?: string;
  /** Only the cheques of this order (`OrderId`). */
  orderId?: string;
  /** `all`, `cheque` (purchases and refunds) or `bonus` (bonuses not for purchases), in any case. */
  filter?: HistoryFilter | string;
  /** Milliseconds one attempt may take (the headers provider and the request together); the attribute's text is read as a whole number. */
  timeout?: number;
  /** IANA time zone of the server, for dates it sends without an offset. */
  serverTimeZone?: string;
  /** Extra request headers, e.g. `() => ({ Authorization: 'Bearer …' })`; may be async. Asked again once after HTTP 401. */
  headers?: HeadersProvider;
  /** The `fetch` to use instead of the global one (a proxy, logging, tests). */
  fetch?: typeof globalThis.fetch;
  /**
   * How failed requests are retried: `{ retries, baseDelayMs, maxDelayMs }`, by default 3 retries
   * with backoff from 500 ms up to 8000 ms. A server's `Retry-After` still sets its own delay.
   */
  retryPolicy?: Partial<RetryPolicy>;
}

/** How every element writes what it shows. */
export interface DisplayProperties {
  /** Interface language: `ru` or `en`. Default: the nearest `lang` attribute (followed as it changes), else the browser's. */
  lang: string;
  /** `light` or `dark` forces a theme; `system` follows the device's setting; by default the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'system' | string;
  /** ISO 4217 currency of amounts, in any case. */
  currency?: string;
  /** IANA time zone in which days and times are shown. Default: the browser's. */
  timeZone?: string;
  /**
   * The programme's word for its points, wherever a unit is written: its forms separated by
   * commas, Russian for 1, 2 and 5 (`бонус, бонуса, бонусов`), English for 1 and more
   * (`mile, miles`); three forms are Russian, two English, or both with prefixes
   * (`ru: бонус, бонуса, бонусов; en: bonus, bonuses`). A language without forms says «баллы»/"points".
   */
  pointsName?: string;
  /**
   * Any of the widget's texts, by language code: `{ ru: { feedLabel: 'Мои бонусы' } }` changes one,
   * `{ de: { … } }` adds a language (every message; those left out are English), spoken when
   * the element's language is `de`. Shown as text, never as markup.
   */
  texts?: Texts;
}

/** How the member's feed loads and what it offers. */
export interface FeedProperties {
  /** `auto` loads as the member scrolls; `button` shows a Show more button instead. */
  loadMode?: 'auto' | 'button' | string;
  /**
   * When the page itself scrolls the list (the host has no height and no scrolling box holds
   * it), rows loaded automatically before a Show more button takes over, so the page's footer
   * can be reached. `0`: no limit. In a box that scrolls (the host's own, when it has a
   * height) loading is never limited.
   */
  autoLoadLimit?: number | string;
  /** Hides the built-in filter tabs. */
  noFilters?: boolean;
}

/** A compile-time check that a properties interface and its settings table name the same settings. */
type Same<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : never;
export type SettingsMatch = [
  Same<RequestProperties, typeof REQUEST_SETTINGS>,
  Same<DisplayProperties, typeof DISPLAY_SETTINGS>,
  Same<FeedProperties, typeof FEED_SETTINGS>,
];
const matches: SettingsMatch = [true, true, true];
void matches;

type MemberProperties = RequestProperties & DisplayProperties & FeedProperties;
/** Properties that have no attribute (functions and objects). */
type PropertyOnly = 'headers' | 'fetch' | 'retryPolicy' | 'texts';

/** `serverTimeZone` -> `server-time-zone` */
type Kebab<S extends string> = S extends `${infer C}${infer R}` ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${Kebab<R>}` : S;

/** Every public property, as set from script or a framework binding (`siteCode`, `headers`, `fetch`…). */
export type LoyaltyHistoryProperties = Partial<MemberProperties>;

/** Every attribute, as written in markup (`site-code`, `page-size`…). */
export type LoyaltyHistoryAttributes = { [K in Exclude<keyof MemberProperties, PropertyOnly> as Kebab<K>]?: MemberProperties[K] };

/** The events the element fires, by name. */
export interface LoyaltyHistoryEventMap {
  'loyalty-history-load': LoyaltyHistoryLoadEvent;
  'loyalty-history-error': LoyaltyHistoryErrorEvent;
  'loyalty-history-filter-change': LoyaltyHistoryFilterChangeEvent;
}
