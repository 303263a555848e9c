/**
 * Attribute values → a checked query, page size and endpoint. Every mistake is a
 * HistoryError('config') that names the attribute, so an integrator sees what to fix.
 */
import { isValidTimeZone } from './dates.js';
import { HistoryError, quote } from './errors.js';
import { digits } from './fields.js';
import { readCard, readPhone } from './identity.js';
import { listedByIntl } from './intl-lists.js';
import { DISPLAY_SETTINGS, FEED_SETTINGS, REQUEST_SETTINGS, type SettingValues } from './settings.js';
import type { Digits, HistoryFilter, HistoryQuery } from './types.js';
import type { PointsNames, Texts } from '../format/units.js';

/** Raw attribute/property values, as the settings tables name them; null, undefined and blank all mean "not given". */
export type ConfigInput = SettingValues<typeof REQUEST_SETTINGS & typeof DISPLAY_SETTINGS & typeof FEED_SETTINGS>;

/** What is asked: a change of any of it means a new list. */
export interface RequestConfig {
  readonly query: HistoryQuery;
  readonly pageSize: number;
  /** Absolute URL of `${apiBase}/client/OperationHistory`. */
  readonly endpoint: string;
  readonly timeoutMs: number;
  readonly serverTimeZone: string;
}

/** Every setting, checked and normalised: the elements use this, never the raw properties. */
export interface ResolvedConfig {
  readonly request: RequestConfig;
  /** The filter the request was built with, for the tab that shows it. */
  readonly filter: HistoryFilter;
  /** An upper-case ISO 4217 code. */
  readonly currency: string;
  /** An IANA zone; undefined: the browser's. */
  readonly timeZone: string | undefined;
  readonly loadMode: 'auto' | 'button';
  /** 0: no limit. */
  readonly autoLoadLimit: number;
  readonly showFilters: boolean;
  /** The programme's unit by language; undefined: «баллы», "points". */
  readonly pointsName: PointsNames | undefined;
  /** A page's own texts by language code, the object it gave. */
  readonly texts: Texts | undefined;
}

export const MAX_PAGE_SIZE = 100;
/** The longest `timeout` a browser timer can wait (2^31 - 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2147483647;
const LONG_MAX = '9223372036854775807';

/** Throws the config error; `message` follows the attribute's name. */
function fail(attribute: string, message: string): never {
  throw new HistoryError('config', `${attribute} ${message}`, { attribute });
}

function readString(raw: unknown): string | undefined {
  return raw == null ? undefined : String(raw).trim() || undefined;
}

/** A 64-bit integer attribute as digits without leading zeros. */
function readInteger(raw: unknown, attribute: string): Digits | undefined {
  const got = attribute === 'token' ? '' : `, got ${quote(raw)}`; // the token's value is never echoed
  if (typeof raw === 'number' && Number.isInteger(raw) && !Number.isSafeInteger(raw)) {
    fail(attribute, 'is a number above 2^53, already rounded by JavaScript: pass it as a string');
  }
  const text = readString(raw);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) fail(attribute, `must be an integer (digits only)${got}`);
  const n = digits(text) as Digits;
  if (n.length > 19 || n.padStart(19, '0') > LONG_MAX) fail(attribute, `must be at most ${LONG_MAX} (a 64-bit integer)${got}`);
  return n;
}

/** A whole number from 1 to `max`; `fallback` when not given. Out of range is an error, not a silent clamp. */
function readCount(raw: unknown, attribute: string, max: number, fallback: number, what = 'an integer'): number {
  const text = readString(raw);
  if (text === undefined) return fallback;
  const n = /^\+?\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= max)) fail(attribute, `must be ${what} from 1 to ${max}, got ${quote(raw)}`);
  return n;
}

/** An IANA zone name Intl knows; `fallback` when not given (blank or padded values are trimmed). */
function readZone(raw: unknown, attribute: string, fallback: string | undefined): string | undefined {
  const zone = readString(raw) ?? fallback;
  // The default is known good; checking a zone builds an Intl formatter, in the first request's path.
  if (zone !== undefined && zone !== fallback && !isValidTimeZone(zone)) fail(attribute, `must be an IANA time zone such as "Europe/Moscow", got ${quote(raw)}`);
  return zone;
}

function readCurrency(raw: unknown): string {
  const fallback = DISPLAY_SETTINGS.currency.default;
  const currency = readString(raw)?.toUpperCase() ?? fallback;
  // The default needs no look-up; where Intl cannot list currencies, any three letters pass.
  const known = () => listedByIntl('currency')?.has(currency) ?? true;
  if (currency !== fallback && !(/^[A-Z]{3}$/.test(currency) && known())) fail('currency', `must be a 3-letter ISO 4217 code such as "RUB", got ${quote(raw)}`);
  return currency;
}

function readLoadMode(raw: unknown): 'auto' | 'button' {
  // Exactly one of the two words: a blank or padded value is a mistake here, not "the default".
  const mode = raw ?? FEED_SETTINGS.loadMode.default;
  if (mode !== 'auto' && mode !== 'button') fail('load-mode', `must be "auto" or "button" (lower case), got ${quote(raw)}`);
  return mode;
}

/** `0` (no limit) or a whole number of rows. */
function readLimit(raw: unknown): number {
  const text = readString(raw);
  if (text === undefined) return FEED_SETTINGS.autoLoadLimit.default;
  const n = /^\+?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n)) fail('auto-load-limit', `must be 0 (no limit) or a whole number of rows, got ${quote(raw)}`);
  return n;
}

const UNIT_FORMS = 'the forms for 1, 2 and 5 ("бонус, бонуса, бонусов"), for 1 and more ("mile, miles"), or both as "ru: …; en: …"';

/**
 * `points-name`: forms separated by commas, a language's list by `;`. A list says its language
 * by a prefix (`ru:`, `en:`), else three forms or Cyrillic ones are Russian, two Latin ones English.
 */
function readPointsName(raw: unknown): PointsNames | undefined {
  const text = readString(raw);
  if (text === undefined) return undefined;
  const names: Record<string, string[]> = {};
  for (const list of text.split(';').filter((part) => part.trim())) {
    const [, code, rest] = /^\s*(?:([a-z]+)\s*:)?(.*)$/is.exec(list)!;
    const forms = rest!.split(',').map((form) => form.trim());
    const lang = code?.toLowerCase() ?? (forms.length === 3 || /[а-яё]/i.test(rest!) ? 'ru' : 'en');
    const wanted = lang === 'ru' ? 3 : lang === 'en' ? 2 : 0;
    if (forms.length !== wanted || forms.includes('') || names[lang]) fail('points-name', `must be ${UNIT_FORMS}, got ${quote(raw)}`);
    names[lang] = forms;
  }
  return Object.freeze(names);
}

/** `texts`: an object of messages by language code, kept as given (formatters are kept per object). */
function readTexts(raw: unknown): Texts | undefined {
  if (raw == null) return undefined;
  const ok = typeof raw === 'object' && !Array.isArray(raw) && Object.entries(raw).every(([code, texts]) => /^[a-z]{2,3}$/.test(code) && typeof texts === 'object' && texts);
  if (!ok) fail('texts', 'must be an object of messages by language code, such as { en: { retry: "Again" } }');
  return raw as Texts;
}

/** The filter in any case: `Cheque` selects the purchases. */
function readFilter(raw: unknown): HistoryFilter {
  const filter = (readString(raw) ?? REQUEST_SETTINGS.filter.default).toLowerCase();
  if (filter !== 'all' && filter !== 'cheque' && filter !== 'bonus') fail('filter', `must be one of "all", "cheque", "bonus", got ${quote(raw)}`);
  return filter;
}

function readEndpoint(raw: unknown, pageUrl: string): string {
  const text = readString(raw) ?? REQUEST_SETTINGS.apiBase.default;
  const bad = (message: string) => fail('api-base', message);
  let url: URL;
  try {
    url = new URL(text, pageUrl);
  } catch {
    return bad(`must be a URL or a path, got ${quote(text)}`);
  }
  if (url.username || url.password) bad('must not contain a user name or password');
  const shown = `${quote(text)}${url.href === text ? '' : ` (resolves to ${quote(url.href)})`}`;
  if (url.search || url.hash) bad(`must not have a query or fragment, got ${shown}`);
  if (url.protocol === 'http:') {
    if (!/^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)) bad(`must use https: (http: only for localhost), got ${shown}`);
    if (new URL(pageUrl).protocol === 'https:') bad(`is http: on an https: page (mixed content), got ${shown}`);
  } else if (url.protocol !== 'https:') {
    bad(`must be https: or a path, got ${url.protocol} in ${shown}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/client/OperationHistory`;
}

/** The 64-bit integer settings of the request, by their query key. */
const INTEGER_KEYS = ['token', 'client', 'partner', 'operator', 'orderId'] as const;

function readQuery(input: ConfigInput, filter: HistoryFilter): HistoryQuery {
  const query: Record<string, unknown> = {};
  for (const key of INTEGER_KEYS) query[key] = readInteger(input[key], REQUEST_SETTINGS[key].attribute);
  // As people paste them: `+7 (915) 399-26-42` is the platform's 9153992642, a card may hold spaces.
  query.card = readCard(input.card);
  query.phone = readPhone(input.phone);
  query.siteCode = readString(input.siteCode);
  query.posCode = readString(input.posCode);
  if (filter !== 'all') query[filter] = true;
  // Own keys only: a page's script may add enumerable members to Object.prototype.
  for (const k of Object.keys(query)) if (query[k] === undefined) delete query[k];
  return Object.freeze(query) as HistoryQuery;
}

/**
 * The only normaliser of the settings: every value an element uses comes from here. The first
 * mistake found is thrown as a `config` HistoryError naming the attribute.
 */
export function resolveConfig(input: ConfigInput, pageUrl: string = location.href): ResolvedConfig {
  const filter = readFilter(input.filter);
  const request: RequestConfig = Object.freeze({
    query: readQuery(input, filter),
    pageSize: readCount(input.pageSize, 'page-size', MAX_PAGE_SIZE, REQUEST_SETTINGS.pageSize.default),
    endpoint: readEndpoint(input.apiBase, pageUrl),
    timeoutMs: readCount(input.timeout, 'timeout', MAX_TIMEOUT_MS, REQUEST_SETTINGS.timeout.default, 'a whole number of milliseconds'),
    serverTimeZone: readZone(input.serverTimeZone, 'server-time-zone', REQUEST_SETTINGS.serverTimeZone.default)!,
  });
  return Object.freeze({
    request,
    filter,
    currency: readCurrency(input.currency),
    timeZone: readZone(input.timeZone, 'time-zone', undefined),
    loadMode: readLoadMode(input.loadMode),
    autoLoadLimit: readLimit(input.autoLoadLimit),
    showFilters: !input.noFilters,
    pointsName: readPointsName(input.pointsName),
    texts: readTexts(input.texts),
  });
}

/** What a failed resolveConfig threw, as the configuration error an element shows. */
export const asConfigError = (thrown: unknown): HistoryError => (thrown instanceof HistoryError ? thrown : new HistoryError('config', String(thrown)));

/** Whether two configurations ask for the same thing (so the list shown stays). */
export function sameRequest(a: RequestConfig, b: RequestConfig): boolean {
  const keys = (q: HistoryQuery) => Object.keys(q).sort().map((k) => `${k}=${String(q[k as keyof HistoryQuery])}`).join('&');
  return a.endpoint === b.endpoint && a.pageSize === b.pageSize && a.timeoutMs === b.timeoutMs && a.serverTimeZone === b.serverTimeZone && keys(a.query) === keys(b.query);
}
