// @ts-check
/** The members of the mock programme, one per situation a widget must handle. */

/**
 * @typedef {object} Member
 * @property {string} token        `Token` to send (digits)
 * @property {string} name
 * @property {string} description
 * @property {string} card         `Card` (digits)
 * @property {string} phone        `Phone`, 10 digits without the leading 7/8
 * @property {string} client       `Client` id (digits)
 * @property {number} rows         operations in the history (before any growth)
 * @property {number} spanDays     how far back the history goes
 * @property {string} idBase       ids of this member's rows start just above this number
 * @property {boolean} [growing]   gains 1-3 new operations on each request after the first
 */

/** @type {readonly Member[]} */
export const MEMBERS = [
  {
    token: '1000', name: 'Новый участник', description: 'just joined: no operations at all',
    card: '2700000001000', phone: '9150001000', client: '501000', rows: 0, spanDays: 1, idBase: '5010000000000',
  },
  {
    token: '1001', name: 'Анна Смирнова', description: 'typical: 150 operations over two years at three partners',
    card: '2700000001001', phone: '9150001001', client: '501001', rows: 150, spanDays: 730, idBase: '5010010000000',
  },
  {
    token: '1002', name: 'Игорь Постоянный', description: 'heavy: exactly 10,000 operations over five years',
    card: '2700000001002', phone: '9150001002', client: '501002', rows: 10_000, spanDays: 1826,
    idBase: '5010020000000',
  },
  {
    token: '1003', name: 'Тест Тысячный', description: 'exactly 1,000 operations over three years (for tests)',
    card: '2700000001003', phone: '9150001003', client: '501003', rows: 1000, spanDays: 1095, idBase: '5010030000000',
  },
  {
    token: '1004', name: 'Мария Растущая',
    description: 'growing: 40 operations, then 1-3 new ones at the top on every request after the first',
    card: '2700000001004', phone: '9150001004', client: '501004', rows: 40, spanDays: 90, idBase: '5010040000000',
    growing: true,
  },
  {
    token: '9007199254740993', name: 'Большие Числа',
    description: 'token, card, client and every id above 2^53: 300 operations over two years',
    card: '9007199254740995', phone: '9169990001', client: '9007199254740997', rows: 300, spanDays: 730,
    idBase: '9007199254741000',
  },
];

/**
 * A member whose identification fails: every request for their token, card or phone is answered
 * with the platform's business error `code` (1-9 from its `Identify`, 10 a fault).
 * @typedef {object} FailingMember
 * @property {number} code         the ErrorCode every request for them gets
 * @property {string} token        `20NN`, NN the code
 * @property {string} card         `27000000020NN`
 * @property {string} phone        `91500020NN`
 * @property {string} description
 */

const FAILURES = /** @type {const} */ ([
  [1, 'their operator or partner is not found'],
  [2, 'their card is of another operator'],
  [3, 'their card is not linked to a client'],
  [4, 'their card number is not found'],
  [5, 'no client has their phone'],
  [6, 'their phone ending is not unique'],
  [7, 'their phone ending is not found'],
  [8, 'they have no card'],
  [9, 'they have more than one card'],
  [10, 'reading their history throws: ErrorCode 10 with the exception\'s text'],
]);

/** @type {readonly FailingMember[]} */
export const FAILING_MEMBERS = FAILURES.map(([code, description]) => {
  const nn = String(code).padStart(2, '0');
  return { code, token: `20${nn}`, card: `27000000020${nn}`, phone: `91500020${nn}`, description };
});

/**
 * The member with this token, if any. `token` must be the exact digit string.
 * @param {string} token
 * @returns {Member | undefined}
 */
export function memberByToken(token) {
  return MEMBERS.find((m) => m.token === token);
}
