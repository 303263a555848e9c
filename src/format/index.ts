export type { Lang } from './lang.js';
export { resolveLang, toLang, watchLang } from './lang.js';
export type { FilterKind, Messages } from './messages.js';
export { getFormatter, type Formatter, type FormatOptions } from './intl.js';
export type { PartialMessages, PointsNames, Texts } from './units.js';
