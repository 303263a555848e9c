import type { Messages } from './messages.js';
import { pluralRules } from './messages.js';

const rules = pluralRules('ru-RU');
const num = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

/** Picks one of Russian's forms: [one, few, many, other] (other is for fractions: 1,5 балла). */
function pick(n: number, forms: readonly [string, string, string, string]): string {
  const c = rules.select(Math.abs(n));
  return c === 'one' ? forms[0] : c === 'few' ? forms[1] : c === 'many' ? forms[2] : forms[3];
}

const count = (n: number, forms: readonly [string, string, string, string]) => `${num.format(n)} ${pick(n, forms)}`;
const OPS = ['операция', 'операции', 'операций', 'операции'] as const;
const POINTS = ['балл', 'балла', 'баллов', 'балла'] as const;

export const ru: Messages = {
  feedLabel: 'История операций',
  cardLabel: (last4) => `Карта •••• ${last4}`,
  cardSpoken: (last4) => `Карта, последние цифры ${last4}`,
  operationsCount: (n) => count(n, OPS),
  points: (n) => pick(n, POINTS),
  pointsCount: (n) => count(n, POINTS),
  bonusChangeWord: (n) => (n > 0 ? 'начислено' : n < 0 ? 'списано' : ''),
  titles: {
    purchase: 'Покупка',
    refund: 'Возврат покупки',
    'bonus-earned': 'Начисление баллов',
    'bonus-spent': 'Списание баллов',
    'bonus-gift': 'Подарочные баллы',
    certificate: 'Оплата подарочным сертификатом',
    coupon: 'Покупка по купону',
    discount: 'Покупка со скидкой',
    pending: 'Баллы ожидают активации',
    expiring: 'Баллы скоро сгорят',
    burnt: 'Баллы сгорели',
    other: 'Операция',
    welcome: 'Приветственные баллы',
    birthday: 'Бонус ко дню рождения',
    referral: 'Бонус за приглашение друга',
    manual: 'Начисление от магазина',
  },
  tabs: { all: 'Все', cheque: 'Покупки', bonus: 'Бонусы' },
  filtersLabel: 'Тип операций',
  loading: 'Загрузка истории…',
  loadingMore: 'Загружаем ещё…',
  loadedAnnouncement: (shown, total) =>
    total === undefined ? `Загружено операций: ${num.format(shown)}` : `Загружено ${num.format(shown)} из ${num.format(total)}`,
  allLoaded: (n) => `Все операции загружены: ${num.format(n)}`,
  newOperations: (n) => count(n, ['новая операция', 'новые операции', 'новых операций', 'новой операции']),
  showMore: 'Показать ещё',
  retry: 'Повторить',
  emptyNew: 'Пока нет операций',
  emptyNewHint: 'Здесь появятся покупки, начисления и списания баллов.',
  emptyFiltered: 'Нет операций этого типа',
  showAll: 'Показать все операции',
  errors: {
    api: 'Не удалось получить историю операций.',
    http: 'Сервер временно недоступен. Попробуйте позже.',
    network: 'Нет связи с сервером. Проверьте подключение к интернету.',
    timeout: 'Сервер слишком долго не отвечает. Попробуйте ещё раз.',
    'invalid-response': 'Сервер прислал ответ, который не удалось прочитать.',
    config: 'История операций сейчас недоступна: виджет настроен неверно.',
  },
  errorMore: 'Не удалось загрузить следующие операции.',
  refund: 'Возврат',
  pendingUntil: (d) => `Будут доступны с ${d}`,
  pendingNoDate: 'Ожидают активации',
  expiresOn: (d, p) => (p ? `Сгорят ${d}: ${p}` : `Сгорят ${d}`),
  burnt: (d, p) => (d ? (p ? `Сгорели ${d}: ${p}` : `Сгорели ${d}`) : 'Сгорели'),
  today: 'Сегодня',
  yesterday: 'Вчера',
  details: {
    when: 'Дата и время',
    cheque: 'Номер чека',
    order: 'Заказ',
    amount: 'Сумма',
    discount: 'Скидка',
    certificate: 'Оплачено сертификатом',
    coupon: 'Купон',
    earned: 'Начислено',
    spent: 'Списано',
    source: 'Источник баллов',
    activation: 'Дата активации',
    expiry: 'Срок действия до',
    remain: 'Осталось баллов',
  },
  moreDetails: 'Подробнее',
  copy: 'Скопировать',
  copied: 'Скопировано',
  gotoParent: 'К исходному чеку',
};
