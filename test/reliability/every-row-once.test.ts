/**
 * Every row exactly once, whatever the server does: a history growing between pages (below,
 * equal to and above a page per request, in every `Start` base), answers ignoring `Length`,
 * strings of millions of characters, ids above 2^53, and counts that do not add up.
 */
import { expect, waitUntil, nextFrame } from '@open-wc/testing';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { CountingFetch } from '../helpers/counting-fetch.js';
import { STALL_MS } from '../helpers/engine.js';
import { json, makeRows, type FakeOperation } from '../helpers/fake-platform.js';
import { mockIds, mockText } from '../helpers/mock.js';
import { articles, duplicates, endShown, idsShown, keysShown, mount, root, textOf } from '../helpers/widget.js';

const header = (el: LoyaltyHistory) => textOf(root(el).querySelector('[part="header"]')!);
const newOperations = (el: LoyaltyHistory) => root(el).querySelector<HTMLElement>('[data-action="reload"]');

/** Presses Show more until the end of the list shows; fails on an error. */
async function showMoreToEnd(el: LoyaltyHistory, timeout = 20_000): Promise<void> {
  await waitUntil(() => {
    if (root(el).querySelector('[role="alert"]')) throw new Error(`an error after ${articles(el).length} rows: ${textOf(root(el).querySelector('[role="alert"]')!)}`);
    root(el).querySelector<HTMLElement>('[data-action="more"][aria-disabled="false"]')?.click();
    return endShown(el);
  }, 'the end of the list', { timeout, interval: 10 });
}

/** Presses Show more until `n` rows are shown. */
async function showMoreUntil(el: LoyaltyHistory, n: number, timeout = 20_000): Promise<void> {
  await waitUntil(() => {
    root(el).querySelector<HTMLElement>('[data-action="more"][aria-disabled="false"]')?.click();
    return articles(el).length >= n;
  }, `${n} rows`, { timeout, interval: 20 });
}

/**
 * A `fetch` answering `body` (already read, so that reading 27 MB off the network, which is the
 * browser's work, is not measured) once `release()` is called, counting its calls.
 */
function held(body: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const answer = { calls: 0, release, fetch: (async () => {
    answer.calls++;
    await released;
    return Object.assign(new Response(null, { headers: { 'Content-Type': 'application/json' } }), { text: async () => body });
  }) as typeof window.fetch };
  return answer;
}

/** Long tasks (50 ms or more) on the main thread from now on; tests fail on those of STALL_MS or more. */
function watchLongTasks(): { readonly tasks: number[]; stop(): void } {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
  observer.observe({ type: 'longtask' });
  return { tasks, stop: () => observer.disconnect() };
}

describe('every row exactly once', () => {
  describe('a history that grows between pages: new operations on top, the older ones all read, in order', () => {
    let seed = 100;
    for (const base of ['0', '1', 'short'] as const) {
      for (const grow of [3, 10, 25]) {
        it(`${grow} new operations before every request, page size 10, Start base ${base}`, async () => {
          const spec = `grow=${grow};history=60;base=${base};seed=${seed++}`;
          const expected = await mockIds('1003', `history=60;seed=${seed + 1000}`);
          expect(expected).to.have.length(60);
          const counter = new CountingFetch();
          const el = await mount({ token: '1003', 'page-size': '10', 'load-mode': 'button', 'api-base': `/api/mock/${spec}` }, { fetch: counter.fetch });
          const rendered = new Map<string, Element>();
          const sizes = new Set<string | null>();
          el.addEventListener('loyalty-history-load', () => void el.updateComplete.then(() => {
            for (const a of articles(el)) {
              rendered.set(a.dataset['key']!, rendered.get(a.dataset['key']!) ?? a);
              sizes.add(a.getAttribute('aria-setsize'));
            }
          }));
          await showMoreToEnd(el);
          await el.updateComplete;
          expect(idsShown(el), 'the 60 operations of the history as first read, each once, in order').to.deep.equal(expected);
          expect(duplicates(keysShown(el))).to.deep.equal([]);
          expect(header(el), 'the count of the list being read').to.match(/\b60\s+операц/);
          expect([...sizes], 'aria-setsize never changed').to.deep.equal(['60']);
          expect(articles(el).every((a) => rendered.get(a.dataset['key']!) === a), 'rows once rendered were never rendered again').to.equal(true);
          const fresh = newOperations(el);
          expect(fresh, 'the new operations are offered on top').to.exist;
          expect(textOf(fresh!)).to.match(/\d+\s+нов/);
          expect(counter.calls, 'requests').to.be.at.most(Math.ceil(60 / 8) + 3);
        });
      }
    }
  });

  describe('counts that do not add up never drop below the rows shown', () => {
    async function shownWith(respond: (start: number, length: number, n: number) => unknown, total: number): Promise<LoyaltyHistory> {
      let n = 0;
      const fetch: typeof window.fetch = async (_input, init) => {
        const body = JSON.parse(String(init?.body)) as { Start: number; Length: number };
        return json(respond(body.Start, body.Length, ++n));
      };
      const el = await mount({ token: '1', 'page-size': '10', 'load-mode': 'button' }, { fetch });
      await showMoreToEnd(el);
      await el.updateComplete;
      expect(articles(el)).to.have.length(total);
      const count = Number(/(\d+)\s+операц/.exec(header(el))?.[1]);
      expect(count, 'the header count').to.be.at.least(articles(el).length);
      for (const a of articles(el)) expect(Number(a.getAttribute('aria-setsize')), 'aria-setsize').to.be.at.least(Number(a.getAttribute('aria-posinset')));
      return el;
    }

    it('Rows 0 with 10 rows', async () => {
      await shownWith(() => ({ Rows: 0, ErrorCode: 0, Operations: makeRows(10) }), 10);
    });

    it('Rows shrinking from page to page', async () => {
      const rows = makeRows(30);
      await shownWith((start, length, n) => ({ Rows: [30, 12, 5][n - 1] ?? 5, ErrorCode: 0, Operations: rows.slice(start, start + length) }), 20);
    });

    it('every row with Id 0, .NET\'s default: told apart by position, all shown', async () => {
      const rows = makeRows(25).map((r) => ({ ...r, Id: 0 }));
      const el = await shownWith((start, length) => ({ Rows: 25, ErrorCode: 0, Operations: rows.slice(start, start + length) }), 25);
      expect(textOf(articles(el)[24]!)).to.contain('№25');
      expect(duplicates(keysShown(el))).to.deep.equal([]);
    });
  });

  describe('an answer far longer than asked for', () => {
    it('50,000 rows for a page of 20: 20 rows at a time from the one answer, the page never stalls', async function () {
      this.timeout(60_000);
      const body = await mockText('history=50000;ignore-length;seed=3', { Token: '1002', Start: 0, Length: 20 });
      expect(body.length).to.be.greaterThan(20_000_000);
      const counter = held(body);
      const el = await mount({ token: '1002', 'page-size': '20', 'load-mode': 'button' }, { fetch: counter.fetch });
      await el.updateComplete;
      await nextFrame();
      const long = watchLongTasks();
      counter.release();
      await waitUntil(() => articles(el).length > 0, 'first rows', { timeout: 40_000 });
      expect(articles(el)).to.have.length(20);
      await showMoreUntil(el, 60);
      await el.updateComplete;
      await nextFrame();
      long.stop();
      expect(articles(el)).to.have.length(60);
      expect(counter.calls, 'one request').to.equal(1);
      expect(duplicates(keysShown(el))).to.deep.equal([]);
      expect(header(el)).to.match(/50\s?000\s+операц/);
      expect(long.tasks.filter((ms) => ms >= STALL_MS), `main-thread tasks of ${STALL_MS} ms or more`).to.deep.equal([]);
    });

    it('20,000 rows sharing one Id: distinct keys made at once, a page at a time', async function () {
      this.timeout(30_000);
      const rows: FakeOperation[] = makeRows(20_000).map((r) => ({ ...r, Id: 7 }));
      const counter = held(JSON.stringify({ Rows: 20_000, ErrorCode: 0, Operations: rows }));
      const el = await mount({ token: '1', 'page-size': '100', 'load-mode': 'button' }, { fetch: counter.fetch });
      await el.updateComplete;
      await nextFrame();
      const long = watchLongTasks();
      counter.release();
      await showMoreUntil(el, 300);
      long.stop();
      expect(counter.calls).to.equal(1);
      expect(articles(el)).to.have.length(300);
      expect(new Set(keysShown(el)).size).to.equal(300);
      expect(long.tasks.filter((ms) => ms >= STALL_MS), `main-thread tasks of ${STALL_MS} ms or more`).to.deep.equal([]);
    });
  });

  it('ids above 2^53 stay exact next to a string of 9 million characters', async function () {
    this.timeout(30_000);
    const expected = await mockIds('9007199254740993');
    const el = await mount(
      { token: '9007199254740993', 'page-size': '20', 'load-mode': 'button', 'api-base': '/api/mock/long-string=9000000;seed=4' },
      {},
    );
    await waitUntil(() => articles(el).length === 20, 'first page', { timeout: 20_000 });
    expect(idsShown(el)).to.deep.equal(expected.slice(0, 20));
    expect(expected[0]!.length).to.equal(16);
  });

  it('reads to the end of a 1-based server answering Start 0 one row short, with page size 1', async () => {
    const expected = await mockIds('1003', 'history=4');
    const el = await mount({ token: '1003', 'page-size': '1', 'load-mode': 'button', 'api-base': '/api/mock/history=4;base=short;seed=5' }, {});
    await showMoreToEnd(el);
    expect(idsShown(el)).to.deep.equal(expected);
    expect(endShown(el)).to.equal(true);
  });
});
