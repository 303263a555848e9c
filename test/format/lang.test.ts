import { expect } from '@open-wc/testing';
import { resolveLang, toLang } from '../../src/format/lang.js';

// Plain DOM instead of fixture(): fixture waits for an animation frame, which a test page in the
// background (files run two at a time) does not get.
const made: Element[] = [];
afterEach(() => made.splice(0).forEach((el) => el.remove()));
function make(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = markup;
  const el = box.firstElementChild as HTMLElement;
  document.body.append(el);
  made.push(el);
  return el;
}

describe('resolveLang', () => {
  it('takes the own lang attribute first, region or not', () => {
    const el = make(`<div lang="en"><span></span></div>`);
    const span = el.querySelector('span')!;
    expect(resolveLang('ru-RU', span, ['en'])).to.equal('ru');
    expect(resolveLang('EN-gb', span, ['ru'])).to.equal('en');
  });

  it('then the nearest ancestor with a lang, even across shadow roots', () => {
    const outer = make(`<section lang="ru"><div lang="en-US"><p></p></div></section>`);
    expect(resolveLang(null, outer.querySelector('p')!, ['ru'])).to.equal('en');

    const host = outer.querySelector('div')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><span></span></div>';
    expect(resolveLang(undefined, root.querySelector('span')!, ['ru'])).to.equal('en');
  });

  it('an own lang of another language falls through to the ancestors', () => {
    const el = make(`<div lang="en"><span lang="de"></span></div>`);
    expect(resolveLang('de', el.querySelector('span')!, ['ru'])).to.equal('en');
  });

  it('then the first Russian or English language the browser prefers, else Russian', () => {
    const el = make(`<div lang="fr"><span></span></div>`);
    const span = el.querySelector('span')!;
    expect(resolveLang('', span, ['de-DE', 'en-GB', 'ru'])).to.equal('en');
    expect(resolveLang('', span, ['uk', 'ru-RU', 'en'])).to.equal('ru');
    expect(resolveLang('', span, ['de', 'fr'])).to.equal('ru');
    expect(resolveLang('', span, [])).to.equal('ru');
  });

  it('an empty lang on an ancestor does not hide a real one above it', () => {
    const el = make(`<div lang="en"><div lang=""><span></span></div></div>`);
    expect(resolveLang(null, el.querySelector('span')!, ['ru'])).to.equal('en');
  });

  it('reads the browser languages by default', () => {
    const el = make(`<span></span>`);
    const html = document.documentElement;
    const saved = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      const first = navigator.languages.map(toLang).find((l) => l !== undefined) ?? 'ru';
      expect(resolveLang(null, el)).to.equal(first);
    } finally {
      if (saved !== null) html.setAttribute('lang', saved);
    }
  });
});
