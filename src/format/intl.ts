import { DISPLAY_SETTINGS } from '../api/settings.js';
import type { Lang } from './lang.js';
import type { Messages } from './messages.js';
import { messagesIn } from './texts.js';
import { overrideMessages, type PointsNames, type Texts } from './units.js';

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
  /** 'YYYY-MM-DD' in the formatter's time zone, for grouping rows by day or month. */
  dayKey(d: Date): string;
  /** 'Ноябрь 2026', 'November 2026': a month band. */
  month(d: Date): string;
  /** '12 ноября' */
  dateShort(d: Date): string;
  /** '12 ноября 2025 г.' (no-break spaces keep '12 ноября' and '2025 г.' together) */
  date(d: Date): string;
  /** '6 ноября 2025 г., 14:05' */
  dateTime(d: Date): string;
}

/** What the formatter is made for beyond its language. */
export interface FormatOptions {
  currency?: string | undefined;
  timeZone?: string | undefined;
  /** The programme's unit (resolveConfig's `pointsName`). */
  pointsName?: PointsNames | undefined;
  /** A page's own texts (resolveConfig's `texts`); formatters are kept per object. */
  texts?: Texts | undefined;
}

type Numbers = Omit<Formatter, 'lang' | 'msg' | 'dayHeader'>;

/** Intl's part of a formatter, by language, currency and zone: built once, shared by every unit and text. */
const numbers = new Map<string, Numbers>();
/** Formatters by key, apart for each object of a page's texts. */
const plain = new Map<string, Formatter>();
const withTexts = new WeakMap<Texts, Map<string, Formatter>>();
const MINUS = '\u2212';

const ok = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());
/** Zone names as Intl resolves them ('' for the browser's), asked once each: getFormatter runs on every render. */
const zones = new Map<string, string>();
const zoneOf = (timeZone = ''): string => {
  let zone = zones.get(timeZone);
  if (zone === undefined) zones.set(timeZone, (zone = new Intl.DateTimeFormat('en', { timeZone: timeZone || undefined }).resolvedOptions().timeZone));
  return zone;
};

/**
 * The formatter for a language, currency (default RUB), time zone (default the browser's), unit
 * and texts. An unknown currency or zone falls back to the default instead of throwing.
 * The same key always gives the same object, so Intl objects are built once per page.
 */
export function getFormatter(lang: Lang, options: FormatOptions = {}): Formatter {
  // Intl accepts any well-formed code (three letters) and throws on the rest.
  const currency = /^[a-z]{3}$/i.test(options.currency ?? '') ? (options.currency as string).toUpperCase() : DISPLAY_SETTINGS.currency.default;
  let timeZone: string;
  try {
    timeZone = zoneOf(options.timeZone); // '' means the browser's zone too
  } catch {
    timeZone = zoneOf();
  }
  const { pointsName = {}, texts } = options;
  const base = `${lang}|${currency}|${timeZone}`;
  const key = `${base}|${pointsName.ru ?? ''}|${pointsName.en ?? ''}`;
  let cache = plain;
  if (texts) withTexts.set(texts, (cache = withTexts.get(texts) ?? new Map()));
  let f = cache.get(key);
  if (!f) {
    let intl = numbers.get(base);
    if (!intl) numbers.set(base, (intl = createNumbers(lang, currency, timeZone)));
    cache.set(key, (f = createFormatter(lang, intl, messagesOf(lang, pointsName, texts))));
  }
  return f;
}

/** Russian or English in the unit, with the page's texts over them; another language is the page's texts over English. */
const messagesOf = (lang: Lang, names: PointsNames, texts: Texts | undefined): Messages =>
  overrideMessages(messagesIn(lang === 'ru' ? 'ru' : 'en', names), texts?.[lang]);

function createFormatter(lang: Lang, intl: Numbers, msg: Messages): Formatter {
  const { dateShort, dayKey, date } = intl;
  /** The key of the day before a key, by calendar arithmetic (immune to DST). */
  const dayBefore = (key: string): string => {
    const [y, m, d] = key.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  };
  return {
    ...intl,
    lang,
    msg,
    dayHeader: (d, now) => {
      const key = dayKey(d);
      if (!key) return '';
      const today = dayKey(now);
      if (key === today) return msg.today;
      if (key === dayBefore(today)) return msg.yesterday;
      return (key.slice(0, 4) === today.slice(0, 4) ? dateShort : date)(d);
    },
  };
}

/** Built on first use: each Intl object costs ~1-3 ms in a fresh page, and some only serve details. */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function createNumbers(lang: Lang, currency: string, timeZone: string): Numbers {
  const loc = lang === 'ru' ? 'ru-RU' : lang === 'en' ? 'en-GB' : lang;
  const num = (o: Intl.NumberFormatOptions) => lazily(() => new Intl.NumberFormat(loc, { maximumFractionDigits: 2, ...o }));
  const money = (digits: number) =>
    num({ style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: digits, maximumFractionDigits: digits });
  const moneyWhole = money(0);
  const moneyCents = money(2);
  const pts = num({});
  const ptsSigned = num({ signDisplay: 'exceptZero' });
  /** Formats dates in the zone, a number never parted from the word after it ('4 декабря', '2025 г.'); an invalid date gives ''. */
  const dates = (o: Intl.DateTimeFormatOptions, locale = loc) => {
    const f = lazily(() => new Intl.DateTimeFormat(locale, { timeZone, ...o }));
    return (d: Date) => (ok(d) ? f().format(d).replace(/(\d) (?=\D)/g, '$1\u00a0') : '');
  };
  const dayMonth = dates({ day: 'numeric', month: 'long' });
  const full = dates({ day: 'numeric', month: 'long', year: 'numeric' });
  // Swedish writes dates as ISO does: 2025-11-06.
  const dayKey = dates({ year: 'numeric', month: '2-digit', day: '2-digit' }, 'sv-SE');
  const monthName = dates({ month: 'long' });
  return {
    currency,
    timeZone,
    money: (n) => (Number.isInteger(Math.round(n * 100) / 100) ? moneyWhole : moneyCents)().format(n).replace('-', MINUS),
    points: (n, signed = false) => (signed ? ptsSigned : pts)().format(n).replace(/[-\u2212]/, MINUS),
    time: dates({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    dayKey,
    month: (d) => {
      const name = monthName(d);
      return name && `${name[0]!.toUpperCase()}${name.slice(1)} ${dayKey(d).slice(0, 4)}`;
    },
    dateShort: dayMonth,
    date: full,
    dateTime: dates({ dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }),
  };
}
