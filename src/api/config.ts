/**
 * Attribute values → a checked query, page size and endpoint. Every mistake is a
 * HistoryError('config') that names the attribute, so an integrator sees what to fix.
 */
import { isValidTimeZone } from './dates.js';
import { HistoryError, quote } from './errors.js';
import { digits } from './fields.js';
import type { Digits, HistoryQuery } from './types.js';

/** Raw attribute/property values; null, undefined and '' all mean "not given". */
export interface ConfigInput {
  token?: string | null;
  siteCode?: string | null;
  card?: string | null;
  phone?: string | null;
  client?: string | null;
  partner?: string | null;
  posCode?: string | null;
  operator?: string | null;
  orderId?: string | null;
  filter?: string | null;
  pageSize?: number | string | null;
  apiBase?: string | null;
  timeout?: number | string | null;
  loadMode?: string | null;
  serverTimeZone?: string | null;
  timeZone?: string | null;
  currency?: string | null;
}

export interface ResolvedConfig {
  readonly query: HistoryQuery;
  readonly pageSize: number;
  /** Absolute URL of `${apiBase}/client/OperationHistory`. */
  readonly endpoint: string;
  readonly timeoutMs: number;
  readonly serverTimeZone: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_API_BASE = '/api';
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

/** An IANA zone name Intl knows; `fallback` when not given. */
function readZone(raw: unknown, attribute: string, fallback: string): string {
  const zone = readString(raw) ?? fallback;
  // The default is known good; checking a zone builds an Intl formatter, in the first request's path.
  if (zone && zone !== fallback && !isValidTimeZone(zone)) fail(attribute, `must be an IANA time zone such as "Europe/Moscow", got ${quote(raw)}`);
  return zone;
}

/** Checks the presentation settings that would otherwise fall back silently. */
function checkDisplay(input: ConfigInput): void {
  const mode = input.loadMode ?? 'auto';
  if (mode !== 'auto' && mode !== 'button') fail('load-mode', `must be "auto" or "button" (lower case), got ${quote(mode)}`);
  const currency = readString(input.currency)?.toUpperCase();
  // RUB, the default, needs no look-up in Intl's list (built anew on every call).
  const known = () => (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency').includes(currency!) ?? true;
  if (currency !== undefined && currency !== 'RUB' && !(/^[A-Z]{3}$/.test(currency) && known())) {
    fail('currency', `must be a 3-letter ISO 4217 code such as "RUB", got ${quote(input.currency)}`);
  }
  readZone(input.timeZone, 'time-zone', '');
}

function readFilter(raw: unknown): Pick<HistoryQuery, 'bonus' | 'cheque'> {
  const text = (readString(raw) ?? 'all').toLowerCase();
  if (text === 'cheque' || text === 'bonus') return { [text]: true };
  if (text !== 'all') fail('filter', `must be one of "all", "cheque", "bonus", got ${quote(raw)}`);
  return {};
}

function readEndpoint(raw: unknown, pageUrl: string): string {
  const text = readString(raw) ?? DEFAULT_API_BASE;
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

export function resolveConfig(input: ConfigInput, pageUrl: string = location.href): ResolvedConfig {
  const query: Record<string, unknown> = {};
  // The 64-bit integer attributes; the attribute name is the key in kebab-case (orderId → order-id).
  for (const key of ['token', 'card', 'phone', 'client', 'partner', 'operator', 'orderId'] as const) {
    query[key] = readInteger(input[key], key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  }
  query.siteCode = readString(input.siteCode);
  query.posCode = readString(input.posCode);
  // Own keys only: a page's script may add enumerable members to Object.prototype.
  for (const k of Object.keys(query)) if (query[k] === undefined) delete query[k];
  const config = {
    query: Object.freeze(Object.assign(query, readFilter(input.filter))) as HistoryQuery,
    pageSize: readCount(input.pageSize, 'page-size', MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
    endpoint: readEndpoint(input.apiBase, pageUrl),
    timeoutMs: readCount(input.timeout, 'timeout', MAX_TIMEOUT_MS, 15_000, 'a whole number of milliseconds'),
    serverTimeZone: readZone(input.serverTimeZone, 'server-time-zone', 'Europe/Moscow'),
  };
  checkDisplay(input);
  return Object.freeze(config);
}
