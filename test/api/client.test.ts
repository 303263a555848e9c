/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { fetchHistoryPage, type ClientOptions } from '../../src/api/client.js';
import { HistoryError, isAbortError } from '../../src/api/errors.js';
import { buildRequestBody } from '../../src/api/request.js';
import type { HistoryQuery } from '../../src/api/types.js';

const ENDPOINT = 'https://api.example/api/client/OperationHistory';
const TOKEN = '4815162342987654321';
const QUERY: HistoryQuery = { token: TOKEN, siteCode: 'site-1', card: '1001' };
const OK = '{"ErrorCode":0,"Message":null,"Rows":1,"Operations":[{"Id":9007199254740993,"Amount":10}]}';

interface Call {
  readonly url: string;
  readonly init: RequestInit;
  readonly headers: Headers;
}
type Answer = (init: RequestInit) => Response | Promise<Response>;

const ok = (): Response => new Response(OK, { status: 200, headers: { 'Content-Type': 'application/json' } });
const status = (code: number, headers: HeadersInit = {}) => () => new Response('<h1>error</h1>', { status: code, headers });
const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));
/** Never answers; rejects when the request is aborted, like the real fetch. */
const hang: Answer = (init) =>
  new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason), { once: true }));

function stubFetch(...answers: Answer[]) {
  const calls: Call[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push({ url, init, headers: new Headers(init.headers) });
    const answer = answers.shift();
    if (!answer) return Promise.reject(new Error('unexpected extra request'));
    return Promise.resolve().then(() => answer(init));
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** Options that retry at once, recording each requested delay. */
function options(fetch: typeof globalThis.fetch, extra: Partial<ClientOptions> = {}) {
  const delays: number[] = [];
  const opts: ClientOptions = {
    endpoint: ENDPOINT,
    fetch,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...extra,
  };
  return { opts, delays };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

async function historyError(promise: Promise<unknown>): Promise<HistoryError> {
  const e = await rejection(promise);
  expect(e).to.be.instanceOf(HistoryError);
  return e as HistoryError;
}

/** Records timers that src/api creates, to show none is left pending. */
function trackTimers() {
  const pending = new Set<number>();
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  window.setTimeout = ((fn: () => void, ms?: number) => {
    const fromApi = /\/src\/api\//.test(new Error().stack ?? '');
    const id = realSet(() => {
      pending.delete(id);
      fn();
    }, ms);
    if (fromApi) pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    pending: () => pending.size,
    restore: () => Object.assign(window, { setTimeout: realSet, clearTimeout: realClear }),
  };
}

/** Counts the abort listeners currently on a signal. */
function countListeners(target: EventTarget, type: string) {
  const live = new Set<unknown>();
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (t: string, l: EventListenerOrEventListenerObject | null, o?: boolean | AddEventListenerOptions) => {
    if (t === type) {
      live.add(l);
      if (typeof o === 'object' && o.once) {
        add(t, () => live.delete(l), { once: true });
      }
      // A listener added with a signal is removed when the signal aborts.
      if (typeof o === 'object' && o.signal) o.signal.addEventListener('abort', () => live.delete(l), { once: true });
    }
    add(t, l, o);
  };
  target.removeEventListener = (t: string, l: EventListenerOrEventListenerObject | null, o?: boolean | EventListenerOptions) => {
    if (t === type) live.delete(l);
    remove(t, l, o);
  };
  return {
    count: () => live.size,
    restore: () => {
      delete (target as Partial<EventTarget>).addEventListener;
      delete (target as Partial<EventTarget>).removeEventListener;
    },
  };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('fetchHistoryPage', () => {
  it('POSTs the JSON body with the expected request options', async () => {
    const { fetch, calls } = stubFetch(() => ok());
    const page = await fetchHistoryPage(QUERY, 20, 10, options(fetch).opts, new AbortController().signal);
    expect(page.rows).to.equal(1);
    expect(page.operations[0]!.id).to.equal('9007199254740993');
    expect(calls).to.have.length(1);
    const { url, init, headers } = calls[0]!;
    expect(url).to.equal(ENDPOINT);
    expect(url).not.to.contain(TOKEN);
    expect(init).to.include({ method: 'POST', credentials: 'omit', cache: 'no-store', mode: 'cors', redirect: 'manual' });
    expect(init.body).to.equal(buildRequestBody(QUERY, 20, 10));
    expect(headers.get('Content-Type')).to.equal('application/json');
    expect(headers.get('Accept')).to.equal('application/json');
  });

  it('merges the headers provider, asked once with reason "initial"', async () => {
    const reasons: string[] = [];
    const { fetch, calls } = stubFetch(status(503), () => ok());
    const { opts } = options(fetch, {
      headers: async ({ reason }) => {
        reasons.push(reason);
        return { Authorization: 'Bearer abc' };
      },
    });
    await fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal);
    expect(reasons).to.deep.equal(['initial']);
    expect(calls.map((c) => c.headers.get('Authorization'))).to.deep.equal(['Bearer abc', 'Bearer abc']);
    expect(calls[0]!.headers.get('Content-Type')).to.equal('application/json');
  });

  it('awaits a provider that answers with a promise of another window (an iframe app, its parent page)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const { Promise: OtherPromise } = frame.contentWindow as Window & typeof globalThis;
      const { fetch, calls } = stubFetch(() => ok());
      const { opts } = options(fetch, { headers: () => new OtherPromise<HeadersInit>((resolve) => resolve({ Authorization: 'Bearer abc' })) });
      await fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal);
      expect(calls.map((c) => c.headers.get('Authorization'))).to.deep.equal(['Bearer abc']);
    } finally {
      frame.remove();
    }
  });

  it('asks for new headers after a 401 and retries once', async () => {
    const reasons: string[] = [];
    const { fetch, calls } = stubFetch(status(401), () => ok());
    const { opts, delays } = options(fetch, {
      headers: ({ reason }) => {
        reasons.push(reason);
        return { Authorization: reason === 'initial' ? 'Bearer old' : 'Bearer new' };
      },
    });
    const page = await fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal);
    expect(page.operations).to.have.length(1);
    expect(reasons).to.deep.equal(['initial', 'unauthorized']);
    expect(calls.map((c) => c.headers.get('Authorization'))).to.deep.equal(['Bearer old', 'Bearer new']);
    expect(delays).to.deep.equal([]);
  });

  it('gives up with HTTP 401 after a second 401', async () => {
    const { fetch, calls } = stubFetch(status(401), status(401));
    const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch, { headers: () => undefined }).opts, new AbortController().signal));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(401);
    expect(calls).to.have.length(2);
  });

  it('names the HTTP status and does not retry other 4xx', async () => {
    for (const code of [404, 400, 403]) {
      const { fetch, calls } = stubFetch(status(code));
      const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, new AbortController().signal));
      expect(e.kind).to.equal('http');
      expect(e.status).to.equal(code);
      expect(e.message).to.equal(`OperationHistory answered HTTP ${code}`);
      expect(calls).to.have.length(1);
    }
  });

  it('does not retry api errors or invalid responses', async () => {
    const api = stubFetch(() => new Response('{"ErrorCode":3,"Message":"Неверный токен"}'));
    const e1 = await historyError(fetchHistoryPage(QUERY, 0, 20, options(api.fetch).opts, new AbortController().signal));
    expect([e1.kind, e1.code, e1.message]).to.deep.equal(['api', 3, 'Неверный токен']);
    expect(api.calls).to.have.length(1);
    const html = stubFetch(() => new Response('<!DOCTYPE html><html><body>Login</body></html>', { status: 200 }));
    const e2 = await historyError(fetchHistoryPage(QUERY, 0, 20, options(html.fetch).opts, new AbortController().signal));
    expect(e2.kind).to.equal('invalid-response');
    expect(html.calls).to.have.length(1);
  });

  it('retries 5xx, 429, network errors and timeouts, then succeeds', async () => {
    const { fetch, calls } = stubFetch(status(500), status(429), networkDown, hang, () => ok());
    const { opts, delays } = options(fetch, { timeoutMs: 30, retry: { retries: 4 } });
    const page = await fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal);
    expect(page.rows).to.equal(1);
    expect(calls).to.have.length(5);
    expect(delays).to.have.length(4);
  });

  it('backs off exponentially with jitter and stops after `retries`', async () => {
    const { fetch, calls } = stubFetch(status(503), status(503), status(503), status(503), status(503));
    const seen: number[] = [];
    const { opts, delays } = options(fetch, {
      retry: { retries: 4, baseDelayMs: 100, maxDelayMs: 1000 },
      onRetry: ({ attempt, error }) => seen.push(attempt * 1000 + (error.status ?? 0)),
    });
    const e = await historyError(fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal));
    expect(e.status).to.equal(503);
    expect(e.message).to.equal('OperationHistory answered HTTP 503');
    expect(calls).to.have.length(5);
    expect(seen).to.deep.equal([1503, 2503, 3503, 4503]);
    // Equal jitter with random() = 0.5: three quarters of 100, 200, 400, 800.
    expect(delays).to.deep.equal([75, 150, 300, 600]);
  });

  it('uses 3 retries, 500 ms base and an 8 s ceiling by default', async () => {
    const { fetch, calls } = stubFetch(...Array.from({ length: 4 }, () => networkDown));
    const { opts, delays } = options(fetch, { random: () => 0.999999 });
    const e = await historyError(fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal));
    expect(e.kind).to.equal('network');
    expect(calls).to.have.length(4);
    expect(delays).to.deep.equal([500, 1000, 2000]);
    const many = stubFetch(...Array.from({ length: 7 }, () => networkDown));
    const capped = options(many.fetch, { random: () => 0, retry: { retries: 6 } });
    await historyError(fetchHistoryPage(QUERY, 0, 20, capped.opts, new AbortController().signal));
    expect(capped.delays).to.deep.equal([250, 500, 1000, 2000, 4000, 4000]);
  });

  it('honours Retry-After in seconds and as an HTTP date, capped at 30 s', async () => {
    const inFive = new Date(Date.now() + 5000).toUTCString();
    const { fetch } = stubFetch(status(429, { 'Retry-After': '2' }), status(503, { 'Retry-After': inFive }), status(503, { 'Retry-After': '3600' }), () => ok());
    const { opts, delays } = options(fetch);
    await fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal);
    expect(delays[0]).to.equal(2000);
    expect(delays[1]).to.be.within(3000, 5000);
    expect(delays[2]).to.equal(30000);
  });

  it('never waits less than the backoff, whatever Retry-After says: "0" does not retry at once', async () => {
    const { fetch } = stubFetch(status(503, { 'Retry-After': '0' }), status(503, { 'Retry-After': '0' }), status(503, { 'Retry-After': '0' }), () => ok());
    const { opts, delays } = options(fetch, { random: () => 0 });
    await fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal);
    expect(delays).to.deep.equal([250, 500, 1000]);
  });

  it('reports a timeout', async () => {
    const { fetch } = stubFetch(hang);
    const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch, { timeoutMs: 30, retry: { retries: 0 } }).opts, new AbortController().signal));
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.contain('30 ms');
  });

  it('reports a refused connection from the real fetch as a network error', async () => {
    const e = await historyError(
      fetchHistoryPage(QUERY, 0, 20, { endpoint: 'http://127.0.0.1:9/api/client/OperationHistory', retry: { retries: 0 } }, new AbortController().signal),
    );
    expect(e.kind).to.equal('network');
  });

  it('is accepted by the real fetch (an unknown path on the test server is an http error)', async () => {
    const e = await historyError(
      fetchHistoryPage(QUERY, 0, 20, { endpoint: `${location.origin}/no-such-api/client/OperationHistory`, retry: { retries: 0 } }, new AbortController().signal),
    );
    expect(e.kind).to.equal('http');
    expect(e.status).to.be.within(400, 499);
  });

  it('rejects with the abort reason when aborted during fetch, leaving nothing behind', async () => {
    const timers = trackTimers();
    const controller = new AbortController();
    const listeners = countListeners(controller.signal, 'abort');
    try {
      const { fetch, calls } = stubFetch(hang);
      const promise = fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, controller.signal);
      await tick();
      expect(calls).to.have.length(1);
      controller.abort();
      const e = await rejection(promise);
      expect(isAbortError(e)).to.equal(true);
      expect(e).not.to.be.instanceOf(HistoryError);
      expect(calls[0]!.init.signal!.aborted).to.equal(true);
      expect(timers.pending()).to.equal(0);
      expect(listeners.count()).to.equal(0);
    } finally {
      timers.restore();
      listeners.restore();
    }
  });

  it('rejects with the abort reason when aborted during backoff, leaving nothing behind', async () => {
    const timers = trackTimers();
    const controller = new AbortController();
    const listeners = countListeners(controller.signal, 'abort');
    try {
      const { fetch, calls } = stubFetch(status(503));
      let retried!: () => void;
      const retrying = new Promise<void>((r) => (retried = r));
      const opts: ClientOptions = { endpoint: ENDPOINT, fetch, retry: { baseDelayMs: 60_000 }, onRetry: () => retried() };
      const promise = fetchHistoryPage(QUERY, 0, 20, opts, controller.signal);
      await retrying;
      expect(timers.pending()).to.equal(1); // the backoff timer
      const reason = new DOMException('left the page', 'AbortError');
      controller.abort(reason);
      expect(await rejection(promise)).to.equal(reason);
      expect(timers.pending()).to.equal(0);
      expect(listeners.count()).to.equal(0);
      expect(calls).to.have.length(1);
    } finally {
      timers.restore();
      listeners.restore();
    }
  });

  it('rejects with the abort reason even when a custom fetch ignores the signal', async () => {
    const controller = new AbortController();
    let asked = false;
    const deaf = (async () => {
      asked = true;
      return new Promise<Response>(() => {});
    }) as typeof globalThis.fetch;
    const promise = fetchHistoryPage(QUERY, 0, 20, options(deaf).opts, controller.signal);
    await tick();
    expect(asked).to.equal(true);
    const reason = new DOMException('left the page', 'AbortError');
    controller.abort(reason);
    expect(await rejection(promise)).to.equal(reason);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { fetch, calls } = stubFetch(() => ok());
    const e = await rejection(fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, AbortSignal.abort()));
    expect(isAbortError(e)).to.equal(true);
    expect(calls).to.have.length(0);
  });

  describe('offline', () => {
    let online = true;
    beforeEach(() => {
      online = true;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    });
    afterEach(() => {
      delete (navigator as { onLine?: boolean }).onLine;
    });

    it('waits for the online event instead of spending retries', async () => {
      online = false;
      const { fetch, calls } = stubFetch(() => ok());
      const { opts, delays } = options(fetch, { retry: { retries: 0 } });
      const promise = fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal);
      await tick(20);
      expect(calls).to.have.length(0);
      online = true;
      window.dispatchEvent(new Event('online'));
      expect((await promise).rows).to.equal(1);
      expect(calls).to.have.length(1);
      expect(delays).to.deep.equal([]);
    });

    it('does not spend a retry on a request that failed because the device went offline', async () => {
      const { fetch, calls } = stubFetch(() => {
        online = false;
        return networkDown();
      }, () => ok());
      const promise = fetchHistoryPage(QUERY, 0, 20, options(fetch, { retry: { retries: 0 } }).opts, new AbortController().signal);
      await tick(20);
      expect(calls).to.have.length(1);
      online = true;
      window.dispatchEvent(new Event('online'));
      expect((await promise).rows).to.equal(1);
    });

    it('stops waiting when aborted, removing its listeners', async () => {
      online = false;
      const windowListeners = countListeners(window, 'online');
      const controller = new AbortController();
      const abortListeners = countListeners(controller.signal, 'abort');
      try {
        const { fetch, calls } = stubFetch(() => ok());
        const promise = fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, controller.signal);
        await tick();
        expect(windowListeners.count()).to.equal(1);
        controller.abort();
        expect(isAbortError(await rejection(promise))).to.equal(true);
        expect(windowListeners.count()).to.equal(0);
        expect(abortListeners.count()).to.equal(0);
        expect(calls).to.have.length(0);
      } finally {
        windowListeners.restore();
        abortListeners.restore();
      }
    });
  });

  describe('redirects', () => {
    it('are not followed: a 3xx, or the opaque answer of the real fetch, is an http error saying so', async () => {
      for (const code of [301, 302, 303, 307, 308]) {
        const { fetch, calls } = stubFetch(() => new Response(null, { status: code, headers: { Location: 'https://elsewhere.example/steal' } }));
        const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, new AbortController().signal));
        expect(e.kind).to.equal('http');
        expect(e.status).to.equal(code);
        expect(e.message).to.equal(`OperationHistory redirected (HTTP ${code}); redirects are not followed, so the token goes nowhere else: set api-base to the final address`);
        expect(calls).to.have.length(1);
      }
      const opaque = Response.redirect('https://elsewhere.example/steal', 307);
      Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(opaque, 'status', { value: 0 });
      Object.defineProperty(opaque, 'ok', { value: false });
      const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(stubFetch(() => opaque).fetch).opts, new AbortController().signal));
      expect(e.kind).to.equal('http');
      expect(e.status).to.equal(undefined);
      expect(e.message).to.match(/^OperationHistory redirected; redirects are not followed/);
    });
  });

  describe('the headers provider', () => {
    for (const reason of ['initial', 'unauthorized'] as const) {
      it(`counts against the timeout: one that never settles (reason "${reason}") ends in a timeout error naming it`, async () => {
        const timers = trackTimers();
        try {
          const { fetch, calls } = stubFetch(status(401), () => ok());
          const asked: string[] = [];
          const opts = options(fetch, {
            timeoutMs: 40,
            retry: { retries: 1 },
            headers: (context) => {
              asked.push(context.reason);
              return context.reason === reason ? new Promise<HeadersInit>(() => {}) : { Authorization: 'Bearer a' };
            },
          }).opts;
          const e = await historyError(fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal));
          expect(e.kind).to.equal('timeout');
          expect(e.message).to.equal('the headers provider did not answer within 40 ms');
          expect(asked, 'asked again on the retry').to.deep.equal(reason === 'initial' ? ['initial', 'initial'] : ['initial', 'unauthorized', 'unauthorized']);
          expect(calls).to.have.length(reason === 'initial' ? 0 : 1);
          expect(timers.pending()).to.equal(0);
        } finally {
          timers.restore();
        }
      });
    }

    it('shares the timeout with the request it precedes', async () => {
      const { fetch } = stubFetch(hang);
      const started = performance.now();
      const opts = options(fetch, { timeoutMs: 120, retry: { retries: 0 }, headers: () => new Promise((r) => setTimeout(() => r({}), 80)) }).opts;
      const e = await historyError(fetchHistoryPage(QUERY, 0, 20, opts, new AbortController().signal));
      expect(e.kind).to.equal('timeout');
      expect(e.message).to.equal('OperationHistory did not answer within 120 ms');
      expect(performance.now() - started).to.be.below(195);
    });
  });

  describe('what a custom fetch gives back', () => {
    it('a value that is not a Response is a clear invalid-response error', async () => {
      for (const value of [undefined, null, '{"ErrorCode":0}', { ok: true, status: 200, text: async () => '{}' }]) {
        const fetch = (async () => value) as unknown as typeof globalThis.fetch;
        const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, new AbortController().signal));
        expect(e.kind, String(value)).to.equal('invalid-response');
        expect(e.message).to.equal('the fetch function gave something that is not a Response');
      }
    });

    it('a Response whose body fails with the token in its message gives an error without it', async () => {
      const body = new ReadableStream({ pull: (c) => c.error(new Error(`stream of ${TOKEN} broke`)) });
      const fetch = (async () => new Response(body, { status: 200 })) as typeof globalThis.fetch;
      const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch, { retry: { retries: 0 } }).opts, new AbortController().signal));
      expect(e.kind).to.equal('network');
      for (const text of [e.message, JSON.stringify(e.toDetail()), String(e.cause ?? '')]) expect(text).not.to.contain(TOKEN);
    });

    it("never uses the server's status text: it may hold anything", async () => {
      const fetch = (async () => new Response('', { status: 503, statusText: `Busy for ${TOKEN}` })) as typeof globalThis.fetch;
      const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch, { retry: { retries: 0 } }).opts, new AbortController().signal));
      expect(e.message).to.equal('OperationHistory answered HTTP 503');
    });
  });

  it('with a token that is also part of other numbers, messages stay whole: "HTTP 503" with token "5"', async () => {
    const query = { ...QUERY, token: '5' };
    const e = await historyError(fetchHistoryPage(query, 0, 20, options(stubFetch(status(503)).fetch, { retry: { retries: 0 } }).opts, new AbortController().signal));
    expect(e.message).to.equal('OperationHistory answered HTTP 503');
    const api = stubFetch(() => new Response('{"ErrorCode":3,"Message":"Токен 5 неверен (код 503, попытка 15)"}'));
    const a = await historyError(fetchHistoryPage(query, 0, 20, options(api.fetch).opts, new AbortController().signal));
    expect(a.message, "the platform's Message loses the token only where it stands as a number").to.equal('Токен … неверен (код 503, попытка 15)');
  });

  it('never puts the token in an error', async () => {
    const answers: Answer[] = [
      status(500), status(404), status(401), () => new Response(`<html>${TOKEN}</html>`), () => new Response('{"ErrorCode":3}'), networkDown, hang,
    ];
    const errors: HistoryError[] = [];
    for (const answer of answers) {
      const { fetch } = stubFetch(answer, answer);
      errors.push(await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch, { timeoutMs: 20, retry: { retries: 0 } }).opts, new AbortController().signal)));
    }
    const failingProvider = options(stubFetch().fetch, {
      headers: () => {
        throw new Error(`could not refresh ${TOKEN}`);
      },
    });
    errors.push(await historyError(fetchHistoryPage(QUERY, 0, 20, failingProvider.opts, new AbortController().signal)));
    expect(errors.map((e) => e.kind)).to.deep.equal(['http', 'http', 'http', 'invalid-response', 'api', 'network', 'timeout', 'config']);
    for (const e of errors) {
      const seen = [e.message, e.stack ?? '', JSON.stringify(e.toDetail()), String(e.cause ?? ''), JSON.stringify(Object.entries(e))];
      for (const text of seen) expect(text, `${e.kind}: ${text}`).not.to.contain(TOKEN);
    }
  });

  describe('reads the body as it streams', () => {
    /** A body of `pieces` sent one per read; `then` runs when they are all sent and keeps the stream open unless it closes it. */
    function streamed(pieces: (string | Uint8Array)[], onCancel: () => void = () => {}, close = true): ReadableStream<Uint8Array> {
      const left = pieces.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
      return new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            const next = left.shift();
            if (next) controller.enqueue(next);
            else if (close) controller.close();
            else return new Promise(() => {}); // the rest never comes
            return undefined;
          },
          cancel: onCancel,
        },
        { highWaterMark: 0 },
      );
    }

    it('reads 64-bit ids and text exactly across chunk boundaries inside numbers, escapes and characters', async () => {
      const bytes = new TextEncoder().encode('{"ErrorCode":0,"Rows":1,"Operations":[{"Id":9007199254740993,"PartnerName":"Кофейня \\"Ж\\\\\\" №1","Amount":10}]}');
      const pieces = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.slice(i * 3, i * 3 + 3));
      const fetch = (async () => new Response(streamed(pieces))) as typeof globalThis.fetch;
      const page = await fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, new AbortController().signal);
      expect(page.operations[0]).to.include({ id: '9007199254740993', partnerName: 'Кофейня "Ж\\" №1', amount: 10 });
    });

    it('tells an HTML page from its start, without waiting for the rest of it', async () => {
      const fetch = (async () => new Response(streamed(['<!DOCTYPE html><html>', '<body>'.repeat(200)], undefined, false))) as typeof globalThis.fetch;
      const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch, { timeoutMs: 5000, retry: { retries: 0 } }).opts, new AbortController().signal));
      expect(e.message).to.equal('expected JSON from OperationHistory, got an HTML page');
    });

    it('a body that stops coming ends in a timeout, and the body is cancelled', async () => {
      let cancelled = false;
      const fetch = (async () => new Response(streamed(['{"ErrorCode":0,"Operations":['], () => void (cancelled = true), false))) as typeof globalThis.fetch;
      const e = await historyError(fetchHistoryPage(QUERY, 0, 20, options(fetch, { timeoutMs: 50, retry: { retries: 0 } }).opts, new AbortController().signal));
      expect(e.kind).to.equal('timeout');
      await tick();
      expect(cancelled, 'the body was cancelled').to.equal(true);
    });

    it('an abort while the body comes stops it: the body is cancelled', async () => {
      let cancelled = false;
      const controller = new AbortController();
      const fetch = (async () => new Response(streamed(['{"ErrorCode":0,"Operations":['], () => void (cancelled = true), false))) as typeof globalThis.fetch;
      const pending = fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, controller.signal);
      await tick(20);
      controller.abort();
      expect(isAbortError(await rejection(pending))).to.equal(true);
      await tick();
      expect(cancelled, 'the body was cancelled').to.equal(true);
    });

    it('a Response without a body stream (a custom fetch) is read with text()', async () => {
      class Plain extends Response {
        override get body(): null {
          return null;
        }
      }
      const fetch = (async () => new Plain(OK, { status: 200 })) as typeof globalThis.fetch;
      const page = await fetchHistoryPage(QUERY, 0, 20, options(fetch).opts, new AbortController().signal);
      expect(page.operations.map((o) => o.id)).to.deep.equal(['9007199254740993']);
    });
  });
});
