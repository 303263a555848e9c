/**
 * Every text of the widget, each as [Russian, English], so a key is written once and a
 * translator sees both languages side by side; a language's messages take one column. The
 * texts that name the points take the programme's unit (`points-name`): «баллы» and "points"
 * unless a page names its own.
 */
import type { Messages } from './messages.js';
import type { PointsNames } from './units.js';

/** Each text as [Russian, English]; groups nest. */
type Bilingual<T> = {
  readonly [K in keyof T]: T[K] extends string | ((...args: never[]) => string) ? readonly [T[K], T[K]] : Bilingual<T[K]>;
};

/**
 * Number words for a language: `num` writes a number as shown (up to 2 decimals), `pick` the
 * form of a word for it, `count` both. Forms are written 'one|few|many|other' in the order of
 * `categories`; a fraction takes the form of the number as displayed: 1,5 балла, 1.5 points.
 */
function plurals(locale: string, categories: string) {
  // Built on first use: a page speaks one language, and each Intl object costs on a slow phone.
  let rules: Intl.PluralRules | undefined;
  let format: Intl.NumberFormat | undefined;
  const order = categories.split(' ');
  const num = (n: number) => (format ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(n);
  const pick = (n: number, forms: string) =>
    forms.split('|')[order.indexOf((rules ??= new Intl.PluralRules(locale, { maximumFractionDigits: 2 })).select(Math.abs(n)))] as string;
  return { num, pick, count: (n: number, forms: string) => `${num(n)} ${pick(n, forms)}` };
}

const RU = plurals('ru-RU', 'one few many other');
/** English: 'one' only for exactly 1; 1.5 takes the plural. */
const EN = plurals('en-GB', 'one other');
const OPS = 'операция|операции|операций|операции';
const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * What the Russian texts need of a unit, from its forms for 1, 2 and 5. Its gender is read from
 * the form for 1 (-а/-я feminine: миля; -о/-е neuter: очко; else masculine: бонус, рубль), so
 * a verb agrees: 1 миля начислена. The nominative plural («бонусы сгорели») is the form for 2
 * with -а/-я made -ы/-и (бонуса → бонусы, очка → очки, рубля → рубли; мили stays).
 */
function russianUnit([one, few, many]: readonly string[]) {
  const plural = few!.replace(/а$/, /[гкхжшчщ]а$/.test(few!) ? 'и' : 'ы').replace(/я$/, 'и');
  return { forms: `${one}|${few}|${many}|${few}`, many: many!, plural, Plural: cap(plural), gender: /[ая]$/.test(one!) ? 1 : /[оеё]$/.test(one!) ? 2 : 0 };
}

/** Texts in both languages, for a programme's unit. */
function bilingual(names: PointsNames): Bilingual<Messages> {
  const r = russianUnit(names.ru ?? ['балл', 'балла', 'баллов']);
  const [one, other] = names.en ?? ['point', 'points'];
  const en = { forms: `${one}|${other}`, other: other!, Other: cap(other!) };
  /** A verb after a number of the unit: 1 бонус начислен, 1 миля начислена, 1 очко начислено, 2 начислены, 5 (or 1,5) начислено. */
  const agree = (masculine: string, feminine: string, neuter: string, plural: string) => (n: number) =>
    RU.pick(n, `${[masculine, feminine, neuter][r.gender]}|${plural}|${neuter}|${neuter}`);
  const earnedRu = agree('начислен', 'начислена', 'начислено', 'начислены');
  const spentRu = agree('списан', 'списана', 'списано', 'списаны');
  const burntRu = agree('сгорел', 'сгорела', 'сгорело', 'сгорели');
  const ptsRu = (n: number) => RU.count(n, r.forms);
  const ptsEn = (n: number) => EN.count(n, en.forms);

  return {
    feedLabel: ['История операций', 'Operation history'],
    cardLabel: [(last4) => `Карта •••• ${last4}`, (last4) => `Card •••• ${last4}`],
    cardSpoken: [(last4) => `Карта, последние цифры ${last4}`, (last4) => `Card ending in ${last4}`],
    operationsCount: [(n) => RU.count(n, OPS), (n) => EN.count(n, 'operation|operations')],
    points: [(n) => RU.pick(n, r.forms), (n) => EN.pick(n, en.forms)],
    pointsCount: [ptsRu, ptsEn],
    moved: {
      earned: [earnedRu, () => 'earned'],
      spent: [spentRu, () => 'spent'],
      returned: [agree('возвращён', 'возвращена', 'возвращено', 'возвращены'), () => 'returned'],
      burnt: [burntRu, () => 'expired'],
    },
    titles: {
      purchase: ['Покупка', 'Purchase'],
      refund: ['Возврат покупки', 'Refund'],
      'bonus-earned': [`Начисление ${r.many}`, `${en.Other} earned`],
      'bonus-spent': [`Списание ${r.many}`, `${en.Other} spent`],
      'bonus-gift': [`Подарочные ${r.plural}`, `Bonus ${en.other}`],
      certificate: ['Оплата сертификатом', 'Paid by gift certificate'],
      coupon: ['Покупка по купону', 'Purchase with a coupon'],
      discount: ['Покупка со скидкой', 'Purchase with a discount'],
      pending: [`${r.Plural} ожидают активации`, `${en.Other} awaiting activation`],
      burnt: [`${r.Plural} сгорели`, `${en.Other} expired`],
      other: ['Операция', 'Operation'],
      promotion: ['Бонус по акции', 'Promotion bonus'],
      welcome: [`Приветственные ${r.plural}`, `Welcome ${en.other}`],
      birthday: ['Бонус ко дню рождения', 'Birthday bonus'],
      referral: ['Бонус за приглашение друга', 'Refer-a-friend bonus'],
      manual: ['Начисление от магазина', `${en.Other} from the store`],
    },
    tabs: { all: ['Все', 'All'], cheque: ['Покупки', 'Purchases'], bonus: [names.ru ? r.Plural : 'Бонусы', names.en ? en.Other : 'Bonuses'] },
    filtersLabel: ['Тип операций', 'Operation type'],
    loading: ['Загрузка истории…', 'Loading history…'],
    loadingMore: ['Загружаем ещё…', 'Loading more…'],
    loadedAnnouncement: [
      (shown, total) => (total === undefined ? `Загружено операций: ${RU.num(shown)}` : `Загружено ${RU.num(shown)} из ${RU.num(total)}`),
      (shown, total) => (total === undefined ? `Loaded ${EN.count(shown, 'operation|operations')}` : `Loaded ${EN.num(shown)} of ${EN.num(total)}`),
    ],
    allLoaded: [(n) => `Все операции загружены: ${RU.num(n)}`, (n) => (n === 1 ? 'The only operation is loaded' : `All ${EN.num(n)} operations loaded`)],
    newOperations: [
      (n) => RU.count(n, 'новая операция|новые операции|новых операций|новой операции'),
      (n) => EN.count(n, 'new operation|new operations'),
    ],
    showMore: ['Показать ещё', 'Show more'],
    retry: ['Повторить', 'Retry'],
    emptyNew: ['Пока нет операций', 'No operations yet'],
    emptyNewHint: [`Здесь появятся покупки, начисления и списания ${r.many}.`, `Purchases and ${en.other} earned or spent will appear here.`],
    emptyFiltered: ['Нет операций этого типа', 'No operations of this type'],
    showAll: ['Показать все операции', 'Show all operations'],
    errors: {
      api: ['Не удалось получить историю операций.', 'Could not get the operation history.'],
      http: ['Сервер временно недоступен. Попробуйте позже.', 'The server is temporarily unavailable. Please try later.'],
      network: ['Нет связи с сервером. Проверьте интернет.', 'Cannot reach the server. Check your internet connection.'],
      timeout: ['Сервер не отвечает. Попробуйте ещё раз.', 'The server is taking too long to answer. Please try again.'],
      'invalid-response': ['Не удалось прочитать ответ сервера.', 'The server sent an answer that could not be read.'],
      config: ['История недоступна: виджет настроен неверно.', 'The operation history is unavailable: the widget is set up incorrectly.'],
    },
    platformFault: ['Сбой на сервере программы лояльности. Попробуйте ещё раз.', "The loyalty programme's server failed. Please try again."],
    authError: ['Нет доступа к истории: войдите в личный кабинет снова.', 'No access to the history: please sign in again.'],
    identificationHints: {
      setup: ['История на этой странице настроена неверно: сообщите об этом магазину.', 'The history on this page is set up incorrectly: please tell the store.'],
      card: ['Проверьте номер карты. Если он верный, обратитесь в магазин.', 'Check the card number. If it is right, please contact the store.'],
      phone: ['Проверьте номер телефона. Если он верный, обратитесь в магазин.', 'Check the phone number. If it is right, please contact the store.'],
      'no-card': ['К этому номеру телефона не привязана карта: обратитесь в магазин.', 'No card is linked to this phone number: please contact the store.'],
      'many-cards': [
        'К этому номеру телефона привязано несколько карт: укажите номер карты или обратитесь в магазин.',
        'Several cards are linked to this phone number: use the card number or contact the store.',
      ],
    },
    errorMore: ['Не удалось загрузить следующие операции.', 'Could not load the next operations.'],
    pendingUntil: [(d) => `${r.Plural} будут доступны с ${d}`, (d) => `${en.Other} available from ${d}`],
    expiresOn: [
      (d, n) => `${ptsRu(n)} ${RU.pick(n, 'сгорит|сгорят|сгорят|сгорит')} ${d}`,
      (d, n) => `${ptsEn(n)} ${EN.pick(n, 'expires|expire')} on ${d}`,
    ],
    burnt: [(d, n) => `${ptsRu(n)} ${burntRu(n)} ${d}`, (d, n) => `${ptsEn(n)} expired on ${d}`],
    monthSpoken: [
      (m, plus, minus) =>
        `Итог за ${m.toLowerCase()}: ${[
          plus && `${ptsRu(plus)} ${earnedRu(plus)}`,
          minus && `${ptsRu(minus)} ${spentRu(minus)} или ${burntRu(minus)}`,
        ].filter(Boolean).join(', ')}.`,
      (m, plus, minus) =>
        `${m} in total: ${[plus && `${ptsEn(plus)} earned`, minus && `${ptsEn(minus)} spent or expired`].filter(Boolean).join(', ')}.`,
    ],
    today: ['Сегодня', 'Today'],
    yesterday: ['Вчера', 'Yesterday'],
    details: {
      when: ['Дата и время', 'Date and time'],
      cheque: ['Номер чека', 'Receipt number'],
      order: ['Заказ', 'Order'],
      amount: ['Сумма', 'Amount'],
      discount: ['Скидка', 'Discount'],
      certificate: ['Оплачено сертификатом', 'Paid by certificate'],
      coupon: ['Купон', 'Coupon'],
      earned: ['Начислено', 'Earned'],
      spent: ['Списано', 'Spent'],
      returned: ['Возвращено', 'Returned'],
      burnt: ['Сгорело', 'Expired'],
      source: [`Источник ${r.many}`, `${en.Other} source`],
      activation: ['Дата активации', 'Activation date'],
      expiry: ['Срок действия до', 'Valid until'],
      remain: [`Осталось ${r.many}`, `${en.Other} remaining`],
    },
    moreDetails: ['Подробнее', 'Details'],
    copy: ['Скопировать', 'Copy'],
    copied: ['Скопировано', 'Copied'],
    gotoParent: ['К исходному чеку', 'Go to the original receipt'],
    pointsAdded: [`Начислено ${r.many}`, `${en.Other} added`],
    pointsSpent: [`Списано ${r.many}`, `${en.Other} spent`],
  };
}

function column(table: object, i: 0 | 1): object {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Array.isArray(v) ? v[i] : column(v, i)]));
}

/** The messages of Russian or English for a programme's unit (by default «баллы», "points"). */
export const messagesIn = (lang: 'ru' | 'en', names: PointsNames = {}): Messages => column(bilingual(names), lang === 'ru' ? 0 : 1) as Messages;
