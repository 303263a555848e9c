// Public exports only; importing this module registers nothing. Import './define.js' to register.
export { LoyaltyHistory } from './loyalty-history.js';
export {
  LoyaltyHistoryLoadEvent,
  LoyaltyHistoryErrorEvent,
  LoyaltyHistoryFilterChangeEvent,
  type HistoryFilter,
  type LoadDetail,
  type FilterChangeDetail,
} from './events.js';
export { HistoryError, type ErrorDetail } from './api/errors.js';
export type { Operation, HistoryQuery, HistoryPage, ErrorKind, Digits } from './api/types.js';
export type { HeadersProvider } from './api/client.js';
export type { RetryPolicy } from './api/retry.js';
export type { LoyaltyHistoryProperties, LoyaltyHistoryAttributes, LoyaltyHistoryEventMap, RequestProperties, DisplayProperties, FeedProperties } from './element-types.js';
export type { Messages, PartialMessages, PointsNames, Texts } from './format/index.js';
