// A history that grows while it is read, long enough to time appends at 5,000 rows: member
// 1002's 10,000 operations with the newest HELD_BACK of them not yet arrived. The first request
// of a reader sees the rest; every later one first lets 1-3 more arrive at the top, so `Rows`
// grows on every page and offsets shift by as much, like the mock's growing member 1004 (whose
// history is only 40 rows long). `Start` is 1-based, as on the mock the benchmark serves.
// Served under `/grow/<reader>/client/OperationHistory`; each reader id has its own history.
import { parseHistoryRequest, readBody } from '../../mock/body.js';
import { getOperations, memberByToken } from '../../mock/data.js';
import { pageRange } from '../../mock/history.js';
import { send } from '../../mock/send.js';

const TOKEN = '1002';
/** More than 3 rows for each page of the longest read (5,200 rows in pages of 100). */
const HELD_BACK = 300;
const ROUTE = /^\/grow\/([\w-]+)\/client\/operationhistory\/?$/i;
const INTEGERS = new Set(['Id', 'Pos', 'BonusId', 'ChequeId', 'Parent', 'OrderId']);

/** Each operation as JSON text, integer ids as numbers (member 1002's ids are below 2^53). */
function operationTexts() {
  return getOperations(TOKEN).map((op) =>
    JSON.stringify(op, (key, value) => {
      if (!INTEGERS.has(key) || typeof value !== 'string') return value;
      const n = Number(value);
      if (!Number.isSafeInteger(n)) throw new Error(`${key} ${value} is not exact as a number`);
      return n;
    }),
  );
}

export function createGrowingApi() {
  const member = memberByToken(TOKEN);
  if (!member) throw new Error(`No member ${TOKEN} in the mock`);
  const head = `{"Client":${member.client},"Phone":${member.phone},"Card":${member.card}`;
  const ops = operationTexts();
  /** requests seen per reader id */
  const requests = new Map();

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const match = ROUTE.exec(new URL(req.url ?? '/', 'http://bench').pathname);
    if (!match) return false;
    const body = await readBody(req);
    const parsed = body === null ? { ok: false, message: 'The request body is too large.' } : parseHistoryRequest(body);
    if (!parsed.ok || !('request' in parsed) || parsed.request.Token !== TOKEN) {
      const message = 'message' in parsed ? parsed.message : `Only Token ${TOKEN} grows here.`;
      await send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ Message: message }));
      return true;
    }
    const reader = match[1] ?? '';
    const n = (requests.get(reader) ?? 0) + 1;
    requests.set(reader, n);
    // Before each request after the first, 1-3 new operations have arrived.
    let arrived = 0;
    for (let k = 2; k <= n; k++) arrived += 1 + (k % 3);
    const visible = ops.slice(Math.max(0, HELD_BACK - arrived));
    const q = parsed.request;
    const [from, to] = pageRange(q.Start ?? 0, q.Length ?? 0, 1);
    const text = `${head},"Rows":${visible.length},"Operations":[${visible.slice(from, to).join(',')}],"ErrorCode":0,"Message":null}`;
    await send(res, 200, 'application/json; charset=utf-8', text);
    return true;
  }

  return { handle };
}
