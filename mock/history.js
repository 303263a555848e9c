// @ts-check
/**
 * The business side of OperationHistory: who is asking, which rows match, which page of them,
 * and the response JSON, with integer ids written verbatim into the text.
 */
import { OPERATOR, SITE_CODES } from './catalog.js';
import { getRecords, memberByToken, MEMBERS } from './data.js';

/** @typedef {import('./body.js').HistoryRequest} HistoryRequest */
/** @typedef {import('./data.js').HistoryRecord} HistoryRecord */
/** @typedef {import('./data.js').Member} Member */
/** @typedef {0 | 1 | 'short'} StartBase */

/** Messages of the business errors the mock answers. */
export const ERRORS = /** @type {Record<number, string>} */ ({
  1: 'Клиент не найден',
  2: 'Внутренняя ошибка сервера',
  3: 'Неверный токен',
  4: 'Неверный код сайта',
  10: 'Ошибка получения данных',
  500: 'Внутренняя ошибка сервера',
});

/** Operation fields holding integers as digit strings, written unquoted. */
const DIGIT_FIELDS = new Set(['Id', 'Pos', 'BonusId', 'ChequeId', 'Parent', 'OrderId']);

/** @type {WeakMap<object, string>} */
const opText = new WeakMap();

/** @param {import('./data.js').Operation} op */
function operationJson(op) {
  let text = opText.get(op);
  if (text === undefined) {
    const parts = Object.entries(op).map(
      ([k, v]) => `"${k}":${typeof v === 'string' && DIGIT_FIELDS.has(k) ? v : JSON.stringify(v)}`,
    );
    text = `{${parts.join(',')}}`;
    opText.set(op, text);
  }
  return text;
}

/** @param {string | null | undefined} digits */
const num = (digits) => digits ?? 'null';

/**
 * @param {number} code
 * @returns {string} the response JSON of a business error
 */
export function errorJson(code) {
  const message = JSON.stringify(ERRORS[code] ?? `Ошибка ${code}`);
  return `{"Client":null,"Phone":null,"Card":null,"Rows":0,"Operations":[],"ErrorCode":${code},"Message":${message}}`;
}

/**
 * Row range [from, to) of a page. Base 1: Start 1 is the first row, 0 is read as 1. Base 0:
 * Start 0 is the first row. 'short': base 1, but Start 0 means rows 0..Length-1 of which row 0
 * does not exist, so the page is one row short. Length absent or 0: every remaining row.
 * @param {number} start @param {number} length @param {StartBase} base
 * @returns {[number, number]}
 */
export function pageRange(start, length, base) {
  const len = length > 0 ? length : Infinity;
  if (base === 0) {
    const from = Math.max(0, start);
    return [from, from + len];
  }
  if (base === 1 || start >= 1) {
    const from = Math.max(1, start) - 1;
    return [from, from + len];
  }
  return [0, Math.max(0, start - 1 + len)];
}

/**
 * The member a request speaks for, or the ErrorCode to answer.
 * @param {HistoryRequest} q @param {readonly string[]} siteCodes
 * @returns {Member | number}
 */
export function identify(q, siteCodes = SITE_CODES) {
  if (q.SiteCode !== undefined && !siteCodes.includes(q.SiteCode)) return 4;
  const byToken = q.Token !== undefined ? memberByToken(q.Token) : undefined;
  if (q.Token !== undefined && !byToken) return 3;
  const who = /** @type {const} */ ([['Card', 'card'], ['Phone', 'phone'], ['Client', 'client']]).filter(
    ([k]) => q[k] !== undefined,
  );
  const first = who[0];
  const member = byToken ?? (first ? MEMBERS.find((m) => m[first[1]] === q[first[0]]) : undefined);
  if (!member || who.some(([k, f]) => member[f] !== q[k])) return 1;
  return member;
}

/**
 * @param {HistoryRecord[]} records @param {HistoryRequest} q
 * @returns {HistoryRecord[]}
 */
export function filterRecords(records, q) {
  if (q.Operator !== undefined && q.Operator !== OPERATOR) return [];
  return records.filter(
    ({ op, partner, posCode }) =>
      (q.Partner === undefined || partner === q.Partner) &&
      (q.PosCode === undefined || posCode === q.PosCode) &&
      (q.OrderId === undefined || op.OrderId === q.OrderId) &&
      (q.Cheque !== true || op.ChequeId !== null) &&
      (q.Bonus !== true || (op.BonusId !== null && op.ChequeId === null)),
  );
}

/** @type {Map<number, string>} */
const longStrings = new Map();

/**
 * `,"Note":"…"` of `n` characters, quotes and backslashes among them.
 * @param {number} n
 */
function longNote(n) {
  let text = longStrings.get(n);
  if (text === undefined) {
    text = `,"Note":${JSON.stringify('Длинная заметка "в кавычках" \\ [1, {2}] '.repeat(Math.ceil(n / 40)).slice(0, n))}`;
    longStrings.set(n, text);
  }
  return text;
}

/**
 * The JSON text answering a bound request.
 * @param {HistoryRequest} q
 * @param {{ startBase: StartBase, now?: number, siteCodes?: readonly string[], grown: (m: Member) => number,
 *   rows?: number, ignoreLength?: boolean, longString?: number }} ctx
 *   `rows`: the history's length instead of the member's; `ignoreLength`: every row from Start on;
 *   `longString`: the page's first row gets a `Note` of that many characters.
 * @returns {string}
 */
export function answerHistory(q, ctx) {
  const member = identify(q, ctx.siteCodes);
  if (typeof member === 'number') return errorJson(member);
  const grown = ctx.grown(member);
  const records = filterRecords(getRecords(member.token, { now: ctx.now, grown, rows: ctx.rows }) ?? [], q);
  const [from, to] = pageRange(q.Start ?? 0, ctx.ignoreLength ? 0 : q.Length ?? 0, ctx.startBase);
  const page = records.slice(from, to).map((r) => operationJson(r.op));
  if (ctx.longString && page[0]) page[0] = `${page[0].slice(0, -1)}${longNote(ctx.longString)}}`;
  return (
    `{"Client":${num(member.client)},"Phone":${num(member.phone)},"Card":${num(member.card)},` +
    `"Rows":${records.length},"Operations":[${page.join(',')}],"ErrorCode":0,"Message":null}`
  );
}
