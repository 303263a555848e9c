/**
 * The elements' settings, each written once: its attribute, its default, and whether a change
 * means a new request. The elements' reactive properties, the request keys the feed compares and
 * the input of `resolveSettings` are all derived from these tables; the manifest reads them too
 * (custom-elements-manifest.config.mjs).
 *
 * - `request`: part of what is asked; a change clears the list and reads the history again.
 * - `display`: how what is shown looks; a change re-renders the rows in place.
 * - `live`: read at the moment it is used (each request), never compared.
 */

export interface Setting {
  /** The attribute's name, or false for a property only (functions and objects). */
  readonly attribute: string | false;
  readonly role: 'request' | 'display' | 'live';
  /** What an absent, empty or blank value means. */
  readonly default?: string | number | boolean;
  /** A boolean attribute (present or not). */
  readonly boolean?: true;
  /** The property's value is written back to the attribute (styles select on it). */
  readonly reflect?: true;
}

/** What every element asks the platform with. */
export const REQUEST_SETTINGS = {
  token: { attribute: 'token', role: 'request' },
  siteCode: { attribute: 'site-code', role: 'request' },
  apiBase: { attribute: 'api-base', role: 'request', default: '/api' },
  pageSize: { attribute: 'page-size', role: 'request', default: 20 },
  card: { attribute: 'card', role: 'request' },
  phone: { attribute: 'phone', role: 'request' },
  client: { attribute: 'client', role: 'request' },
  partner: { attribute: 'partner', role: 'request' },
  posCode: { attribute: 'pos-code', role: 'request' },
  operator: { attribute: 'operator', role: 'request' },
  orderId: { attribute: 'order-id', role: 'request' },
  filter: { attribute: 'filter', role: 'request', default: 'all' },
  timeout: { attribute: 'timeout', role: 'request', default: 15000 },
  serverTimeZone: { attribute: 'server-time-zone', role: 'request', default: 'Europe/Moscow' },
  headers: { attribute: false, role: 'live' },
  fetch: { attribute: false, role: 'live' },
  retryPolicy: { attribute: false, role: 'live' },
} as const satisfies Record<string, Setting>;

/** How every element writes what it shows. */
export const DISPLAY_SETTINGS = {
  lang: { attribute: 'lang', role: 'display', reflect: true },
  theme: { attribute: 'theme', role: 'display', reflect: true },
  currency: { attribute: 'currency', role: 'display', default: 'RUB' },
  timeZone: { attribute: 'time-zone', role: 'display' },
  pointsName: { attribute: 'points-name', role: 'display' },
  texts: { attribute: false, role: 'display' },
} as const satisfies Record<string, Setting>;

/** How the member's feed loads and what it offers. */
export const FEED_SETTINGS = {
  loadMode: { attribute: 'load-mode', role: 'display', default: 'auto' },
  autoLoadLimit: { attribute: 'auto-load-limit', role: 'display', default: 100 },
  noFilters: { attribute: 'no-filters', role: 'display', default: false, boolean: true },
} as const satisfies Record<string, Setting>;

export type SettingTable = Readonly<Record<string, Setting>>;

/** A Lit property declaration, as a plain object: this module imports no Lit. */
interface Declaration {
  readonly attribute: string | false;
  readonly type?: BooleanConstructor;
  readonly reflect?: boolean;
}

/** Lit's property declarations for a table's attribute settings. */
export function propertiesOf(table: SettingTable): Record<string, Declaration> {
  const declarations: Record<string, Declaration> = {};
  for (const [name, setting] of Object.entries(table)) {
    // A live setting is read when it is used, so it is a plain property: one a page sets before the
    // element is upgraded stays on it (a reactive one would be held back until the first render,
    // after the first request has left without it).
    if (setting.role === 'live') continue;
    declarations[name] = {
      attribute: setting.attribute,
      ...(setting.boolean ? { type: Boolean } : {}),
      ...(setting.reflect ? { reflect: true } : {}),
    };
  }
  return declarations;
}

/**
 * Whether an error's attribute is one of the request's (or names none): such an error means the
 * list shown no longer matches what is asked.
 */
export function isRequestAttribute(attribute: string | undefined): boolean {
  return attribute === undefined || Object.values(REQUEST_SETTINGS).some((s) => s.attribute === attribute);
}

/** The raw values an element holds for a table: whatever a page set, any type, or nothing. */
export type SettingValues<T extends SettingTable> = { [K in keyof T]?: unknown };
