// @ts-check
/**
 * Who a request speaks for, decided as the platform's `Identify` does (a card wins over a phone;
 * a phone shorter than 10 digits is looked up by its ending), or the business error to answer
 * with the platform's own text.
 */
import { OPERATOR, PARTNERS, SITE_CODES } from './catalog.js';
import { FAILING_MEMBERS, MEMBERS, memberByToken } from './members.js';

/** @typedef {import('./body.js').HistoryRequest} HistoryRequest */
/** @typedef {import('./members.js').Member} Member */
/** @typedef {import('./members.js').FailingMember} FailingMember */

/** What a service that caught an exception answers with ErrorCode 10: the exception's text. */
export const EXCEPTION_TEXT =
  'System.Data.SqlClient.SqlException (0x80131904): Timeout expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.';

/** The platform's business errors and their texts: 1-9 from `Identify`, 10 and 500 faults. */
export const ERRORS = /** @type {Record<number, string>} */ ({
  1: 'Оператор или партнёр не найден',
  2: 'Карта принадлежит другому оператору',
  3: 'Карта не привязана к клиенту',
  4: 'Номер карты не найден',
  5: 'Не существует клиента с заданным номером телефона',
  6: 'Окончание номера телефона не уникально',
  7: 'Клиент с таким окончанием номера телефона не найден',
  8: 'У клиента нет карт',
  9: 'У клиента больше одной карты',
  10: EXCEPTION_TEXT,
  500: 'Внутренняя ошибка сервера',
});

/** The mock's own errors: a token the programme does not know, and a request naming nobody (or someone else). */
export const UNKNOWN_TOKEN = { code: 3, message: 'Неверный токен' };
export const NO_CLIENT = { code: 1, message: 'Клиент не найден' };

/** @typedef {{ code: number, message: string }} Refusal */

/** @param {number} code @returns {Refusal} */
const refusal = (code) => ({ code, message: ERRORS[code] ?? `Ошибка ${code}` });

/** @param {Member | FailingMember} who @returns {Member | Refusal} */
const outcome = (who) => ('code' in who ? refusal(who.code) : who);

const EVERYONE = /** @type {readonly (Member | FailingMember)[]} */ ([...MEMBERS, ...FAILING_MEMBERS]);

/**
 * By phone: 10 digits name one client (or none: 5); fewer are an ending, which must be unique
 * (6) and found (7).
 * @param {string} phone @returns {Member | Refusal}
 */
function byPhone(phone) {
  const found = EVERYONE.filter((m) => (phone.length >= 10 ? m.phone === phone : m.phone.endsWith(phone)));
  if (found.length === 1) return outcome(/** @type {Member | FailingMember} */ (found[0]));
  return refusal(phone.length >= 10 ? 5 : found.length ? 6 : 7);
}

/**
 * The member a request speaks for, or the error to answer. Checks in order: site code,
 * operator and partner (1), token (3, or a failing member's code), then card (2, 3, 4), phone
 * (5-9) or client; whoever is found, every card, phone or client given must be theirs (1).
 * @param {HistoryRequest} q @param {readonly string[]} siteCodes
 * @returns {Member | Refusal}
 */
export function identify(q, siteCodes = SITE_CODES) {
  if (q.SiteCode !== undefined && !siteCodes.includes(q.SiteCode)) return refusal(1);
  if (q.Operator !== undefined && q.Operator !== OPERATOR) return refusal(1);
  if (q.Partner !== undefined && !PARTNERS.some((p) => p.id === q.Partner)) return refusal(1);
  const who = /** @type {const} */ ([['Card', 'card'], ['Phone', 'phone'], ['Client', 'client']]).filter(([k]) => q[k] !== undefined);
  /** Whether every card, phone (or phone ending) and client given is the member's. @param {Member} m */
  const agrees = (m) => who.every(([k, f]) => (k === 'Phone' ? m.phone.endsWith(q.Phone ?? '') : m[f] === q[k]));
  if (q.Token !== undefined) {
    const failing = FAILING_MEMBERS.find((m) => m.token === q.Token);
    if (failing) return refusal(failing.code);
    const member = memberByToken(q.Token);
    if (!member) return UNKNOWN_TOKEN;
    return agrees(member) ? member : NO_CLIENT;
  }
  const [first] = who;
  if (!first) return NO_CLIENT;
  /** @type {Member | Refusal} */
  let found;
  if (first[0] === 'Card') {
    const holder = EVERYONE.find((m) => m.card === q.Card);
    found = holder ? outcome(holder) : refusal(4);
  } else if (first[0] === 'Phone') {
    found = byPhone(/** @type {string} */ (q.Phone));
  } else {
    found = MEMBERS.find((m) => m.client === q.Client) ?? NO_CLIENT;
  }
  return 'code' in found || agrees(found) ? found : NO_CLIENT;
}
