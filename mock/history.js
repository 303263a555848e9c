// @ts-check
/**
 * The business side of OperationHistory: who is asking, which rows match, which page of them,
 * and the response JSON, with integer ids written verbatim into the text.
 */
import { getRecords } from './data.js';
import { ERRORS, identify } from './identify.js';
import { pageRange } from './paging.js';

export { ERRORS, identify, pageRange };

/** @typedef {import('./body.js').HistoryRequest} HistoryRequest */
/** @typedef {import('./data.js').HistoryRecord} HistoryRecord */
/** @typedef {import('./data.js').Member} Member */
/** @typedef {import('./paging.js').StartBase} StartBase */
/** @typedef {import('./wire.js').WireEnvelope} WireEnvelope */

/** Operation fields holding integers as digit strings, written unquoted. */
const DIGIT_FIELDS = new Set(['Id', 'Pos', 'BonusId', 'ChequeId', 'Parent', 'OrderId']);

/** @type {WeakMap<object, string>} */
const opText = new WeakMap();

/** @param {import('./wire.js').WireOperation} op */
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

/** @param {string | null} digits */
const num = (digits) => digits ?? 'null';

/**
 * The envelope's JSON text around `operations` (each row's JSON text), integers written verbatim.
 * @param {Omit<WireEnvelope, 'Operations'>} envelope @param {readonly string[]} operations
 * @returns {string}
 */
function envelopeJson({ Client, Phone, Card, Rows, ErrorCode, Message }, operations) {
  return (
    `{"Client":${num(Client)},"Phone":${num(Phone)},"Card":${num(Card)},"Rows":${Rows},` +
    `"Operations":[${operations.join(',')}],"ErrorCode":${ErrorCode},"Message":${JSON.stringify(Message)}}`
  );
}

/**
 * The response JSON of a business error: HTTP 200, `Operations` empty, the client unknown.
 * @param {number} code @param {string} [message] the platform's text for the code by default
 * @returns {string}
 */
export function errorJson(code, message = ERRORS[code] ?? `Ошибка ${code}`) {
  return envelopeJson({ Client: null, Phone: null, Card: null, Rows: 0, ErrorCode: code, Message: message }, []);
}

/**
 * @param {HistoryRecord[]} records @param {HistoryRequest} q
 * @returns {HistoryRecord[]}
 */
export function filterRecords(records, q) {
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
  if ('code' in member) return errorJson(member.code, member.message);
  const grown = ctx.grown(member);
  const records = filterRecords(getRecords(member.token, { now: ctx.now, grown, rows: ctx.rows }) ?? [], q);
  const [from, to] = pageRange(q.Start ?? 0, ctx.ignoreLength ? 0 : q.Length ?? 0, ctx.startBase);
  const page = records.slice(from, to).map((r) => operationJson(r.op));
  if (ctx.longString && page[0]) page[0] = `${page[0].slice(0, -1)}${longNote(ctx.longString)}}`;
  const { client, phone, card } = member;
  return envelopeJson({ Client: client, Phone: phone, Card: card, Rows: records.length, ErrorCode: 0, Message: '' }, page);
}
