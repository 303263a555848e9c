// @ts-check
/**
 * Writing the mock's answers: CORS on every one, `Connection: close` so that no answer leaves a
 * keep-alive connection behind (a later dropped request on it would be silently resent by
 * Chromium and the fault would never reach the widget), and the slow-answer faults.
 */

/** Headers every answer carries: any origin may call the mock, like the platform. */
export const CORS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Mloyalty-Authorization',
  'Access-Control-Expose-Headers': 'Retry-After',
});

/** @param {number} ms */
export function sleep(ms) {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} type    Content-Type ('' for none: an empty body of no type)
 * @param {string} text    the body
 * @param {{ slowFirstByte?: number, slowBody?: number }} [timing]
 * @param {Record<string, string>} [headers]
 * @returns {Promise<void>}
 */
export async function send(res, status, type, text, timing = {}, headers = {}) {
  const payload = Buffer.from(text, 'utf8');
  await sleep(timing.slowFirstByte ?? 0);
  if (res.destroyed || res.headersSent) return;
  res.shouldKeepAlive = false;
  res.writeHead(status, {
    ...CORS,
    'Cache-Control': 'no-store',
    Connection: 'close',
    ...(status === 204 ? {} : { ...(type && { 'Content-Type': type }), 'Content-Length': String(payload.length) }),
    ...headers,
  });
  if (timing.slowBody) {
    res.flushHeaders();
    await sleep(timing.slowBody);
    if (res.destroyed) return;
  }
  await new Promise((resolve) => res.end(status === 204 ? undefined : payload, () => resolve(undefined)));
}

/**
 * A plain-text answer.
 * @param {import('node:http').ServerResponse} res @param {number} status @param {string} text
 * @param {Record<string, string>} [headers] @param {{ slowFirstByte?: number, slowBody?: number }} [timing]
 */
export function sendText(res, status, text, headers = {}, timing = {}) {
  return send(res, status, 'text/plain; charset=utf-8', text, timing, headers);
}

/** The kind of page a proxy or a hosting panel answers with status 200 instead of JSON. */
export function htmlErrorPage() {
  return `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Технические работы</title></head>
<body><h1>Сайт временно недоступен</h1><p>Ведутся технические работы. Попробуйте зайти позже.</p></body></html>
`;
}
