/**
 * Faults: an unreliable network and server, a server that answers nonsense, going offline,
 * and the element leaving and coming back. Nothing is lost, nothing shown twice, no loops.
 */
import { expect, waitUntil, aTimeout, nextFrame } from '@open-wc/testing';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { CountingFetch } from '../helpers/counting-fetch.js';
import { FakePlatform, json, makeRows, type FakeOperation } from '../helpers/fake-platform.js';
import { alertOf, articles, duplicates, endShown, idsShown, keysShown, mount, readToEnd, retryButton, root, scroller } from '../helpers/widget.js';

const FAST_RETRY = { retries: 3, baseDelayMs: 10, maxDelayMs: 40 };

/** The ids of a mock member's whole history, newest first, straight from the mock (no faults). */
async function mockIds(token: string): Promise<string[]> {
  const response = await fetch('/api/client/OperationHistory', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: `{"Token":${token},"SiteCode":"test","Start":1,"Length":0}`,
  });
  return [...(await response.text()).matchAll(/"Id":(\d+)/g)].map((m) => m[1]!);
}

/** Checks the rows after every change of the shadow DOM: no key and no id ever shown twice. */
function watchForDuplicates(el: LoyaltyHistory): { readonly seen: string[]; stop(): void } {
  const seen: string[] = [];
  const check = () => {
    const twice = [...duplicates(keysShown(el)), ...duplicates(idsShown(el).filter(Boolean))];
    if (twice.length) seen.push(...twice);
  };
  const observer = new MutationObserver(check);
  observer.observe(root(el), { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

/** Scrolls the widget's box to the bottom for `ms`, as a member flicking down would. */
async function scrollFor(el: LoyaltyHistory, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const box = scroller(el);
    box.scrollTop = box.scrollHeight;
    await nextFrame();
    await aTimeout(5);
  }
}

describe('faults', () => {
  it('soak: reads 1,000 rows to the end while 30% of requests fail, each row once and in order', async function () {
    this.timeout(180_000);
    const expected = await mockIds('1003');
    expect(expected).to.have.length(1000);
    const counter = new CountingFetch();
    const el = await mount(
      { token: '1003', 'site-code': 'test', 'page-size': '20', 'api-base': '/api/mock/mix=0.3;latency=0-50;seed=7' },
      { fetch: counter.fetch, retryPolicy: FAST_RETRY, timeout: 5000 },
      'height:400px',
    );
    const dupes = watchForDuplicates(el);
    let loads = 0;
    let errors = 0;
    const orderBreaks: string[] = [];
    el.addEventListener('loyalty-history-error', () => errors++);
    el.addEventListener('loyalty-history-load', () => {
      loads++;
      void el.updateComplete.then(() => {
        const ids = idsShown(el);
        if (ids.some((id, i) => id !== expected[i])) orderBreaks.push(`after load ${loads}: ${ids.length} rows`);
        const twice = duplicates(keysShown(el));
        if (twice.length) orderBreaks.push(`duplicates after load ${loads}: ${twice.join(',')}`);
      });
    });
    const started = performance.now();
    const presses = await readToEnd(el, { deadline: 150_000 });
    await el.updateComplete;
    dupes.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);

    const figures = {
      rows: articles(el).length,
      requests: counter.calls,
      failuresInjected: counter.faults,
      byKind: { http503: counter.count('http-error'), dropped: counter.count('rejected'), truncated: counter.count('truncated'), html: counter.count('html') },
      pagesReceived: loads,
      automaticRetries: counter.calls - loads - errors,
      errorsShown: errors,
      retryPresses: presses,
      seconds,
    };
    console.log(`soak figures: ${JSON.stringify(figures)}`);

    expect(idsShown(el)).to.deep.equal(expected);
    expect(dupes.seen, 'a duplicate was in the DOM').to.deep.equal([]);
    expect(orderBreaks).to.deep.equal([]);
    expect(counter.statuses.filter((s) => s !== 200 && s !== 503), 'only 200 and 503 answers').to.deep.equal([]);
    expect(counter.faults, 'the mock injected faults').to.be.greaterThan(20);
    expect(counter.count('truncated') + counter.count('html'), 'invalid responses were met').to.be.greaterThan(0);
    expect(presses, 'an invalid response is not retried by itself: Retry was needed').to.equal(errors);
    expect(presses).to.be.greaterThan(0);
    // Every request either brought a page or met an injected fault: none was wasted. With a
    // 1-based server each page after the first repeats one row, so a page adds at least 19.
    expect(counter.calls).to.equal(loads + counter.faults);
    expect(loads).to.be.at.most(Math.ceil(999 / 19) + 1);
    expect(counter.peak, 'one request at a time').to.equal(1);
  });

  describe('a server that answers nonsense ends or errors cleanly, with a bounded number of requests', () => {
    const rows = makeRows(45);
    const pageOf = (body: Record<string, unknown>) => rows.slice(Number(body['Start']), Number(body['Start']) + Number(body['Length']));

    async function run(respond: (body: Record<string, unknown>, n: number) => Response, maxRequests: number) {
      const platform = new FakePlatform({ rows, base: 0, respond });
      const el = await mount({ token: '1', 'page-size': '10' }, { fetch: platform.fetch, retryPolicy: FAST_RETRY }, 'height:300px');
      const dupes = watchForDuplicates(el);
      await scrollFor(el, 1500);
      dupes.stop();
      expect(platform.requests, 'requests').to.be.at.most(maxRequests);
      const ended = endShown(el) || alertOf(el) !== null || root(el).querySelector('[part~="empty"]') !== null;
      expect(ended, 'shows an end, an empty state or an error').to.equal(true);
      expect(root(el).querySelector('[part~="loading"]'), 'not stuck loading').to.equal(null);
      expect(dupes.seen).to.deep.equal([]);
      return { el, platform };
    }

    it('Rows negative: reads until a page brings nothing new', async () => {
      const { el } = await run((body) => json({ Rows: -5, ErrorCode: 0, Operations: pageOf(body) }), 6);
      expect(articles(el)).to.have.length(45);
      expect(endShown(el)).to.equal(true);
    });

    it('Rows smaller than the rows sent: stops after that page', async () => {
      const { el, platform } = await run((body) => json({ Rows: 3, ErrorCode: 0, Operations: pageOf(body) }), 1);
      expect(platform.requests).to.equal(1);
      expect(articles(el)).to.have.length(10);
    });

    it('the same page again and again: stops at the first page with nothing new, with an error (Rows says more)', async () => {
      const { el, platform } = await run(() => json({ Rows: 1000, ErrorCode: 0, Operations: rows.slice(0, 10) }), 2);
      expect(platform.requests).to.equal(2);
      expect(articles(el)).to.have.length(10);
      expect(alertOf(el)).to.exist;
    });

    it('a page of rows all seen before: stops there', async () => {
      const { el } = await run((body) => json({ Rows: 45, ErrorCode: 0, Operations: Number(body['Start']) >= 20 ? rows.slice(0, 10) : pageOf(body) }), 3);
      expect(articles(el)).to.have.length(20);
    });

    it('Rows huge and no operations: ends after trying Start 1 too (a 1-based server may answer Start 0 one short)', async () => {
      const { el, platform } = await run(() => json({ Rows: 1_000_000, ErrorCode: 0, Operations: [] }), 2);
      expect(platform.requests).to.equal(2);
      expect(alertOf(el), 'the count and the rows do not add up: an error, not "no operations"').to.exist;
      expect(articles(el)).to.have.length(0);
    });

    for (const total of [30, undefined]) {
      it(`the same id-less page again and again (Rows ${total}): stops at the first repeat`, async () => {
        const noIds = rows.slice(0, 10).map((r) => ({ ...r, Id: null }) as unknown as FakeOperation);
        const { el, platform } = await run(() => json({ Rows: total, ErrorCode: 0, Operations: noIds }), 2);
        expect(platform.requests).to.equal(2);
        expect(articles(el)).to.have.length(10);
      });
    }

    it('HTTP 500 forever: errors after the retries, and loops no further', async () => {
      const { el, platform } = await run(() => new Response('oops', { status: 500 }), 4);
      expect(platform.requests).to.equal(4);
      expect(retryButton(el)).to.exist;
    });
  });

  describe('offline and back', () => {
    let offline = false;
    beforeEach(() => {
      offline = false;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
    });
    afterEach(() => {
      delete (navigator as { onLine?: boolean }).onLine;
    });

    /** The fake platform behind a network that fails while `offline` is set; `calls` counts attempts. */
    function network(platform: FakePlatform): { fetch: typeof fetch; calls: () => number } {
      let calls = 0;
      const wrapped: typeof fetch = async (input, init) => {
        calls++;
        if (offline) throw new TypeError('Failed to fetch');
        const response = await platform.fetch(input, init);
        if (offline) throw new TypeError('Failed to fetch'); // the connection went while waiting
        return response;
      };
      return { fetch: wrapped, calls: () => calls };
    }

    it('the browser goes offline during a request: the widget waits quietly and resumes when online', async () => {
      const net = network(new FakePlatform({ rows: makeRows(30), base: 0, delay: (body) => (body['Start'] === 0 ? 0 : 150) }));
      const el = await mount({ token: '1', 'page-size': '10' }, { fetch: net.fetch, retryPolicy: FAST_RETRY }, 'height:300px');
      await waitUntil(() => articles(el).length === 10, 'first page');
      await scrollFor(el, 50);
      expect(net.calls(), 'second page asked').to.equal(2);
      offline = true;
      window.dispatchEvent(new Event('offline'));
      await scrollFor(el, 400);
      expect(net.calls(), 'no new attempt while offline (no spinning)').to.equal(2);
      expect(alertOf(el), 'no error while waiting to be online').to.equal(null);
      expect(articles(el), 'rows kept').to.have.length(10);
      offline = false;
      window.dispatchEvent(new Event('online'));
      await readToEnd(el, { deadline: 5000, pressRetry: false });
      expect(idsShown(el)).to.deep.equal(makeRows(30).map((r) => String(r.Id)));
      expect(net.calls()).to.equal(4);
    });

    it('the connection drops without the browser noticing: the error shows, and `online` resumes it without Retry', async () => {
      const net = network(new FakePlatform({ rows: makeRows(30), base: 0 }));
      const el = await mount({ token: '1', 'page-size': '10' }, { fetch: net.fetch, retryPolicy: FAST_RETRY }, 'height:300px');
      await waitUntil(() => articles(el).length === 10, 'first page');
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      offline = true;
      await scrollFor(el, 100);
      await waitUntil(() => retryButton(el) !== null, 'network error shown');
      expect(articles(el), 'rows kept').to.have.length(10);
      offline = false;
      window.dispatchEvent(new Event('online'));
      // Firefox may take over a second to lay out the page that comes back (seen in CI); it must come without Retry.
      await waitUntil(() => articles(el).length === 20, 'resumed', { timeout: 4000 });
      await readToEnd(el, { deadline: 5000, pressRetry: false });
      expect(idsShown(el)).to.deep.equal(makeRows(30).map((r) => String(r.Id)));
    });
  });

  it('removed mid-request and put back: aborts, resumes where it stopped, nothing rendered twice', async () => {
    const platform = new FakePlatform({ rows: makeRows(50), base: 0, delay: 120 });
    const el = await mount({ token: '1', 'page-size': '10' }, { fetch: platform.fetch }, 'height:300px');
    const dupes = watchForDuplicates(el);
    await waitUntil(() => articles(el).length === 10, 'first page');
    await scrollFor(el, 50);
    await waitUntil(() => platform.inFlight === 1, 'second page asked');
    const parent = el.parentElement!;
    el.remove();
    await aTimeout(30);
    expect(platform.inFlight, 'aborted').to.equal(0);
    await aTimeout(200);
    expect(articles(el), 'the aborted answer is not shown').to.have.length(10);
    parent.append(el);
    await waitUntil(() => articles(el).length === 20, 'resumed by itself');
    // Removed again during the first request after coming back, and moved (not a removal).
    await scrollFor(el, 50);
    el.remove();
    await aTimeout(10);
    parent.append(el);
    const elsewhere = document.createElement('div');
    parent.append(elsewhere);
    elsewhere.append(el);
    await readToEnd(el, { deadline: 8000, pressRetry: false });
    dupes.stop();
    expect(idsShown(el)).to.deep.equal(makeRows(50).map((r) => String(r.Id)));
    expect(dupes.seen).to.deep.equal([]);
    expect(platform.parsed.map((b) => b['Start'])).to.include.members([0, 10, 20, 30, 40]);
  });

  it('reload() on an element that is not in the page sends nothing, before and after it was ever connected', async () => {
    const platform = new FakePlatform({ rows: makeRows(5), base: 0 });
    const detached = document.createElement('loyalty-history');
    Object.assign(detached, { token: '1', siteCode: 'demo', fetch: platform.fetch });
    detached.reload();
    await aTimeout(50);
    expect(platform.requests, 'never connected').to.equal(0);
    const el = await mount({ token: '1' }, { fetch: platform.fetch });
    await waitUntil(() => endShown(el), 'loaded');
    el.remove();
    el.reload();
    await aTimeout(50);
    expect(platform.requests, 'removed').to.equal(1);
  });

  it('moved to another place on the page while idle: keeps loading as the member scrolls', async () => {
    const platform = new FakePlatform({ rows: makeRows(40), base: 0 });
    const el = await mount({ token: '1', 'page-size': '10' }, { fetch: platform.fetch }, 'height:300px');
    await waitUntil(() => articles(el).length >= 10 && platform.inFlight === 0, 'first page');
    await aTimeout(50);
    const requests = platform.requests;
    const elsewhere = document.createElement('div');
    el.parentElement!.append(elsewhere);
    elsewhere.append(el);
    await aTimeout(50);
    expect(platform.requests, 'a move alone asks for nothing').to.equal(requests);
    await readToEnd(el, { deadline: 5000, pressRetry: false });
    expect(idsShown(el)).to.deep.equal(makeRows(40).map((r) => String(r.Id)));
  });
});
