// What a page that mounts and removes widgets meets: a removed widget is freed at once, whatever
// its request's timeout, and the polite status speaks the language the widget speaks now.
// Chromium only: it asks DevTools for a full garbage collection.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';
import { FakePlatform, makeRows } from './helpers/fake-platform.js';

const status = (el: LoyaltyHistory) => el.shadowRoot?.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';

describe('<loyalty-history> lifecycle', () => {
  it('a removed widget whose request is still waiting is freed at once, not when its timeout ends', async () => {
    const freed: string[] = [];
    const registry = new FinalizationRegistry<string>((name) => freed.push(name));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    let asked = 0;
    await (async () => {
      for (let i = 0; i < 12; i++) {
        const el = document.createElement('loyalty-history');
        // A server that never answers: only the timeout (10 minutes) or an abort ends the request.
        el.fetch = (_input, init) => {
          asked++;
          return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }));
        };
        el.setAttribute('token', '1');
        el.setAttribute('timeout', '600000');
        wrapper.append(el);
        registry.register(el, `widget ${i}`);
      }
    })();
    await waitUntil(() => asked === 12, 'every widget asked');
    wrapper.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the deferred abort runs
    for (let i = 0; i < 10 && freed.length < 12; i++) {
      await executeServerCommand('collect-garbage');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(freed.length, 'widgets freed within a second of removal').to.equal(12);
  });

  it('the polite status follows the language after lang changes', async () => {
    const platform = new FakePlatform({ rows: makeRows(5) });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<loyalty-history lang="ru" token="1"></loyalty-history>';
    const el = wrapper.firstElementChild as LoyaltyHistory;
    el.fetch = platform.fetch;
    await waitUntil(() => /5/.test(status(el)), 'the status says the rows are loaded');
    expect(status(el)).to.match(/[а-я]/);
    el.lang = 'en';
    await el.updateComplete;
    expect(status(el)).to.match(/^[^а-яё]*$/i);
    expect(status(el)).to.contain('5');
  });
});
