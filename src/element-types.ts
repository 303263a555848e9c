// What a framework template may pass to <loyalty-history>: its properties, its attributes and its
// events, as types only. The React and Vue entries (react.ts, vue.ts) build on these.
import type { LoyaltyHistoryErrorEvent, LoyaltyHistoryFilterChangeEvent, LoyaltyHistoryLoadEvent } from './events.js';
import type { LoyaltyHistory } from './loyalty-history.js';

/** Properties that also have an attribute (`siteCode` and `site-code`). */
type Reflected =
  | 'token' | 'siteCode' | 'apiBase' | 'pageSize' | 'lang' | 'card' | 'phone' | 'client' | 'partner' | 'posCode'
  | 'operator' | 'orderId' | 'filter' | 'loadMode' | 'autoLoadLimit' | 'noFilters' | 'theme' | 'currency'
  | 'timeZone' | 'serverTimeZone' | 'timeout';

/** `serverTimeZone` -> `server-time-zone` */
type Kebab<S extends string> = S extends `${infer C}${infer R}` ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${Kebab<R>}` : S;

/** Every public property, as set from script or a framework binding (`siteCode`, `headers`, `fetch`…). */
export type LoyaltyHistoryProperties = Partial<Pick<LoyaltyHistory, Reflected | 'headers' | 'fetch' | 'retryPolicy'>>;

/** Every attribute, as written in markup (`site-code`, `page-size`…). */
export type LoyaltyHistoryAttributes = { [K in Reflected as Kebab<K>]?: LoyaltyHistory[K] };

/** The events the element fires, by name. */
export interface LoyaltyHistoryEventMap {
  'loyalty-history-load': LoyaltyHistoryLoadEvent;
  'loyalty-history-error': LoyaltyHistoryErrorEvent;
  'loyalty-history-filter-change': LoyaltyHistoryFilterChangeEvent;
}
