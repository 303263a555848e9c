import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import { getFormatter } from '../../src/format/intl.js';
import { renderLoadingMore } from '../../src/templates/states.js';
import { mount } from './helpers.js';

/**
 * What the reader's device asks for: a dark colour scheme, reduced motion. Switching these needs
 * the DevTools protocol (emulateMedia), so this file runs in Chromium only (CHROMIUM_ONLY in
 * web-test-runner.config.mjs); the rest of the styles run in every engine (styles.test.ts).
 */
const fmt = getFormatter('ru', { timeZone: 'Europe/Moscow' });

describe("styles under the device's media preferences", () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it("follows the page's colour scheme, not the device's, unless a theme is set", async () => {
    const bg = (el: HTMLElement) => getComputedStyle(el).backgroundColor;
    const [white, black] = ['rgb(255, 255, 255)', 'rgb(18, 19, 22)'];
    await emulateMedia({ colorScheme: 'dark' });
    const page = document.documentElement.style;
    try {
      // A page that declares no colour scheme is light, even on a dark device.
      const plain = await mount(html``);
      const system = await mount(html``, { theme: 'system' });
      const forcedLight = await mount(html``, { theme: 'light' });
      const forcedDark = await mount(html``, { theme: 'dark' });
      expect(bg(plain.box), 'no page scheme').to.equal(white);
      expect(bg(system.box), 'theme="system" on a dark device').to.equal(black);
      expect(bg(forcedLight.box)).to.equal(white);
      page.colorScheme = 'light dark';
      expect(bg(plain.box), 'page: light dark, device: dark').to.equal(black);
      expect(bg(forcedLight.box), 'theme="light" beats the page').to.equal(white);
      await emulateMedia({ colorScheme: 'light' });
      expect(bg(plain.box), 'page: light dark, device: light').to.equal(white);
      expect(bg(forcedDark.box), 'theme="dark" on a light device').to.equal(black);
      page.colorScheme = 'dark';
      expect(bg(plain.box), 'page: dark').to.equal(black);
    } finally {
      page.colorScheme = '';
    }
  });

  it('stops the spinner when the reader prefers reduced motion', async () => {
    const { root } = await mount(renderLoadingMore(fmt));
    const spinner = root.querySelector('.spinner')!;
    expect(getComputedStyle(spinner).animationName).to.equal('lh-spin');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(spinner).animationName).to.equal('none');
  });
});
