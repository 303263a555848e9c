/**
 * Resources: mounting and removing the element many times, at every moment of its life
 * (before its first render, mid-request, loaded and watching the scroll, in an error waiting to
 * be online, offline waiting, moved), leaves no window listener, timer, observer or request.
 */
import { expect, aTimeout, nextFrame } from '@open-wc/testing';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { CountingFetch } from '../helpers/counting-fetch.js';
import { FakePlatform, makeRows } from '../helpers/fake-platform.js';
import { ResourceTracker } from '../helpers/resource-tracker.js';
import { articles, container, mountIn, retryButton } from '../helpers/widget.js';

const MOUNTS = 200;

/** The moments at which a widget is taken out, in turn. */
const MOMENTS = ['at once', 'mid-request', 'loaded', 'changed as removed', 'network error', 'offline', 'moved mid-request'] as const;
type Moment = (typeof MOMENTS)[number];

describe('resources', () => {
  let offline = false;
  beforeEach(() => {
    offline = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  });
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it(`mounting and removing the element ${MOUNTS} times leaves no listeners, timers, observers or requests behind`, async function () {
    this.timeout(120_000);
    const platform = new FakePlatform({ rows: makeRows(100), base: 0, delay: (body) => (body['Start'] === 0 ? 20 : 40) });
    const broken = new CountingFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const counter = new CountingFetch(platform.fetch);
    const parent = await container();
    const elsewhere = await container();
    const tracker = new ResourceTracker();
    tracker.install();
    const seen = new Map<Moment, number>();
    try {
      const baseline = tracker.live();
      for (let i = 0; i < MOUNTS; i++) {
        const moment = MOMENTS[i % MOMENTS.length]!;
        const fetch = moment === 'network error' ? broken.fetch : counter.fetch;
        offline = moment === 'offline';
        const el = mountIn(parent, { token: String(1000 + i), 'page-size': '10' }, { fetch, retryPolicy: { retries: 0 } }, 'height:200px');
        await reach(el, moment, platform, elsewhere);
        seen.set(moment, (seen.get(moment) ?? 0) + 1);
        if (moment === 'changed as removed') el.lang = el.lang === 'en' ? 'ru' : 'en';
        el.remove();
        offline = false;
      }
      const callsAfterRemoval = counter.calls + broken.calls;
      await aTimeout(100);
      await nextFrame();
      await nextFrame();
      const live = tracker.live();
      expect(live, `still registered: ${tracker.describeListeners().join(', ')}`).to.deep.equal(baseline);
      expect(counter.inFlight + broken.inFlight, 'requests in flight').to.equal(0);
      expect(platform.inFlight, 'requests the platform is still answering').to.equal(0);
      expect(counter.calls + broken.calls, 'no request after the removals').to.equal(callsAfterRemoval);
      // The counting saw the widget at work, so a leak could not hide from it.
      expect([...seen.values()].every((n) => n >= Math.floor(MOUNTS / MOMENTS.length)), 'every moment was reached').to.equal(true);
      const each = Math.floor(MOUNTS / MOMENTS.length);
      expect(tracker.totals.resizeObserversMade).to.be.at.least(MOUNTS);
      expect(tracker.totals.intersectionObserversMade).to.be.at.least(each);
      expect(tracker.totals.windowListenersAdded, 'online listeners').to.be.at.least(each);
      expect(tracker.totals.timersSet, 'timeouts').to.be.at.least(MOUNTS / 2);
      expect(counter.count('aborted'), 'requests cut off by a removal').to.be.at.least(each);
      console.log(`resources: ${JSON.stringify({ mounts: MOUNTS, ...tracker.totals, requests: counter.calls + broken.calls, aborted: counter.count('aborted'), live })}`);
    } finally {
      tracker.uninstall();
    }
  });
});

/**
 * Polls `predicate` every millisecond for up to 2 s. Unlike waitUntil, it leaves no timer
 * behind, so the tracker counts only what the widget holds.
 */
async function until(predicate: () => boolean, what: string): Promise<void> {
  for (const end = Date.now() + 2000; !predicate(); await aTimeout(1)) {
    if (Date.now() > end) throw new Error(`Timeout: ${what}`);
  }
}

/** Brings a freshly mounted widget to `moment`. */
async function reach(el: LoyaltyHistory, moment: Moment, platform: FakePlatform, elsewhere: HTMLElement): Promise<void> {
  switch (moment) {
    case 'at once':
      return;
    case 'mid-request':
      await until(() => platform.inFlight === 1, 'first request in flight');
      return;
    case 'loaded':
      // Rows shown and the sentinel watched; the look-ahead may be fetching the second page.
      await until(() => articles(el).length >= 10, 'first page');
      await nextFrame();
      return;
    case 'changed as removed':
      // The caller changes the language and removes the element in one task, so a render is
      // still pending when it leaves.
      await until(() => articles(el).length >= 10, 'first page');
      await nextFrame();
      await aTimeout(20);
      await until(() => platform.inFlight === 0, 'the look-ahead done: rows shown, the sentinel watched, nothing loading');
      return;
    case 'network error':
      await until(() => retryButton(el) !== null, 'network error shown');
      return;
    case 'offline':
      // The client waits for `online` before sending anything.
      await el.updateComplete;
      await aTimeout(5);
      return;
    case 'moved mid-request':
      await until(() => platform.inFlight === 1, 'first request in flight');
      elsewhere.append(el);
      await aTimeout(1);
      return;
  }
}
