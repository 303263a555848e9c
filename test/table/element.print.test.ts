import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LoyaltyHistoryTable } from '../../src/loyalty-history-table.js';
import { bodyRows, box, mountTable, platform, scrollUntil, shadow, staffRows, table } from './table-widget.js';

/**
 * On paper: every loaded row, none clipped by the scrolling box, the header row repeated on each
 * page, no buttons. Print media is Chromium's emulation (emulateMedia over the DevTools
 * protocol), so this file runs in Chromium only (like test/a11y/print.test.ts).
 */
async function print(el: LoyaltyHistoryTable): Promise<void> {
  await emulateMedia({ media: 'print' });
  await el.updateComplete;
  await nextFrame();
}

describe('printing the staff table', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every loaded row in full, the header row on each page, without buttons', async () => {
    const server = platform(staffRows(120));
    const el = await mountTable(server, {}, {}, 'width:1300px');
    el.style.setProperty('--loyalty-history-table-height', '300px');
    await scrollUntil(el, 60);
    await print(el);
    // A page asked for ahead of the scrolling may still arrive; on paper nothing more is asked for.
    await waitUntil(() => server.inFlight === 0, 'no page in flight');
    await el.updateComplete;
    const loaded = bodyRows(el).length;
    for (let i = 0; i < 5; i++) await nextFrame();
    expect(server.inFlight + bodyRows(el).length, 'printing loads nothing more').to.equal(loaded);
    const b = box(el);
    expect(b.scrollHeight, 'nothing scrolled out of sight').to.be.at.most(b.clientHeight + 1);
    expect(b.scrollWidth, 'no column cut off').to.be.at.most(b.clientWidth + 1);
    const host = el.getBoundingClientRect();
    expect(bodyRows(el)).to.have.length(loaded);
    for (const tr of bodyRows(el)) {
      const r = tr.getBoundingClientRect();
      expect(r.height, `row ${tr.dataset['key']} is laid out`).to.be.above(10);
      expect(r.bottom, `row ${tr.dataset['key']} inside the printed box`).to.be.at.most(host.bottom + 0.5);
      expect(getComputedStyle(tr).breakInside).to.equal('avoid');
    }
    expect(getComputedStyle(table(el).tHead!).display, 'repeated on each page').to.equal('table-header-group');
    expect(getComputedStyle(table(el).querySelector('th')!).position).to.equal('static');
    for (const button of shadow(el).querySelectorAll('button')) expect(getComputedStyle(button).display, `"${button.textContent}" printed`).to.equal('none');
  });
});
