import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { contrast } from './colors.js';
import { articles, mountMember, part, root } from './widget.js';

/**
 * On paper: a widget given a height, in the dark theme, prints every row it has loaded, black on
 * white, without its controls, no row split across pages. Print media is Chromium's emulation
 * (emulateMedia over the DevTools protocol), so this file runs in Chromium only; the page breaks
 * themselves are seen in a printed PDF, here their rules.
 */
async function print(el: LoyaltyHistory): Promise<void> {
  await emulateMedia({ media: 'print' });
  await el.updateComplete;
  await nextFrame();
}

/** Elements under `node` that draw text of their own. */
function withText(node: ParentNode): Element[] {
  return [...node.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
}

describe('printing the widget', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every loaded row of a widget with a height, none clipped or skipped', async () => {
    const el = await mountMember(800, 60, { theme: 'dark', 'load-mode': 'button' }, 'height:520px');
    await waitUntil(() => el.getAttribute('scroll') === 'self', 'the widget scrolls its own box');
    await print(el);
    const host = el.getBoundingClientRect();
    const rows = articles(el);
    expect(rows).to.have.length(60);
    for (const row of rows) {
      const r = row.getBoundingClientRect();
      expect(r.height, `row ${row.dataset['key']} is laid out`).to.be.above(40);
      expect(r.bottom, `row ${row.dataset['key']} inside the printed box`).to.be.at.most(host.bottom + 0.5);
    }
    const box = part(el, 'scroller');
    expect(box.scrollHeight, 'nothing scrolled out of sight').to.be.at.most(box.clientHeight + 1);
    for (const chunk of root(el).querySelectorAll('.chunk')) expect(getComputedStyle(chunk).contentVisibility, 'no page skipped').to.equal('visible');
  });

  it('prints black on white whatever the theme, without buttons, and never splits a row', async () => {
    const el = await mountMember(800, 40, { theme: 'dark', 'load-mode': 'button' }, 'height:520px');
    articles(el)[0]!.querySelector<HTMLElement>('[data-action="toggle"]')!.click();
    await el.updateComplete;
    await print(el);
    const box = part(el, 'scroller');
    expect(getComputedStyle(box).backgroundColor).to.equal('rgb(255, 255, 255)');
    for (const e of withText(box)) {
      if (e.closest('.vh, .live') || getComputedStyle(e).display === 'none' || e.closest('button')) continue;
      expect(getComputedStyle(e).color, `"${e.textContent}"`).to.equal('rgb(0, 0, 0)');
    }
    for (const button of root(el).querySelectorAll('button')) expect(getComputedStyle(button).display, `"${button.textContent}" printed`).to.equal('none');
    for (const row of articles(el)) expect(getComputedStyle(row).breakInside).to.equal('avoid');
    expect(getComputedStyle(part(el, 'month-header')).breakAfter, 'a month band stays with its first row').to.equal('avoid');
  });

  it('prints the chosen filter as a label, readable on paper', async () => {
    const el = await mountMember(800, 20, { theme: 'dark', filter: 'cheque' });
    await print(el);
    const selected = root(el).querySelector<HTMLElement>('[aria-pressed="true"]')!;
    const style = getComputedStyle(selected);
    expect(style.display).to.not.equal('none');
    expect(selected.getBoundingClientRect().width).to.be.above(0);
    expect(contrast(style.color, 'white'), `"${selected.textContent}" on paper`).to.be.at.least(7);
    expect(style.backgroundColor, 'no pill printed around it').to.equal('rgba(0, 0, 0, 0)');
    const others = [...root(el).querySelectorAll('[aria-pressed="false"]')];
    expect(others.map((b) => getComputedStyle(b).display)).to.deep.equal(['none', 'none']);
  });
});
