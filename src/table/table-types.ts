// What a framework template may pass to <loyalty-history-table>: its properties, its attributes
// and its events, as types only (the React and Vue entries build on these, as on element-types.ts).
import type { DisplayProperties, LoyaltyHistoryEventMap, RequestProperties } from '../element-types.js';
import type { LoyaltyHistoryTableExportEvent } from './events.js';
import type { TableProperties } from './settings.js';

type StaffProperties = RequestProperties & DisplayProperties & TableProperties;

/** `serverTimeZone` -> `server-time-zone` */
type AttributeName<S extends string> = S extends `${infer C}${infer R}` ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${AttributeName<R>}` : S;

/** Every public property, as set from script or a framework binding. */
export type LoyaltyHistoryTableProperties = Partial<StaffProperties>;

/** Every attribute, as written in markup (`site-code`, `columns`…). */
export type LoyaltyHistoryTableAttributes = {
  [K in Exclude<keyof StaffProperties, 'headers' | 'fetch' | 'retryPolicy' | 'texts'> as AttributeName<K>]?: StaffProperties[K];
};

/** The events the table fires, by name: the member element's load and error, and the export. */
export interface LoyaltyHistoryTableEventMap extends Pick<LoyaltyHistoryEventMap, 'loyalty-history-load' | 'loyalty-history-error'> {
  'loyalty-history-table-export': LoyaltyHistoryTableExportEvent;
}
