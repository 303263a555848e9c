import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getFormatter } from '../../src/format/intl.js';
import { renderHeader } from '../../src/templates/header.js';
import { renderNewOperations } from '../../src/templates/states.js';
import { mount } from '../templates/helpers.js';
import { contrast } from './colors.js';

/**
 * Windows contrast themes (WCAG 1.4.11 and 1.4.1): in forced colours the browser replaces every
 * colour and drops backgrounds and shadows, so a control must still read as a control and the
 * selected filter as selected. Chromium emulates it over the DevTools protocol (the
 * emulate-forced-colors command of web-test-runner.config.mjs), so this file runs in Chromium only.
 */
const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

/**
 * The colour painted right behind an element's text: with forced-color-adjust `auto` the browser
 * draws a backplate of Canvas behind each line of text; with `none` it is the element's own
 * background.
 */
function behindText(el: Element): string {
  const style = getComputedStyle(el);
  return style.forcedColorAdjust === 'none' ? style.backgroundColor : 'Canvas';
}

/** A visible border of at least 1px on every side, in a colour that stands out from Canvas. */
function outlined(el: Element): boolean {
  const style = getComputedStyle(el);
  return (['Top', 'Right', 'Bottom', 'Left'] as const).every(
    (side) => parseFloat(style[`border${side}Width`]) >= 1 && style[`border${side}Style`] !== 'none' && contrast(style[`border${side}Color`], 'Canvas') >= 3,
  );
}

describe('in forced colours (a Windows contrast theme)', () => {
  before(() => forcedColors(true));
  after(() => forcedColors(false));

  it('draws the selected filter tab with a readable label, and every tab as a control', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
    for (const theme of ['light', 'dark'] as const) {
      const { root } = await mount(renderHeader({ fmt, filter: 'cheque', showFilters: true, total: 150 }), { theme, width: 390 });
      const selected = root.querySelector('[aria-pressed="true"]')!;
      expect(selected.textContent).to.equal('Покупки');
      const label = getComputedStyle(selected).color;
      expect(contrast(label, behindText(selected)), `${theme}: the selected label against what is painted behind it`).to.be.at.least(4.5);
      for (const tab of root.querySelectorAll('.tab')) expect(outlined(tab), `${theme}: "${tab.textContent}" has a border`).to.equal(true);
      // The selected state is not carried by colour alone.
      const other = root.querySelector('[aria-pressed="false"]')!;
      expect(Number(getComputedStyle(selected).fontWeight)).to.be.above(Number(getComputedStyle(other).fontWeight));
    }
  });

  it('keeps the new-operations button a bordered button, not plain text', async () => {
    const { root } = await mount(renderNewOperations(3, fmt), { theme: 'dark', width: 390 });
    const button = root.querySelector('.new-operations')!;
    expect(outlined(button), 'a border on every side').to.equal(true);
    expect(contrast(getComputedStyle(button).color, behindText(button))).to.be.at.least(4.5);
    // The dot says "new" beside the text: it stays drawn.
    expect(contrast(getComputedStyle(root.querySelector('.new-dot')!).backgroundColor, 'Canvas')).to.be.at.least(3);
  });

  it('keeps the separator under the sticky header of a widget that scrolls its own box', async () => {
    const { host, root } = await mount(renderHeader({ fmt, filter: 'all', showFilters: true, total: 150 }), { width: 390 });
    host.setAttribute('scroll', 'self');
    const style = getComputedStyle(root.querySelector('.header')!);
    expect(style.position).to.equal('sticky');
    expect(parseFloat(style.borderBottomWidth), 'a rule under the header (its shadow is dropped)').to.be.at.least(1);
    expect(contrast(style.borderBottomColor, 'Canvas')).to.be.at.least(3);
  });
});
