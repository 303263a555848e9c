/**
 * Privacy: one member's operations never show under another's token, the token goes nowhere
 * but the request body, and widgets for different members on one page stay apart.
 */
import { expect, waitUntil, aTimeout } from '@open-wc/testing';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { CountingFetch } from '../helpers/counting-fetch.js';
import { FakePlatform, json, makeRows } from '../helpers/fake-platform.js';
import type { ErrorDetail } from '../../src/api/errors.js';
import { alertOf, articles, container, duplicates, endShown, everythingShown, keysShown, mount, mountIn, retryButton, root, textOf } from '../helpers/widget.js';

const FAST_RETRY = { retries: 2, baseDelayMs: 5, maxDelayMs: 20 };
const NAMES: Record<string, string> = { '11': 'Анна', '22': 'Борис', '33': 'Вера' };
const tokenOf = (body: Record<string, unknown>) => String(body['Token']);

/** Rows of member `token`, whose partner names start with that member's name. */
const rowsOf = (token: string, n = 3) => makeRows(n, NAMES[token]);

/** Records the member names that ever appear in the rows, tagged with the token the widget had. */
function watchNames(el: LoyaltyHistory): { readonly seen: Set<string>; stop(): void } {
  const seen = new Set<string>();
  const check = () => {
    for (const a of articles(el)) for (const name of Object.values(NAMES)) if (textOf(a).includes(name)) seen.add(`${el.token}:${name}`);
  };
  const observer = new MutationObserver(check);
  observer.observe(root(el), { childList: true, subtree: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('privacy', () => {
  describe("one member's operations never appear under another's token", () => {
    /**
     * A platform whose n-th answer comes `delays[n-1]` ms after the request, even when the
     * request was aborted (as a proxy or a service worker might), so late answers really arrive.
     */
    function platform(delays: number[]) {
      const state = { asked: 0, inFlight: 0, answered: 0 };
      const fetch: typeof window.fetch = async (_input, init) => {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        const delay = delays[state.asked++] ?? 0;
        state.inFlight++;
        await new Promise((resolve) => setTimeout(resolve, delay));
        state.inFlight--;
        state.answered++;
        return json({ Rows: 3, ErrorCode: 0, Operations: rowsOf(tokenOf(body)) });
      };
      return Object.assign(state, { fetch });
    }

    async function switchAndCheck(delays: number[], tokens: string[]): Promise<void> {
      const p = platform(delays);
      const el = await mount({ token: tokens[0]! }, { fetch: p.fetch });
      const names = watchNames(el);
      for (const [i, t] of tokens.slice(1).entries()) {
        await waitUntil(() => p.asked === i + 1, `request ${i + 1} sent`, { interval: 1 });
        await aTimeout(5);
        el.token = t;
        await el.updateComplete;
      }
      await waitUntil(() => p.answered === tokens.length, 'every answer, late ones included, arrived', { timeout: 3000 });
      await aTimeout(50);
      names.stop();
      expect(p.asked, 'one request per token set').to.equal(tokens.length);
      const last = tokens.at(-1)!;
      expect([...names.seen].filter((s) => s.startsWith(`${last}:`)), 'names shown under the last token').to.deep.equal([`${last}:${NAMES[last]}`]);
      expect(articles(el)).to.have.length(3);
      expect(duplicates(keysShown(el))).to.deep.equal([]);
      for (const other of Object.values(NAMES).filter((n) => n !== NAMES[last])) expect(textOf(root(el))).to.not.contain(other);
    }

    it("A → B, A's answer arriving last", () => switchAndCheck([300, 20], ['11', '22']));
    it("A → B, B's answer arriving first and A's long after", () => switchAndCheck([500, 0], ['11', '22']));
    it('A → B → A quickly, answers in request order', () => switchAndCheck([100, 150, 200], ['11', '22', '11']));
    it('A → B → A quickly, answers in reverse order', () => switchAndCheck([300, 200, 20], ['11', '22', '11']));
    it('A → B → A quickly, the first A answer arriving after the second', () => switchAndCheck([250, 300, 50], ['11', '22', '11']));

    it("a later page of A's arriving after the switch to B is dropped", async () => {
      const p = new FakePlatform({
        base: 0,
        delay: (body) => (body['Start'] === 0 ? 0 : 250),
        respond: (body) => json({ Rows: 20, ErrorCode: 0, Operations: makeRows(20, NAMES[tokenOf(body)]).slice(Number(body['Start']), Number(body['Start']) + 10) }),
      });
      const el = await mount({ token: '11', 'page-size': '10', 'load-mode': 'button' }, { fetch: p.fetch });
      await waitUntil(() => articles(el).length === 10, "A's first page");
      root(el).querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
      await waitUntil(() => p.inFlight === 1, "A's second page asked");
      const names = watchNames(el);
      el.token = '22';
      await aTimeout(400);
      names.stop();
      expect([...names.seen]).to.deep.equal(['22:Борис']);
      expect(articles(el)).to.have.length(10);
    });
  });

  it('the token appears in no URL, console line, error message, event detail, or attribute of the widget', async () => {
    const TOKEN = '918273645501928374';
    const lines: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
    const saved = methods.map((m) => console[m]);
    for (const m of methods) {
      const original = console[m];
      console[m] = (...args: unknown[]) => {
        lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'object' ? safeJson(a) : String(a))).join(' '));
        original.apply(console, args);
      };
    }
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(`${e.message} ${String(e.error?.stack)}`);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason?.stack ?? e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // The answers, in turn: a page, HTTP 503 until the retries run out, an HTML page and a
    // business error that both echo the token, a dropped connection, a timeout, then the rest.
    const script: (() => Response | Promise<Response>)[] = [
      () => json({ Rows: 20, ErrorCode: 0, Operations: makeRows(20).slice(0, 10) }),
      ...Array.from({ length: 3 }, () => () => new Response(`Token ${TOKEN} unavailable`, { status: 503, statusText: `Busy ${TOKEN}` })),
      () => new Response(`<html><body>Token=${TOKEN}: maintenance</body></html>`, { status: 200, headers: { 'Content-Type': 'text/html' } }),
      // A server fault reported as a business error (ErrorCode 10): one the member may retry.
      () => json({ ErrorCode: 10, Message: `Ошибка получения данных по токену ${TOKEN}`, Operations: [] }),
      () => json(`{"ErrorCode":0,"Rows":20,"Token":${TOKEN},"Operations":[{"Id":`),
      ...Array.from({ length: 3 }, () => () => Promise.reject(new TypeError(`Failed to fetch ${TOKEN}`))),
      ...Array.from({ length: 3 }, () => () => new Promise<Response>(() => {})),
      () => json({ Rows: 20, ErrorCode: 0, Operations: makeRows(20).slice(10) }),
    ];
    const counter = new CountingFetch(async (_input, init) => {
      const next = script.shift();
      if (!next) throw new Error('no more answers scripted');
      const answer = next();
      return new Promise<Response>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
        Promise.resolve(answer).then(resolve, reject);
      });
    });
    const wrapper = await container();
    const details: string[] = [];
    const messages: string[] = [];
    const kinds: string[] = [];
    wrapper.addEventListener('loyalty-history-error', (e) => {
      details.push(safeJson(e.detail));
      messages.push(e.detail.message);
      kinds.push(e.detail.kind);
    });
    wrapper.addEventListener('loyalty-history-load', (e) => details.push(safeJson(e.detail)));
    const scans: string[] = [];
    const el = mountIn(wrapper, { token: TOKEN, 'page-size': '10', 'load-mode': 'button' }, { fetch: counter.fetch, retryPolicy: FAST_RETRY, timeout: 100 });
    try {
      await waitUntil(() => articles(el).length === 10, 'first page');
      root(el).querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
      await el.updateComplete;
      for (let i = 0; i < 6; i++) {
        await waitUntil(() => retryButton(el) !== null, `error ${i + 1} shown`, { timeout: 5000 });
        scans.push(...everythingShown(root(el)));
        retryButton(el)!.click();
        await el.updateComplete;
      }
      await waitUntil(() => articles(el).length === 20 && endShown(el), 'the rest', { timeout: 5000 });
      scans.push(...everythingShown(root(el)));
    } finally {
      methods.forEach((m, i) => (console[m] = saved[i]!));
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(kinds, 'every error path was met').to.deep.equal(['http', 'invalid-response', 'api', 'invalid-response', 'network', 'timeout']);
    // A platform fault (code 10) shows the fault sentence, never the exception's text with the token.
    expect(scans.some((t) => t.includes('Сбой на сервере программы лояльности')), 'the platform fault is explained').to.equal(true);
    expect(counter.bodies.every((b) => b.includes(`"Token":${TOKEN}`)), 'the token did travel, in the body').to.equal(true);
    expect(counter.urls.filter((u) => u.includes(TOKEN)), 'URLs').to.deep.equal([]);
    expect(lines.filter((l) => l.includes(TOKEN)), 'console lines').to.deep.equal([]);
    expect(uncaught.filter((l) => l.includes(TOKEN)), 'uncaught errors').to.deep.equal([]);
    expect(messages.filter((m) => m.includes(TOKEN)), 'error messages').to.deep.equal([]);
    expect(details.filter((d) => d.includes(TOKEN)), 'event details').to.deep.equal([]);
    expect(scans.filter((s) => s.includes(TOKEN)), 'shadow DOM attributes and text').to.deep.equal([]);
    const hostAttributes = [...el.attributes].filter((a) => a.name !== 'token' && a.value.includes(TOKEN));
    expect(hostAttributes.map((a) => a.name), "host attributes other than the host's own token").to.deep.equal([]);
    expect(el.getAttribute('token')).to.equal(TOKEN);
  });

  describe('errors from every path carry no token, and no message is mangled', () => {
    const TOKEN = '918273645501928374';

    /** Mounts a widget whose requests `fetch` answers, and returns its first error event. */
    async function firstError(token: string, fetch: typeof window.fetch, extra: Record<string, string> = {}, props: Partial<LoyaltyHistory> = {}) {
      const wrapper = await container();
      const errors: ErrorDetail[] = [];
      wrapper.addEventListener('loyalty-history-error', (e) => errors.push(e.detail));
      const el = mountIn(wrapper, { token, ...extra }, { fetch, retryPolicy: { retries: 0 }, ...props });
      await waitUntil(() => errors.length > 0 && alertOf(el) !== null, 'error shown', { timeout: 5000 });
      const shown = everythingShown(root(el));
      expect(root(el).querySelector('[part~="skeleton"]'), 'not left loading').to.equal(null);
      return { detail: errors[0]!, shown, el };
    }

    it('a custom fetch whose answer fails while being read, with the token in the failure', async () => {
      const body = new ReadableStream({ pull: (c) => c.error(new Error(`body of ${TOKEN} broke`)) });
      const { detail, shown } = await firstError(TOKEN, async () => new Response(body));
      expect(detail.kind).to.equal('network');
      expect(JSON.stringify(detail)).not.to.contain(TOKEN);
      expect(shown.filter((t) => t.includes(TOKEN))).to.deep.equal([]);
    });

    it('a custom fetch giving something that is not a Response', async () => {
      const fake = { ok: true, status: 200, text: async () => `{"Token":${TOKEN}}` };
      const { detail } = await firstError(TOKEN, (async () => fake) as unknown as typeof window.fetch);
      expect(detail.kind).to.equal('invalid-response');
      expect(detail.message).to.equal('the fetch function gave something that is not a Response');
    });

    it('token "5" and HTTP 503: the message stays "HTTP 503"', async () => {
      const { detail } = await firstError('5', async () => new Response('down', { status: 503, statusText: 'Token 5 busy' }));
      expect(detail.message).to.equal('OperationHistory answered HTTP 503');
      expect(detail.status).to.equal(503);
    });

    it('a redirect is not followed, so the body with the token goes nowhere else', async () => {
      const { detail, shown } = await firstError(TOKEN, (input, init) => window.fetch(input, init), { 'site-code': 'test', 'api-base': '/api/mock/redirect=307;seed=21' });
      expect(detail.kind).to.equal('http');
      expect(detail.message).to.match(/^OperationHistory redirected.*redirects are not followed, so the token goes nowhere else/);
      expect(shown.filter((t) => t.includes('Кофейня'))).to.deep.equal([]);
    });

    for (const when of ['initial', 'unauthorized'] as const) {
      it(`a headers provider that never settles (reason "${when}") ends in a timeout error naming it`, async () => {
        let calls = 0;
        const fetch: typeof window.fetch = async () => (calls++ === 0 && when === 'unauthorized' ? new Response('', { status: 401 }) : json({ Rows: 0, ErrorCode: 0, Operations: [] }));
        const headers: LoyaltyHistory['headers'] = ({ reason }) => (reason === when ? new Promise<HeadersInit>(() => {}) : { Authorization: 'Bearer x' });
        const { detail } = await firstError(TOKEN, fetch, { timeout: '300' }, { headers });
        expect(detail.kind).to.equal('timeout');
        expect(detail.message).to.equal('the headers provider did not answer within 300 ms');
      });
    }
  });

  it('three widgets with different tokens stay independent; an error in one does not touch the others', async () => {
    let brokenFor22 = true;
    const platform = new FakePlatform({
      base: 0,
      respond: (body) => {
        const token = tokenOf(body);
        if (token === '22' && brokenFor22) return new Response('down', { status: 500 });
        const all = makeRows(25, NAMES[token]);
        const start = Number(body['Start']);
        return json({ Rows: all.length, ErrorCode: 0, Operations: all.slice(start, start + Number(body['Length'])) });
      },
    });
    const wrapper = await container();
    const widgets = ['11', '22', '33'].map((token) => {
      const counter = new CountingFetch(platform.fetch);
      const el = mountIn(wrapper, { token, 'page-size': '10' }, { fetch: counter.fetch, retryPolicy: FAST_RETRY }, 'height:250px');
      return { token, el, counter, names: watchNames(el) };
    });
    const [a, b, c] = widgets as [typeof widgets[0], typeof widgets[0], typeof widgets[0]];
    await waitUntil(() => articles(a.el).length >= 10 && articles(c.el).length >= 10 && alertOf(b.el) !== null, 'A and C loaded, B failed');
    const before = [a.counter.calls, c.counter.calls];
    const shownA = keysShown(a.el);
    retryButton(b.el)!.click();
    await b.el.updateComplete;
    await waitUntil(() => retryButton(b.el) !== null, 'B failed again');
    await aTimeout(50);
    expect([a.counter.calls, c.counter.calls], "B's Retry asks only for B").to.deep.equal(before);
    expect(keysShown(a.el)).to.deep.equal(shownA);
    brokenFor22 = false;
    retryButton(b.el)!.click();
    await b.el.updateComplete;
    for (const w of widgets) {
      const box = root(w.el).querySelector<HTMLElement>('[part="scroller"]')!;
      await waitUntil(() => {
        box.scrollTop = box.scrollHeight;
        return endShown(w.el);
      }, `${w.token} read to the end`, { timeout: 5000 });
    }
    for (const w of widgets) {
      w.names.stop();
      expect([...w.names.seen], `names in widget ${w.token}`).to.deep.equal([`${w.token}:${NAMES[w.token]}`]);
      expect(articles(w.el)).to.have.length(25);
      expect(w.counter.bodies.every((body) => body.includes(`"Token":${w.token},`)), `widget ${w.token} asks only for its member`).to.equal(true);
    }
    expect(alertOf(a.el)).to.equal(null);
    expect(alertOf(c.el)).to.equal(null);
  });
});

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
