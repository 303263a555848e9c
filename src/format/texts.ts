/**
 * Every text of the widget, each as [Russian, English], so a key is written once and a
 * translator sees both languages side by side; `ru` and `en` below take one column each.
 */
import type { Messages } from './messages.js';

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
  const rules = new Intl.PluralRules(locale, { maximumFractionDigits: 2 });
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const order = categories.split(' ');
  const num = (n: number) => format.format(n);
  const pick = (n: number, forms: string) => forms.split('|')[order.indexOf(rules.select(Math.abs(n)))] as string;
  return { num, pick, count: (n: number, forms: string) => `${num(n)} ${pick(n, forms)}` };
}

const RU = plurals('ru-RU', 'one few many other');
/** English: 'one' only for exactly 1; 1.5 takes the plural. */
const EN = plurals('en-GB', 'one other');
const OPS = 'операция|операции|операций|операции';
const POINTS = 'балл|балла|баллов|балла';
/** A verb agreeing with a number of points: 1 балл начислен, 2 балла начислены, 5 (or 1,5) баллов начислено. */
const agree = (stem: string) => (n: number) => RU.pick(n, `${stem}|${stem}ы|${stem}о|${stem}о`);
const earnedRu = agree('начислен');
const spentRu = agree('списан');
const burntRu = (n: number) => RU.pick(n, 'сгорел|сгорели|сгорело|сгорело');
const ptsRu = (n: number) => RU.count(n, POINTS);
const ptsEn = (n: number) => EN.count(n, 'point|points');

const TEXTS: Bilingual<Messages> = {
  feedLabel: ['История операций', 'Operation history'],
  cardLabel: [(last4) => `Карта •••• ${last4}`, (last4) => `Card •••• ${last4}`],
  cardSpoken: [(last4) => `Карта, последние цифры ${last4}`, (last4) => `Card ending in ${last4}`],
  operationsCount: [(n) => RU.count(n, OPS), (n) => EN.count(n, 'operation|operations')],
  points: [(n) => RU.pick(n, POINTS), (n) => EN.pick(n, 'point|points')],
  pointsCount: [ptsRu, ptsEn],
  moved: {
    earned: [earnedRu, () => 'earned'],
    spent: [spentRu, () => 'spent'],
    returned: [(n) => RU.pick(n, 'возвращён|возвращены|возвращено|возвращено'), () => 'returned'],
    burnt: [burntRu, () => 'expired'],
  },
  titles: {
    purchase: ['Покупка', 'Purchase'],
    refund: ['Возврат покупки', 'Refund'],
    'bonus-earned': ['Начисление баллов', 'Points earned'],
    'bonus-spent': ['Списание баллов', 'Points spent'],
    'bonus-gift': ['Подарочные баллы', 'Bonus points'],
    certificate: ['Оплата сертификатом', 'Paid by gift certificate'],
    coupon: ['Покупка по купону', 'Purchase with a coupon'],
    discount: ['Покупка со скидкой', 'Purchase with a discount'],
    pending: ['Баллы ожидают активации', 'Points awaiting activation'],
    burnt: ['Баллы сгорели', 'Points expired'],
    other: ['Операция', 'Operation'],
    promotion: ['Бонус по акции', 'Promotion bonus'],
    welcome: ['Приветственные баллы', 'Welcome points'],
    birthday: ['Бонус ко дню рождения', 'Birthday bonus'],
    referral: ['Бонус за приглашение друга', 'Refer-a-friend bonus'],
    manual: ['Начисление от магазина', 'Points from the store'],
  },
  tabs: { all: ['Все', 'All'], cheque: ['Покупки', 'Purchases'], bonus: ['Бонусы', 'Bonuses'] },
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
  emptyNewHint: ['Здесь появятся покупки, начисления и списания баллов.', 'Purchases and points earned or spent will appear here.'],
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
  pendingUntil: [(d) => `Баллы будут доступны с ${d}`, (d) => `Points available from ${d}`],
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
    source: ['Источник баллов', 'Points source'],
    activation: ['Дата активации', 'Activation date'],
    expiry: ['Срок действия до', 'Valid until'],
    remain: ['Осталось баллов', 'Points remaining'],
  },
  moreDetails: ['Подробнее', 'Details'],
  copy: ['Скопировать', 'Copy'],
  copied: ['Скопировано', 'Copied'],
  gotoParent: ['К исходному чеку', 'Go to the original receipt'],
};

function column(table: object, i: 0 | 1): object {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Array.isArray(v) ? v[i] : column(v, i)]));
}

/** The messages of one language: 0 Russian, 1 English. */
export const inLanguage = (i: 0 | 1) => column(TEXTS, i) as Messages;

export const ru: Messages = inLanguage(0);
export const en: Messages = inLanguage(1);
