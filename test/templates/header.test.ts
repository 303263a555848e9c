import { expect } from '@open-wc/testing';
import { getFormatter } from '../../src/format/intl.js';
import { cardLast4, renderHeader } from '../../src/templates/header.js';
import { fold, mount } from './helpers.js';

const ru = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const en = getFormatter('en', { timeZone: 'Europe/Moscow' });

describe('renderHeader', () => {
  it('shows the masked card and the total with its plural', async () => {
    const { root } = await mount(renderHeader({ fmt: ru, card: '7000123412344321', total: 134, filter: 'all', showFilters: true }));
    expect(root.querySelector('[part="header"]')).to.not.equal(null);
    const card = root.querySelector('.card')!;
    expect(card.querySelector('[aria-hidden="true"]')!.textContent).to.equal('Карта •••• 4321');
    expect(card.querySelector('.vh')!.textContent).to.equal('Карта, последние цифры 4321');
    expect(card.textContent).to.not.contain('7000');
    expect(fold(root.querySelector('.count')!.textContent)).to.equal('134 операции');
  });

  it('the count agrees with its number', async () => {
    const counts: [number, string][] = [
      [1, '1 операция'], [2, '2 операции'], [5, '5 операций'], [11, '11 операций'], [21, '21 операция'],
      [22, '22 операции'], [25, '25 операций'], [0, '0 операций'], [1001, '1 001 операция'],
    ];
    for (const [total, text] of counts) {
      const { root } = await mount(renderHeader({ fmt: ru, total, filter: 'all', showFilters: false }));
      expect(fold(root.querySelector('.count')!.textContent)).to.equal(text);
    }
  });

  it('omits the card and the count when they are unknown', async () => {
    const { root } = await mount(renderHeader({ fmt: ru, filter: 'all', showFilters: true }));
    expect(root.querySelector('.card')).to.equal(null);
    expect(root.querySelector('.count')).to.equal(null);
    expect(cardLast4('no digits')).to.equal('');
    expect(cardLast4('12')).to.equal('12');
  });

  it('filter buttons in a labelled group, the chosen one pressed', async () => {
    const { root } = await mount(renderHeader({ fmt: ru, total: 1, filter: 'cheque', showFilters: true }));
    const group = root.querySelector('[part="tabs"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Тип операций');
    const tabs = [...group.querySelectorAll<HTMLButtonElement>('button')];
    expect(tabs.map((t) => [t.textContent, t.dataset['action'], t.dataset['filter'], t.getAttribute('aria-pressed')])).to.deep.equal([
      ['Все', 'filter', 'all', 'false'],
      ['Покупки', 'filter', 'cheque', 'true'],
      ['Бонусы', 'filter', 'bonus', 'false'],
    ]);
    expect(tabs[1]!.getAttribute('part')).to.equal('tab tab-selected');
    for (const t of tabs) expect(t.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('has no tabs when filters are hidden, and speaks English', async () => {
    const { root } = await mount(renderHeader({ fmt: en, card: '4321', total: 1, filter: 'all', showFilters: false }), { lang: 'en' });
    expect(root.querySelector('[part="tabs"]')).to.equal(null);
    expect(root.querySelector('.count')!.textContent).to.equal('1 operation');
    expect(root.querySelector('.card .vh')!.textContent).to.equal('Card ending in 4321');
  });

  it('is accessible in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { host } = await mount(renderHeader({ fmt: ru, card: '4321', total: 5, filter: 'bonus', showFilters: true }), { theme });
      await expect(host).to.be.accessible();
    }
  });
});
