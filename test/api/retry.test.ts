/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, resolvePolicy } from '../../src/api/retry.js';
import { sleep } from '../../src/api/wait.js';

describe('retry helpers', () => {
  it('default policy: 3 retries, 500 ms base, 8 s ceiling', () => {
    expect(DEFAULT_RETRY).to.deep.equal({ retries: 3, baseDelayMs: 500, maxDelayMs: 8000 });
    expect(resolvePolicy({ retries: -1, baseDelayMs: NaN, maxDelayMs: 100 })).to.deep.equal({ retries: 3, baseDelayMs: 500, maxDelayMs: 100 });
    expect(resolvePolicy({ retries: 0 }).retries).to.equal(0);
  });

  it('keeps each delay between half and all of the doubling ceiling', () => {
    const policy = { retries: 10, baseDelayMs: 500, maxDelayMs: 8000 };
    const ceilings = [500, 1000, 2000, 4000, 8000, 8000];
    ceilings.forEach((ceiling, i) => {
      expect(backoffDelay(i + 1, policy, () => 0)).to.equal(ceiling / 2);
      expect(backoffDelay(i + 1, policy, () => 0.9999999)).to.equal(ceiling);
    });
  });

  it('reads Retry-After as seconds or an HTTP date, capped at 30 s', () => {
    const now = Date.parse('Wed, 21 Oct 2025 07:28:00 GMT');
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('5')).to.equal(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2025 07:28:10 GMT', now)).to.equal(10000);
    expect(parseRetryAfter('Wed, 21 Oct 2025 07:27:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('86400')).to.equal(30000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });

  it('sleeps, and stops sleeping on abort with the reason', async () => {
    const started = performance.now();
    await sleep(20, new AbortController().signal);
    expect(performance.now() - started).to.be.at.least(15);
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort('gone');
    let reason: unknown;
    await pending.catch((e: unknown) => (reason = e));
    expect(reason).to.equal('gone');
  });
});
