/**
 * Attribute values → a checked query, page size and endpoint. Every mistake is a
 * HistoryError('config') that names the attribute, so an integrator sees what to fix.
 */
import { HistoryError } from './errors.js';
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
}

export interface ResolvedConfig {
  readonly query: HistoryQuery;
  readonly pageSize: number;
  /** Absolute URL of `${apiBase}/client/OperationHistory`. */
  readonly endpoint: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_API_BASE = '/api';
const LONG_MAX = 9223372036854775807n;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const FILTERS = ['all', 'cheque', 'bonus'] as const;

/** [ConfigInput key, attribute name] of the 64-bit integer attributes. */
const INTEGERS = [
  ['token', 'token'],
  ['card', 'card'],
  ['phone', 'phone'],
  ['client', 'client'],
  ['partner', 'partner'],
  ['operator', 'operator'],
  ['orderId', 'order-id'],
] as const;

function fail(attribute: string, message: string): never {
  throw new HistoryError('config', message, { attribute });
}

function quote(value: unknown): string {
  const s = String(value);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

function readInteger(raw: unknown, attribute: string): Digits | undefined {
  if (raw === null || raw === undefined) return undefined;
  const got = attribute === 'token' ? '' : `, got ${quote(raw)}`; // the token's value is never echoed
  if (typeof raw === 'number' && !Number.isSafeInteger(raw) && Number.isInteger(raw)) {
    fail(attribute, `${attribute} was given as a number above 2^53, which JavaScript has already rounded; pass it as a string of digits`);
  }
  const text = String(raw).trim();
  if (text === '') return undefined;
  if (!/^\d+$/.test(text)) fail(attribute, `${attribute} must be an integer (digits only)${got}`);
  const digits = text.replace(/^0+(?=\d)/, '');
  if (digits.length > 19 || BigInt(digits) > LONG_MAX) {
    fail(attribute, `${attribute} must be at most ${LONG_MAX} (a 64-bit integer)${got}`);
  }
  return digits;
}

function readString(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const text = String(raw).trim();
  return text === '' ? undefined : text;
}

function readPageSize(raw: unknown): number {
  const text = readString(raw);
  if (text === undefined) return DEFAULT_PAGE_SIZE;
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  // Out of range is an error, not a silent clamp: clamping would hide the integrator's mistake.
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    fail('page-size', `page-size must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${quote(raw)}`);
  }
  return n;
}

function readFilter(raw: unknown): Pick<HistoryQuery, 'bonus' | 'cheque'> {
  const text = (readString(raw) ?? 'all').toLowerCase();
  if (text === 'cheque') return { cheque: true };
  if (text === 'bonus') return { bonus: true };
  if (text !== 'all') fail('filter', `filter must be one of ${FILTERS.map((f) => `"${f}"`).join(', ')}, got ${quote(raw)}`);
  return {};
}

function readEndpoint(raw: unknown, pageUrl: string): string {
  const text = readString(raw) ?? DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(text, pageUrl);
  } catch {
    return fail('api-base', `api-base must be a URL or a path, got ${quote(text)} (page ${quote(pageUrl)})`);
  }
  if (url.username || url.password) fail('api-base', 'api-base must not contain a user name or password');
  const shown = `${quote(text)}${url.href === text ? '' : ` (resolves to ${quote(url.href)})`}`;
  if (url.search || url.hash) fail('api-base', `api-base must not have a query string or fragment, got ${shown}`);
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === 'http:') {
    if (!local) fail('api-base', `api-base must use https: (http: only for localhost, 127.0.0.1 or [::1]), got ${shown}`);
    if (new URL(pageUrl).protocol === 'https:') {
      fail('api-base', `api-base is http: on an https: page, which the browser blocks as mixed content; use https:, got ${shown}`);
    }
  } else if (url.protocol !== 'https:') {
    fail('api-base', `api-base must be an https: URL or a path on this site, got ${url.protocol} in ${shown}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/client/OperationHistory`;
}

export function resolveConfig(input: ConfigInput, pageUrl: string = location.href): ResolvedConfig {
  const query: { -readonly [K in keyof HistoryQuery]: HistoryQuery[K] } = {};
  for (const [key, attribute] of INTEGERS) {
    const digits = readInteger(input[key], attribute);
    if (digits !== undefined) query[key] = digits;
  }
  const siteCode = readString(input.siteCode);
  if (siteCode !== undefined) query.siteCode = siteCode;
  const posCode = readString(input.posCode);
  if (posCode !== undefined) query.posCode = posCode;
  Object.assign(query, readFilter(input.filter));
  return Object.freeze({
    query: Object.freeze(query),
    pageSize: readPageSize(input.pageSize),
    endpoint: readEndpoint(input.apiBase, pageUrl),
  });
}
