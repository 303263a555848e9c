// @ts-check
/**
 * Reads an OperationHistory request body the way the platform's JSON binder would, except that
 * integers keep their exact digits: `9007199254740993` stays that string, never a rounded number.
 */

/**
 * The request after binding. Integer fields are digit strings; a field that is absent, null
 * or 0 (the .NET default for a missing `long`) is left out.
 * @typedef {object} HistoryRequest
 * @property {string} [Card] @property {string} [Phone] @property {string} [Client]
 * @property {string} [Partner] @property {string} [PosCode] @property {boolean} [Bonus]
 * @property {string} [OrderId] @property {boolean} [Cheque] @property {number} [Start]
 * @property {number} [Length] @property {string} [Operator] @property {string} [Token]
 * @property {string} [SiteCode]
 */

const IDS = ['Card', 'Phone', 'Client', 'Partner', 'OrderId', 'Operator', 'Token'];
const COUNTS = ['Start', 'Length'];
const FLAGS = ['Bonus', 'Cheque'];
const TEXTS = ['PosCode', 'SiteCode'];
/** The binder ignores the case of property names. */
const CANONICAL = new Map([...IDS, ...COUNTS, ...FLAGS, ...TEXTS].map((k) => [k.toLowerCase(), k]));

/** A JSON string or a JSON number, so numbers outside strings can be quoted. */
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * The digits of an integer written as JSON number source text or as a string; null if it is
 * not an integer.
 * @param {string} text
 * @returns {string | null}
 */
function integerDigits(text) {
  const m = /^\s*(-?)0*(\d+?)(?:\.0+)?\s*$/.exec(text);
  if (!m) return null;
  return m[2] === '0' ? '0' : `${m[1]}${m[2]}`;
}

/**
 * @param {string} text the raw body
 * @returns {{ ok: true, request: HistoryRequest } | { ok: false, message: string }}
 */
export function parseHistoryRequest(text) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The request body is not valid JSON.' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'The request body must be a JSON object.' };
  }
  /** @type {Record<string, unknown>} the same object with every number as its source text */
  const exact = JSON.parse(text.replace(TOKENS, (t) => (t.startsWith('"') ? t : `"${t}"`)));
  /** @type {Record<string, string | number | boolean>} */
  const request = {};
  for (const [rawKey, v] of Object.entries(value)) {
    const key = CANONICAL.get(rawKey.toLowerCase());
    if (!key || v === null || v === undefined) continue;
    const source = exact[rawKey];
    if (IDS.includes(key) || COUNTS.includes(key)) {
      const digits = typeof source === 'string' ? integerDigits(source) : null;
      if (digits === null) return { ok: false, message: `${key} must be an integer.` };
      if (COUNTS.includes(key)) request[key] = Number(digits);
      else if (digits !== '0') request[key] = digits;
    } else if (FLAGS.includes(key)) {
      if (v === true || v === 'true') request[key] = true;
      else if (v === false || v === 'false') request[key] = false;
      else return { ok: false, message: `${key} must be true or false.` };
    } else if (typeof v === 'string' || typeof v === 'number') {
      const s = typeof v === 'string' ? v : String(source);
      if (s !== '') request[key] = s;
    } else {
      return { ok: false, message: `${key} must be a string.` };
    }
  }
  return { ok: true, request: /** @type {HistoryRequest} */ (request) };
}

/**
 * Reads the whole body of a request as UTF-8, up to `limit` bytes.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<string | null>} null when the body is too large
 */
export async function readBody(req, limit = 64 * 1024) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk); // past the limit, keep reading so an answer can still be sent
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}
