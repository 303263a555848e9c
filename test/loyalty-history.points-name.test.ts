// The programme's own word for its points (`points-name`) and a page's own texts (`texts`), on
// the member feed and the staff table: grammar per unit and number, config errors, overrides,
// a third language, and changes after loading that ask the platform nothing.
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import '../src/define-table.js';
import type { Messages } from '../src/index.js';
import type { LoyaltyHistoryTable } from '../src/loyalty-history-table.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';
import type { LoyaltyHistoryTableExportEvent } from '../src/table/events.js';
import { FakePlatform, makeRows, type FakeOperation } from './helpers/fake-platform.js';
import { readCsv } from './table/csv-reader.js';
import { bodyRows, button, headers, mountTable, platform, staffRows } from './table/table-widget.js';

const fold = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const shadow = (el: HTMLElement) => el.shadowRoot!;
const articles = (el: LoyaltyHistory) => [...shadow(el).querySelectorAll<HTMLElement>('[role="article"]')];
/** A description list's terms and their values, as text. */
const terms = (dl: Element): Record<string, string> =>
  Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [fold(dt.textContent), fold(dt.nextElementSibling!.textContent)]));
const all = (el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => fold(n.textContent));

async function mount(fake: FakePlatform, attrs: string, props: Partial<LoyaltyHistory> = {}): Promise<LoyaltyHistory> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<loyalty-history lang="ru" token="1" site-code="demo" time-zone="UTC" ${attrs}></loyalty-history>`;
  const el = wrapper.firstElementChild as LoyaltyHistory;
  Object.assign(el, { fetch: fake.fetch, ...props });
  return el;
}

async function loaded(el: HTMLElement & { updateComplete: Promise<boolean> }, rows: number, selector = '[role="article"]'): Promise<void> {
  await waitUntil(() => shadow(el).querySelectorAll(selector).length >= rows, `${rows} rows`, { timeout: 5000 });
  await el.updateComplete;
}

async function settle(el: { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
}

const NUMBERS = [1, 2, 5, 11, 21, 22, 0.5, 1.5] as const;
/** One row per number, each in a month of its own, so every month closes with a summary of that number. */
const accruals = (): FakeOperation[] =>
  NUMBERS.map((n, i) => ({ Id: 900 + i, BonusId: 900 + i, Added: n, Remain: n, Proctime: `2025-${String(11 - i).padStart(2, '0')}-15T12:00:00+00:00` }));

/** What a unit's rows say for 1, 2, 5, 11, 21, 22, 0.5, 1.5: the figure, and the month's summary for a screen reader. */
const UNITS: [string, string, string, string[], string[]][] = [
  ['бонус, бонуса, бонусов', 'masculine', 'Бонусы',
    ['+1 бонус начислен', '+2 бонуса начислены', '+5 бонусов начислено', '+11 бонусов начислено', '+21 бонус начислен', '+22 бонуса начислены', '+0,5 бонуса начислено', '+1,5 бонуса начислено'],
    ['1 бонус начислен', '2 бонуса начислены', '5 бонусов начислено', '11 бонусов начислено', '21 бонус начислен', '22 бонуса начислены', '0,5 бонуса начислено', '1,5 бонуса начислено']],
  ['миля, мили, миль', 'feminine', 'Мили',
    ['+1 миля начислена', '+2 мили начислены', '+5 миль начислено', '+11 миль начислено', '+21 миля начислена', '+22 мили начислены', '+0,5 мили начислено', '+1,5 мили начислено'],
    ['1 миля начислена', '2 мили начислены', '5 миль начислено', '11 миль начислено', '21 миля начислена', '22 мили начислены', '0,5 мили начислено', '1,5 мили начислено']],
  ['очко, очка, очков', 'neuter', 'Очки',
    ['+1 очко начислено', '+2 очка начислены', '+5 очков начислено', '+11 очков начислено', '+21 очко начислено', '+22 очка начислены', '+0,5 очка начислено', '+1,5 очка начислено'],
    ['1 очко начислено', '2 очка начислены', '5 очков начислено', '11 очков начислено', '21 очко начислено', '22 очка начислены', '0,5 очка начислено', '1,5 очка начислено']],
];

describe('points-name: the programme\'s word for its points', () => {
  for (const [forms, gender, plural, figures, spoken] of UNITS) {
    it(`a ${gender} unit (${forms}) agrees with 1, 2, 5, 11, 21, 22, 0.5 and 1.5 in rows, details, summaries and the header`, async () => {
      const [one, , many] = forms.split(', ') as [string, string, string];
      const el = await mount(new FakePlatform({ rows: accruals(), base: 0 }), `points-name="${forms}"`);
      await loaded(el, NUMBERS.length);
      await waitUntil(() => all(el, '.month-sum .vh').length === NUMBERS.length, 'every month summed');
      expect(all(el, '[part="bonus"]'), 'rows').to.deep.equal(figures);
      const months = all(el, '.month-sum .vh').map((s) => s.replace(/^Итог за [^:]+: |\.$/g, ''));
      expect(months, 'month summaries').to.deep.equal(spoken);
      // On screen a summary ends with the form for its number: '+21 миля'.
      expect(all(el, '.month-sum [aria-hidden="true"]').map((s) => s.split(' ').at(-1)), 'summaries on screen').to.deep.equal(spoken.map((s) => s.split(' ')[1]));
      // Titles and the header's tab name the unit in the plural: «Начисление миль», «Мили».
      expect(fold(articles(el)[0]!.querySelector('.title')!.textContent)).to.equal(`Начисление ${many}`);
      expect(all(el, '[part~="tab"]').at(-1), 'the bonus tab').to.equal(plural);
      // Details: every figure in the unit, the remaining points in its genitive plural.
      articles(el)[4]!.querySelector<HTMLElement>('[data-action="toggle"]')!.click();
      await settle(el);
      const details = terms(articles(el)[4]!.querySelector('[part~="details"]')!);
      expect(details['Начислено']).to.equal(`21 ${one}`);
      expect(details[`Осталось ${many}`]).to.equal(`21 ${one}`);
      expect(fold(shadow(el).textContent)).not.to.match(/балл/i);
    });
  }

  it('a feminine unit burns and is spent in agreement; 1 miles and 2 miles in English', async () => {
    const rows: FakeOperation[] = [
      { Id: 1, BonusId: 1, Redeemed: 21, Proctime: '2025-11-06T12:00:00+00:00' },
      { Id: 2, BonusId: 2, Added: 1, Remain: 1, ExpiryDate: new Date(Date.now() + 10 * 86_400_000).toISOString(), Proctime: '2025-11-05T12:00:00+00:00' },
    ];
    const el = await mount(new FakePlatform({ rows, base: 0 }), 'points-name="ru: миля, мили, миль; en: mile, miles"');
    await loaded(el, 2);
    expect(all(el, '[part="bonus"]')).to.deep.equal(['−21 миля списана', '+1 миля начислена']);
    expect(all(el, '[part="badge"]')[0]).to.match(/^1 миля сгорит /);
    el.lang = 'en';
    await settle(el);
    expect(all(el, '[part="bonus"]')).to.deep.equal(['−21 miles spent', '+1 mile earned']);
    expect(all(el, '[part="badge"]')[0]).to.match(/^1 mile expires on /);
    expect(all(el, '[part~="tab"]').at(-1)).to.equal('Miles');
  });

  it('English forms alone leave Russian with «баллы»', async () => {
    const el = await mount(new FakePlatform({ rows: accruals().slice(0, 1), base: 0 }), 'points-name="mile, miles"');
    await loaded(el, 1);
    expect(all(el, '[part="bonus"]')).to.deep.equal(['+1 балл начислен']);
    el.lang = 'en';
    await settle(el);
    expect(all(el, '[part="bonus"]')).to.deep.equal(['+1 mile earned']);
  });

  for (const value of ['бонусы', 'бонус, , бонусов', 'бонус, бонуса', 'ru: mile, miles', 'de: Meile, Meilen', ', ', 'ru: бонус, бонуса, бонусов; ru: очко, очка, очков']) {
    it(`points-name="${value}" is a config error naming points-name, and nothing is requested`, async () => {
      const fake = new FakePlatform();
      const error = oneEvent(document, 'loyalty-history-error');
      const el = await mount(fake, `points-name="${value}"`);
      const event = await error;
      expect(event.detail.kind).to.equal('config');
      expect(event.detail.attribute).to.equal('points-name');
      expect(event.detail.message).to.match(/^points-name /);
      await settle(el);
      expect(fake.requests).to.equal(0);
      expect(shadow(el).querySelector('[role="alert"]')).not.to.equal(null);
    });
  }

  it('set after loading, it re-renders the rows in place and asks nothing', async () => {
    const fake = new FakePlatform({ rows: makeRows(30), base: 0 });
    const el = await mount(fake, '');
    await loaded(el, 20);
    expect(all(el, '[part="bonus"]')[0]).to.equal('+10 баллов начислено');
    const requests = fake.requests;
    el.pointsName = 'звезда, звезды, звёзд';
    await settle(el);
    expect(all(el, '[part="bonus"]')[0]).to.equal('+10 звёзд начислено');
    expect(articles(el)).to.have.length(20);
    el.setAttribute('points-name', 'миля, мили, миль');
    await settle(el);
    expect(all(el, '[part="bonus"]')[0]).to.equal('+10 миль начислено');
    expect(fake.requests).to.equal(requests);
  });
});

describe('texts: a page\'s own words', () => {
  it('overrides one message and keeps the rest', async () => {
    const texts = { ru: { titles: { purchase: 'Заказ в кофейне' }, retry: 'Ещё раз' } };
    const el = await mount(new FakePlatform({ rows: makeRows(3), base: 0 }), '', { texts });
    await loaded(el, 3);
    expect(fold(articles(el)[0]!.querySelector('.title')!.textContent)).to.equal('Заказ в кофейне');
    expect(all(el, '[part="bonus"]')[0]).to.equal('+10 баллов начислено');
    expect(shadow(el).querySelector('[role="feed"]')!.getAttribute('aria-label')).to.equal('История операций');
  });

  it('adds a third language spoken when the element\'s language is that one', async () => {
    const german: Partial<Messages> = {
      feedLabel: 'Verlauf',
      titles: { purchase: 'Einkauf' } as Messages['titles'],
      points: (n) => (n === 1 ? 'Punkt' : 'Punkte'),
      moved: { earned: () => 'gutgeschrieben' } as unknown as Messages['moved'],
    };
    const el = await mount(new FakePlatform({ rows: makeRows(3), base: 0 }), 'lang="de"', { texts: { de: german } });
    el.setAttribute('lang', 'de');
    await loaded(el, 3);
    expect(fold(articles(el)[0]!.querySelector('.title')!.textContent)).to.equal('Einkauf');
    expect(all(el, '[part="bonus"]')[0]).to.equal('+10 Punkte gutgeschrieben');
    expect(shadow(el).querySelector('[role="feed"]')!.getAttribute('aria-label')).to.equal('Verlauf');
    expect(shadow(el).querySelector('[part="scroller"]')!.getAttribute('lang')).to.equal('de');
  });

  it('shows an integrator\'s text as text, never as markup', async () => {
    const hostile = '<img src="x" onerror="window.__pwned = true">';
    const el = await mount(new FakePlatform({ rows: makeRows(2), base: 0 }), '', { texts: { ru: { titles: { purchase: hostile }, tabs: { all: hostile } } } });
    await loaded(el, 2);
    await settle(el);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    expect(articles(el)[0]!.querySelector('.title')!.textContent).to.equal(hostile);
  });

  it('a texts value that is not an object of languages is a config error naming texts, with no request', async () => {
    const fake = new FakePlatform();
    const error = oneEvent(document, 'loyalty-history-error');
    await mount(fake, '', { texts: 'Покупка' as never });
    const event = await error;
    expect(event.detail.attribute).to.equal('texts');
    expect(fake.requests).to.equal(0);
  });

  it('a change of texts after loading re-renders in place and asks nothing', async () => {
    const fake = new FakePlatform({ rows: makeRows(30), base: 0 });
    const el = await mount(fake, '');
    await loaded(el, 20);
    el.texts = { ru: { titles: { purchase: 'Чек' } } };
    await settle(el);
    expect(fold(articles(el)[0]!.querySelector('.title')!.textContent)).to.equal('Чек');
    expect(fake.requests).to.equal(1);
  });
});

describe('<loyalty-history-table> in the programme\'s unit', () => {
  async function exportHeader(el: LoyaltyHistoryTable, separator: ';' | ','): Promise<string[]> {
    // preventDefault() inside the listener: called after the event, it would come too late, and the
    // file would be downloaded (Firefox then opens its downloads panel, which takes the focus).
    const event = new Promise<LoyaltyHistoryTableExportEvent>((resolve) =>
      el.addEventListener('loyalty-history-table-export', (e) => (e.preventDefault(), resolve(e)), { once: true }),
    );
    button(el, 'export')!.click();
    const e = await event;
    return (await readCsv(e.detail.blob, separator)).records[0]!;
  }

  it('names the unit in its column headers and the CSV header, and a change re-renders with no request', async () => {
    const fake = platform(staffRows(5));
    const el = await mountTable(fake, { 'points-name': 'миля, мили, миль', columns: 'date added spent remain' });
    expect(headers(el)).to.deep.equal(['Дата и время', 'Начислено миль', 'Списано миль', 'Осталось миль']);
    expect(await exportHeader(el, ';')).to.deep.equal(['Дата и время', 'Начислено миль', 'Списано миль', 'Осталось миль']);
    const requests = fake.requests;
    el.setAttribute('points-name', 'en: mile, miles');
    el.lang = 'en';
    await settle(el);
    expect(headers(el)).to.deep.equal(['Date and time', 'Miles added', 'Miles spent', 'Miles remaining']);
    expect(bodyRows(el)).to.have.length(5);
    expect(fake.requests).to.equal(requests);
  });

  it('a malformed points-name is a config error naming it, and nothing is requested', async () => {
    const fake = platform(staffRows(5));
    const error = oneEvent(document, 'loyalty-history-error');
    const el = document.createElement('loyalty-history-table');
    Object.assign(el, { fetch: fake.fetch });
    el.setAttribute('site-code', 'demo');
    el.setAttribute('card', '1234');
    el.setAttribute('points-name', 'бонусы');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await error).detail.attribute).to.equal('points-name');
    await settle(el);
    expect(fake.requests).to.equal(0);
  });

  it('overrides a text of its own titles', async () => {
    const el = await mountTable(platform(staffRows(3)), { columns: 'operation' });
    el.texts = { ru: { titles: { purchase: 'Чек' } } };
    await settle(el);
    expect(fold(bodyRows(el)[0]!.textContent)).to.equal('Чек');
  });
});

describe('getFormatter with a unit and texts', () => {
  it('keeps one formatter per language, currency, zone, unit and texts object', async () => {
    const { getFormatter } = await import('../src/format/index.js');
    const miles = { ru: ['миля', 'мили', 'миль'] } as const;
    const texts = { ru: { retry: 'Ещё раз' } };
    const a = getFormatter('ru', { timeZone: 'UTC', pointsName: miles });
    expect(getFormatter('ru', { timeZone: 'UTC', pointsName: { ru: ['миля', 'мили', 'миль'] } })).to.equal(a);
    expect(a.msg.pointsCount(21)).to.equal('21 миля');
    expect(getFormatter('ru', { timeZone: 'UTC' }).msg.pointsCount(21)).to.equal('21 балл');
    const own = getFormatter('ru', { timeZone: 'UTC', pointsName: miles, texts });
    expect(own).not.to.equal(a);
    expect(getFormatter('ru', { timeZone: 'UTC', pointsName: miles, texts })).to.equal(own);
    expect([own.msg.retry, own.msg.pointsCount(2)]).to.deep.equal(['Ещё раз', '2 мили']);
    expect(own.money(1500), 'the same Intl formats').to.equal(a.money(1500));
  });
});
