// @ts-check
/**
 * Fault injection. A spec is `key=value` pairs separated by `;` (or `&`), e.g.
 * `latency=50-400;fail=0.3;seed=7`, given per server (option `faults`) or per request as a path
 * segment before `/client/OperationHistory`. Random choices are seeded: request number n of a
 * spec with seed s is decided by the same draws on every run. Besides faults, a spec can make a
 * server that misbehaves in other ways: a history growing between pages, an answer ignoring
 * `Length`, a very long string, a redirect.
 */
import { Rng, hash32 } from './prng.js';

/**
 * @typedef {object} FaultSpec
 * @property {[number, number]} [latency]  delay before answering, ms (min, max)
 * @property {number} [slowFirstByte]      further delay before the status line, ms
 * @property {number} [slowBody]           headers at once, the body this many ms later
 * @property {number} [fail]               share of requests answered 503 (Retry-After 0 or 1)
 * @property {number} [drop]               share of requests whose connection is closed unanswered
 * @property {number} [truncate]           share answered 200 with the JSON cut in half
 * @property {number} [html]               share answered 200 with an HTML error page
 * @property {number} [mix]                share failing with a seeded mix of 503/drop/truncate/html
 * @property {0 | 1 | 'short'} [base]      how `Start` is read (see api.js)
 * @property {boolean} [auth]              require a bearer token (`Authorization` or `Mloyalty-Authorization`): 401/403 as the platform
 * @property {number} [status]             always answer this HTTP status
 * @property {number} [error]              always answer this business ErrorCode
 * @property {number} [seed]               seed of the random choices (default 0)
 * @property {number} [grow]               this many new operations on top before every request but the first
 * @property {number} [history]            the member's history has this many operations
 * @property {boolean} [ignoreLength]      every row from `Start` on, whatever `Length` says
 * @property {number} [longString]         the first row of each page has a `Note` of this many characters
 * @property {number} [redirect]           answer with this 3xx status, `Location` on another origin
 */

/** @typedef {'503' | 'drop' | 'truncate' | 'html'} Fault */

/** @param {string} key @param {string} v */
function rate(key, v) {
  const x = Number(v);
  if (v === '' || !(x >= 0 && x <= 1)) throw new Error(`${key} must be a share between 0 and 1, got "${v}"`);
  return x;
}

/** @param {string} key @param {string} v @param {number} [max] */
function whole(key, v, max = 600_000) {
  const x = Number(v);
  if (!/^\d+$/.test(v) || x > max) throw new Error(`${key} must be a whole number up to ${max}, got "${v}"`);
  return x;
}

/** @type {Record<string, (spec: FaultSpec, v: string) => void>} */
const KEYS = {
  latency(spec, v) {
    const [lo, hi = lo] = v.split('-');
    const min = whole('latency', lo ?? '');
    const max = whole('latency', hi ?? '');
    if (max < min) throw new Error(`latency range "${v}" is upside down`);
    spec.latency = [min, max];
  },
  'slow-first-byte': (spec, v) => void (spec.slowFirstByte = whole('slow-first-byte', v)),
  'slow-body': (spec, v) => void (spec.slowBody = whole('slow-body', v)),
  fail: (spec, v) => void (spec.fail = rate('fail', v)),
  drop: (spec, v) => void (spec.drop = rate('drop', v)),
  truncate: (spec, v) => void (spec.truncate = rate('truncate', v)),
  html: (spec, v) => void (spec.html = rate('html', v)),
  mix: (spec, v) => void (spec.mix = rate('mix', v)),
  base(spec, v) {
    if (v !== '0' && v !== '1' && v !== 'short') throw new Error(`base must be 0, 1 or short, got "${v}"`);
    spec.base = v === 'short' ? 'short' : v === '0' ? 0 : 1;
  },
  auth: (spec, v) => void (spec.auth = v !== '0' && v !== 'false'),
  status(spec, v) {
    const x = whole('status', v, 599);
    if (x < 200) throw new Error(`status must be 200..599, got "${v}"`);
    spec.status = x;
  },
  error: (spec, v) => void (spec.error = whole('error', v, 1_000_000)),
  seed: (spec, v) => void (spec.seed = whole('seed', v, 2 ** 32 - 1)),
  grow: (spec, v) => void (spec.grow = whole('grow', v, 1000)),
  history: (spec, v) => void (spec.history = whole('history', v, 200_000)),
  'ignore-length': (spec, v) => void (spec.ignoreLength = v !== '0' && v !== 'false'),
  'long-string': (spec, v) => void (spec.longString = whole('long-string', v, 50_000_000)),
  redirect(spec, v) {
    const x = whole('redirect', v, 399);
    if (![301, 302, 303, 307, 308].includes(x)) throw new Error(`redirect must be 301, 302, 303, 307 or 308, got "${v}"`);
    spec.redirect = x;
  },
};

/** The keys a spec may use. */
export const FAULT_KEYS = Object.keys(KEYS);

/**
 * Parses `latency=200;fail=0.3;seed=7`. A key without `=` means `=1` (`auth`).
 * @param {string} text
 * @returns {FaultSpec}
 * @throws {Error} naming the bad key or value
 */
export function parseFaults(text) {
  /** @type {FaultSpec} */
  const spec = {};
  for (const part of text.split(/[;&]/)) {
    const item = part.trim();
    if (item === '') continue;
    const eq = item.indexOf('=');
    const key = (eq < 0 ? item : item.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '1' : item.slice(eq + 1).trim();
    const apply = KEYS[key];
    if (!apply) throw new Error(`unknown fault "${key}"; known: ${FAULT_KEYS.join(', ')}`);
    apply(spec, value);
  }
  return spec;
}

/**
 * What happens to request number `counter` (0, 1, 2, ...) under `spec`.
 * @param {FaultSpec} spec
 * @param {number} counter
 * @returns {{ latency: number, fault: Fault | null, retryAfter: '0' | '1' }}
 */
export function decide(spec, counter) {
  const rng = new Rng(hash32(`${spec.seed ?? 0}:${counter}`));
  const [min, max] = spec.latency ?? [0, 0];
  const latency = rng.int(min, max);
  const [drop, fail, truncate, html, mix, kind, retry] = Array.from({ length: 7 }, () => rng.next());
  /** @type {Fault | null} */
  let fault = null;
  if (drop < (spec.drop ?? 0)) fault = 'drop';
  else if (fail < (spec.fail ?? 0)) fault = '503';
  else if (truncate < (spec.truncate ?? 0)) fault = 'truncate';
  else if (html < (spec.html ?? 0)) fault = 'html';
  else if (mix < (spec.mix ?? 0)) {
    fault = /** @type {const} */ (['503', 'drop', 'truncate', 'html'])[Math.floor(kind * 4)] ?? '503';
  }
  return { latency, fault, retryAfter: retry < 0.5 ? '0' : '1' };
}
