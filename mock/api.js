// @ts-check
/**
 * The mock OperationHistory endpoint as a request handler for any Node HTTP server, with
 * CORS, optional bearer auth, paging bases and seeded fault injection.
 */
import { parseHistoryRequest, readBody } from './body.js';
import { decide, parseFaults } from './faults.js';
import { answerHistory, errorJson } from './history.js';
import { hash32 } from './prng.js';
import { htmlErrorPage, send, sleep, sendText } from './send.js';

/** @typedef {import('./faults.js').FaultSpec} FaultSpec */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @typedef {object} MockApiOptions
 * @property {string} [base]        path prefix, default '/api'
 * @property {0 | 1 | 'short'} [startBase]  how `Start` is read, default 1
 * @property {number | string} [latency]   ms, or a range '50-400'
 * @property {string | FaultSpec} [faults] faults for every request, e.g. 'fail=0.1;seed=3'
 * @property {boolean} [auth]       require a bearer token, as the platform's `[Authorize]` does (see `authorization`)
 * @property {boolean} [log]        print one line per request
 * @property {number} [now]         epoch ms histories are generated against
 * @property {readonly string[]} [siteCodes]  accepted SiteCode values (default: catalog.js)
 */

/** `[/mock][/<fault spec>...]/client/OperationHistory`, case-insensitive like the platform's routes. */
const ENDPOINT = /^((?:\/[^/]+)*?)\/client\/operationhistory\/?$/i;
const RESET = /^\/mock\/reset\/?$/i;
/** How long a drop owed to a silently resent request is remembered. */
const RESEND_WINDOW = 10_000;

/**
 * What the platform's `[Authorize]` says to a request: the bearer token goes in `Authorization`,
 * or in `Mloyalty-Authorization` (which the platform copies over `Authorization`, for proxies
 * that strip that header), as `Bearer <jwt>`. None, or `Bearer expired`: 401. `Bearer refused`:
 * authenticated but refused, 403. Any other token is accepted.
 * @param {IncomingMessage} req
 * @returns {200 | 401 | 403}
 */
export function authorization(req) {
  const header = req.headers['mloyalty-authorization'] ?? req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)\s*$/i.exec(String(header))?.[1];
  return token === undefined || token === 'expired' ? 401 : token === 'refused' ? 403 : 200;
}

/**
 * @param {MockApiOptions} [options]
 * @returns {{ handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>, reset(): void }}
 */
export function createMockApi(options = {}) {
  const base = (options.base ?? '/api').replace(/\/+$/, '');
  /** @type {FaultSpec} */
  const serverSpec = typeof options.faults === 'string' ? parseFaults(options.faults) : { ...options.faults };
  if (options.latency !== undefined) Object.assign(serverSpec, parseFaults(`latency=${options.latency}`));
  if (options.auth) serverSpec.auth = true;
  /** @type {0 | 1 | 'short'} */
  const startBase = options.startBase ?? 1;
  /** requests seen per fault spec, for the seeded decisions */
  const counters = new Map();
  /** growing members: requests seen and rows grown, per token */
  const growth = new Map();
  /** drops owed to requests Chromium will resend after we closed a reused connection */
  const owedDrops = new Map();
  /** sockets that have carried a request, to tell a reused keep-alive connection */
  const seen = new WeakSet();

  function reset() {
    counters.clear();
    growth.clear();
    owedDrops.clear();
  }

  /**
   * New rows on top so far for this member under this spec: `grow` per request after the first,
   * or for the growing member 1-3. Counted per spec text, so that tests do not share a history.
   * @param {import('./data.js').Member} member @param {FaultSpec} spec @param {string} key
   */
  function grown(member, spec, key) {
    if (!member.growing && !spec.grow) return 0;
    const id = `${key}|${member.token}`;
    const s = growth.get(id) ?? { requests: 0, rows: 0 };
    s.requests++;
    if (s.requests > 1) s.rows += spec.grow ?? 1 + (hash32(`${member.token}:${s.requests}`) % 3);
    growth.set(id, s);
    return s.rows;
  }

  /**
   * Closes the connection without an answer. Chromium resends a request whose reused keep-alive
   * connection closed unanswered, so a drop on a reused socket is owed to the resent copy too.
   * @param {IncomingMessage} req @param {boolean} reused @param {string} key
   */
  function drop(req, reused, key) {
    if (reused) owedDrops.set(key, Date.now() + RESEND_WINDOW);
    else owedDrops.delete(key);
    req.socket.destroy();
  }

  /** @param {IncomingMessage} req @param {ServerResponse} res */
  async function handle(req, res) {
    const reused = seen.has(req.socket);
    seen.add(req.socket);
    const url = new URL(req.url ?? '/', 'http://mock');
    const path = url.pathname;
    if (path !== base && !path.startsWith(`${base}/`)) return false;
    const rest = path.slice(base.length);
    const started = Date.now();
    /** @param {string} what */
    const log = (what) => options.log && console.log(`[mock] ${req.method} ${path} -> ${what} (${Date.now() - started} ms)`);

    if (RESET.test(rest)) {
      if (req.method === 'POST') reset();
      const status = req.method === 'POST' || req.method === 'OPTIONS' ? 204 : 405;
      await sendText(res, status, '', { Allow: 'POST, OPTIONS' });
      log(String(status));
      return true;
    }
    const match = ENDPOINT.exec(rest);
    if (!match) return false;
    if (req.method === 'OPTIONS') {
      await sendText(res, 204, '', { 'Access-Control-Max-Age': '60' });
      return true;
    }
    const segments = (match[1] ?? '').split('/').filter((s) => s !== '' && s.toLowerCase() !== 'mock');
    /** @type {FaultSpec} */
    let spec;
    try {
      spec = { ...serverSpec, ...parseFaults(segments.map((s) => decodeURIComponent(s)).join(';')) };
    } catch (e) {
      await sendText(res, 400, `Bad fault spec: ${e instanceof Error ? e.message : e}`);
      log('400 bad fault spec');
      return true;
    }
    if (req.method !== 'POST') {
      await sendText(res, 405, 'Use POST.', { Allow: 'POST, OPTIONS' });
      log('405');
      return true;
    }

    const body = await readBody(req);
    const dropKey = `${path} ${body}`;
    for (const [k, until] of owedDrops) if (until <= Date.now()) owedDrops.delete(k);
    if (owedDrops.has(dropKey)) {
      drop(req, reused, dropKey);
      log('dropped again (resent request)');
      return true;
    }
    const key = match[1] ?? '';
    const counter = counters.get(key) ?? 0;
    counters.set(key, counter + 1);
    const { latency, fault, retryAfter } = decide(spec, counter);
    await sleep(latency);

    if (spec.status !== undefined) {
      const text = spec.status === 204 ? '' : JSON.stringify({ Message: `Mock status ${spec.status}` });
      await send(res, spec.status, 'application/json; charset=utf-8', text, spec);
    } else if (spec.redirect !== undefined) {
      // To the plain endpoint on the other loopback name: another origin, as a hijacked proxy would send.
      const host = req.headers.host ?? '127.0.0.1';
      const other = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host.replace(/^[^:]+/, 'localhost');
      await sendText(res, spec.redirect, '', { Location: `http://${other}${base}/client/OperationHistory` }, spec);
    } else if (fault === 'drop') {
      drop(req, reused, dropKey);
    } else if (fault === '503') {
      await sendText(res, 503, 'Service Unavailable', { 'Retry-After': retryAfter }, spec);
    } else if (fault === 'html') {
      await send(res, 200, 'text/html; charset=utf-8', htmlErrorPage(), spec);
    } else if (spec.auth && authorization(req) === 401) {
      // ASP.NET Web API's own answer for [Authorize] without a valid bearer token.
      const text = JSON.stringify({ Message: 'Authorization has been denied for this request.' });
      await send(res, 401, 'application/json; charset=utf-8', text, spec, { 'WWW-Authenticate': 'Bearer' });
    } else if (spec.auth && authorization(req) === 403) {
      await send(res, 403, '', '', spec);
    } else if (body === null) {
      await sendText(res, 413, 'The request body is too large.', {}, spec);
    } else {
      const parsed = parseHistoryRequest(body);
      if (!parsed.ok) {
        await send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ Message: parsed.message }), spec);
      } else {
        const json = spec.error
          ? errorJson(spec.error)
          : answerHistory(parsed.request, {
              startBase: spec.base ?? startBase, now: options.now, siteCodes: options.siteCodes, grown: (m) => grown(m, spec, key),
              rows: spec.history, ignoreLength: spec.ignoreLength, longString: spec.longString,
            });
        const text = fault === 'truncate' ? json.slice(0, Math.floor(json.length / 2)) : json;
        await send(res, 200, 'application/json; charset=utf-8', text, spec);
      }
    }
    log(fault === 'drop' && spec.status === undefined ? 'dropped' : `${res.statusCode}${fault ? ` (${fault})` : ''}`);
    return true;
  }

  return { handle, reset };
}
