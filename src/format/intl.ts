import type { Lang } from './lang.js';
import type { Messages } from './messages.js';
import { en } from './messages-en.js';
import { ru } from './messages-ru.js';

export type { Lang } from './lang.js';

/** Formats numbers and dates for one language, currency and time zone. Created once per key. */
export interface Formatter {
  readonly lang: Lang;
  readonly msg: Messages;
  readonly currency: string;
  readonly timeZone: string;
  /** '1 500 ₽', '1 499,50 ₽' (kopecks only when there are any). */
  money(n: number): string;
  /** '61,7', '1 234,56'; signed: '+61,7', '−100' (U+2212 minus), '0'. */
  points(n: number, signed?: boolean): string;
  /** '14:05' in the formatter's time zone. */
  time(d: Date): string;
  /** 'Сегодня', 'Вчера', '6 ноября' in the current year, '6 ноября 2024 г.' in another one. */
  dayHeader(d: Date, now: Date): string;
  /** 'YYYY-MM-DD' in the formatter's time zone, for grouping rows by day. */
  dayKey(d: Date): string;
  /** '12 ноября' */
  dateShort(d: Date): string;
  /** '12 ноября 2025 г.' */
  date(d: Date): string;
  /** '6 ноября 2025 г., 14:05' */
  dateTime(d: Date): string;
}

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };
const MESSAGES: Record<Lang, Messages> = { ru, en };
const cache = new Map<string, Formatter>();
const MINUS = '\u2212';

const ok = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());

/** The zone's name if Intl knows it, else undefined. */
function checkZone(tz: string | undefined): string | undefined {
  if (!tz) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function checkCurrency(c: string | undefined): string | undefined {
  if (!c || !/^[A-Za-z]{3}$/.test(c)) return undefined;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: c });
    return c.toUpperCase();
  } catch {
    return undefined;
  }
}

/**
 * The formatter for a language, currency (default RUB) and time zone (default the browser's).
 * An unknown currency or zone falls back to the default instead of throwing.
 * The same key always gives the same object, so Intl objects are built once per page.
 */
export function getFormatter(lang: Lang, options: { currency?: string; timeZone?: string } = {}): Formatter {
  const currency = checkCurrency(options.currency) ?? 'RUB';
  const timeZone = checkZone(options.timeZone) ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const key = `${lang}|${currency}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = createFormatter(lang, currency, timeZone);
    cache.set(key, f);
  }
  return f;
}

function createFormatter(lang: Lang, currency: string, timeZone: string): Formatter {
  const loc = LOCALE[lang];
  const msg = MESSAGES[lang];
  const cur = { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } as const;
  const moneyWhole = new Intl.NumberFormat(loc, { ...cur, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const moneyCents = new Intl.NumberFormat(loc, { ...cur, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pts = new Intl.NumberFormat(loc, { maximumFractionDigits: 2 });
  const ptsSigned = new Intl.NumberFormat(loc, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const time = new Intl.DateTimeFormat(loc, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const dayMonth = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', timeZone });
  const full = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const fullTime = new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone });
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

  const dayKey = (d: Date): string => {
    if (!ok(d)) return '';
    const p: Record<string, string> = {};
    for (const { type, value } of parts.formatToParts(d)) p[type] = value;
    return `${p.year}-${p.month}-${p.day}`;
  };
  /** The key of the day before a key, by calendar arithmetic (immune to DST). */
  const dayBefore = (key: string): string => {
    const [y, m, d] = key.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  };
  const safe = (fmt: Intl.DateTimeFormat) => (d: Date) => (ok(d) ? fmt.format(d) : '');

  return {
    lang,
    msg,
    currency,
    timeZone,
    money: (n) => (Number.isInteger(Math.round(n * 100) / 100) ? moneyWhole : moneyCents).format(n).replace('-', MINUS),
    points: (n, signed = false) => (signed ? ptsSigned : pts).format(n).replace(/[-\u2212]/, MINUS),
    time: safe(time),
    dayKey,
    dayHeader: (d, now) => {
      const key = dayKey(d);
      if (!key) return '';
      const today = dayKey(now);
      if (key === today) return msg.today;
      if (key === dayBefore(today)) return msg.yesterday;
      return key.slice(0, 4) === today.slice(0, 4) ? dayMonth.format(d) : full.format(d);
    },
    dateShort: safe(dayMonth),
    date: safe(full),
    dateTime: safe(fullTime),
  };
}
