/**
 * Hostile data: markup and script in every string, a 5,000-character name, prototype keys,
 * and fields of the wrong type. The widget shows text as text, keeps its layout, and never
 * shows a blank box or "NaN" / "Invalid Date" / "undefined" / "null".
 */
import { expect, waitUntil, aTimeout } from '@open-wc/testing';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { json } from '../helpers/fake-platform.js';
import { alertOf, articles, container, endShown, everythingShown, mount, mountIn, root, textOf } from '../helpers/widget.js';

const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `</style><script>window.__pwned='script'</script>`,
  `"><svg onload="window.__pwned='svg'">`,
  `'><iframe src="javascript:window.__pwned='iframe'"></iframe>`,
];
const STRING_FIELDS = ['PartnerName', 'PosName', 'CouponNumber', 'BonusSourceName', 'ChequeNumber'] as const;
const FORBIDDEN = /NaN|Invalid Date|undefined|null|Infinity/;
const WHEN = '2025-11-06T03:31:38.5405101+03:00';

type Pwned = Window & { __pwned?: string };

/** A widget whose only answer is `body` (a string is sent verbatim). */
function answering(body: unknown): typeof fetch {
  return async () => json(body);
}

async function loaded(el: LoyaltyHistory, rows: number): Promise<void> {
  await waitUntil(() => articles(el).length === rows && endShown(el), `${rows} rows and the end`, { timeout: 5000 });
}

/** Opens every row's details, so what they hold is rendered too. */
async function expandAll(el: LoyaltyHistory): Promise<void> {
  for (const toggle of root(el).querySelectorAll<HTMLButtonElement>('[data-action="toggle"]')) {
    if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
    await el.updateComplete;
  }
}

/** Nothing on screen reads like a JavaScript value leaking through. */
function expectNoJsLeak(el: LoyaltyHistory): void {
  const all = everythingShown(root(el));
  expect(all.some((s) => s.startsWith('part=')), 'the scan sees the rendered parts').to.equal(true);
  const shown = all.filter((s) => FORBIDDEN.test(s));
  expect(shown, 'shown text or attributes').to.deep.equal([]);
}

describe('hostile data', () => {
  afterEach(() => {
    delete (window as Pwned).__pwned;
  });

  it('markup and script in every string field show as literal text and never run', async () => {
    const operations = PAYLOADS.flatMap((p, i) => [
      { Id: 10 + i, ChequeId: 500 + i, Amount: 100, Discount: 5, Refund: false, Proctime: WHEN, ...Object.fromEntries(STRING_FIELDS.map((f) => [f, p])) },
      // A bonus row from an unknown source is titled with the source's own name.
      { Id: 20 + i, BonusId: 900 + i, Added: 50, Proctime: WHEN, BonusSourceName: p, PartnerName: p, PosName: p },
    ]);
    const el = await mount({ token: '1', 'time-zone': 'Europe/Moscow' }, { fetch: answering({ Rows: operations.length, ErrorCode: 0, Operations: operations }) });
    await loaded(el, operations.length);
    await expandAll(el);
    await aTimeout(100);
    expect((window as Pwned).__pwned, 'a payload ran').to.equal(undefined);
    expect(root(el).querySelectorAll('img, svg, script, iframe, object, embed, style, link'), 'elements from the data').to.have.length(0);
    expect(el.children, "nothing in the host's light DOM").to.have.length(0);
    const shown = textOf(root(el));
    for (const p of PAYLOADS) expect(shown, p).to.contain(p.replace(/\s+/g, ' '));
    // The coupon's copy button carries the code as a plain attribute value.
    const values = [...root(el).querySelectorAll<HTMLElement>('[data-action="copy"]')].map((b) => b.dataset['value']);
    expect(values).to.include.members(PAYLOADS);
  });

  it("markup in the platform's error Message shows as text", async () => {
    const el = await mount({ token: '1' }, { fetch: answering({ ErrorCode: 4, Message: PAYLOADS.join(' '), Operations: [] }) });
    await waitUntil(() => alertOf(el) !== null, 'error shown');
    await aTimeout(100);
    expect((window as Pwned).__pwned).to.equal(undefined);
    expect(root(el).querySelectorAll('img, svg, script, iframe')).to.have.length(0);
    expect(textOf(alertOf(el)!)).to.contain(PAYLOADS[0]);
  });

  it("a Message of a million characters is shown shortened; the event keeps it whole", async () => {
    const message = `Ошибка получения данных: ${'очень длинное объяснение '.repeat(40_000)}`.slice(0, 999_999).trim() + '.';
    const wrapper = await container();
    const details: string[] = [];
    wrapper.addEventListener('loyalty-history-error', (e) => details.push(e.detail.message));
    const el = mountIn(wrapper, { token: '1' }, { fetch: answering({ ErrorCode: 4, Message: message, Operations: [] }) });
    await waitUntil(() => alertOf(el) !== null, 'error shown');
    expect(details.length).to.equal(1);
    expect(details[0]!.length, 'the event has the whole Message').to.equal(message.length);
    expect(details[0] === message, 'the same text').to.equal(true);
    const shown = textOf(alertOf(el)!);
    expect(shown).to.contain('Ошибка получения данных: очень длинное');
    expect(shown.length, 'characters on screen').to.be.below(500);
    expect(shown).to.contain('…');
  });

  it(".NET's no-date (0001-01-01 with an offset, or /Date(-62135596800000)/) is no date: no burnt or expiring points", async () => {
    const accrual = (id: number, expiry: string) => ({ Id: id, BonusId: id, BonusSource: 4, BonusSourceName: 'Ручное начисление', Added: 100, Remain: 100,
      Active: true, Proctime: WHEN, ActiveDate: '0001-01-01T00:00:00+03:00', ExpiryDate: expiry });
    const operations = [accrual(1, '0001-01-01T00:00:00+00:00'), accrual(2, '0001-01-01T00:00:00.0000000+03:00'), accrual(3, '/Date(-62135596800000)/'),
      accrual(4, '/Date(-62135596800000+0300)/')];
    const el = await mount({ token: '1', 'time-zone': 'Europe/Moscow' }, { fetch: answering({ Rows: 4, ErrorCode: 0, Operations: operations }) });
    await loaded(el, 4);
    await expandAll(el);
    const shown = textOf(root(el));
    expect(shown).not.to.match(/сгор|январ|0001|\b1 г\./);
    expectNoJsLeak(el);
  });

  it('a 5,000-character name wraps inside the row: no row wider than the host, no horizontal scroll', async () => {
    const long = 'Ж'.repeat(5000);
    const operations = [
      { Id: 1, ChequeId: 1, PartnerName: long, PosName: 'слово '.repeat(1000), ChequeNumber: 'N'.repeat(5000), CouponNumber: 'C'.repeat(5000), Amount: 123456789.99, Added: 10, Proctime: WHEN },
      { Id: 2, BonusId: 2, BonusSourceName: long, Added: 5, Proctime: WHEN },
      { Id: 3, ChequeId: 3, PartnerName: 'Кофейня', Amount: 10, Proctime: WHEN },
    ];
    const wrapper = await container('width:320px');
    const el = mountIn(wrapper, { token: '1' }, { fetch: answering({ Rows: 3, ErrorCode: 0, Operations: operations }) });
    await loaded(el, 3);
    await expandAll(el);
    const host = el.getBoundingClientRect();
    expect(host.width).to.equal(320);
    for (const row of articles(el)) {
      const r = row.getBoundingClientRect();
      expect(r.width, 'row width').to.be.at.most(host.width + 0.5);
      expect(r.left).to.be.at.least(host.left - 0.5);
      for (const part of row.querySelectorAll<HTMLElement>('*:not(.vh):not(.vh *)')) {
        const p = part.getBoundingClientRect();
        if (p.width === 0) continue;
        expect(p.right, `${part.className || part.tagName} stays inside the host`).to.be.at.most(host.right + 0.5);
      }
    }
    const box = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
    expect(box.scrollWidth, 'no horizontal scroll in the widget').to.be.at.most(box.clientWidth);
    expect(document.documentElement.scrollWidth, 'no horizontal scroll on the page').to.be.at.most(window.innerWidth);
    expect(articles(el)[0]!.getBoundingClientRect().height, 'the long name wrapped onto many lines').to.be.greaterThan(200);
  });

  it('__proto__ and constructor keys change nothing: Object.prototype stays clean and the rows render', async () => {
    const row = (id: number, name: string) => `{"Id":${id},"ChequeId":${id},"PartnerName":"${name}","Amount":100,"Proctime":"${WHEN}"`;
    const body = `{"__proto__":{"polluted":"envelope","Rows":999},"constructor":{"prototype":{"polluted":"ctor"}},"Rows":3,"ErrorCode":0,"Message":null,"Operations":[
      ${row(1, 'Кофейня')},"__proto__":{"polluted":"row","PartnerName":"Взлом","Refund":true},"constructor":{"prototype":{"polluted":"row-ctor"}}},
      ${row(2, 'Книжный')},"__proto__":null,"hasOwnProperty":1,"toString":"x","valueOf":{}},
      ${row(3, 'Продукты')},"prototype":{"polluted":"p"},"__defineGetter__":0}
    ]}`;
    const el = await mount({ token: '1' }, { fetch: answering(body) });
    await loaded(el, 3);
    expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype polluted').to.equal(undefined);
    expect(Object.prototype).to.not.have.property('PartnerName');
    expect(Object.prototype).to.not.have.property('Rows');
    const shown = textOf(root(el));
    for (const name of ['Кофейня', 'Книжный', 'Продукты']) expect(shown).to.contain(name);
    expect(shown).to.not.contain('Взлом');
    expect(root(el).querySelector('[part~="badge"]'), 'no refund badge from the __proto__ key').to.equal(null);
    expectNoJsLeak(el);
  });

  it('fields of the wrong type give rows without those fields, never NaN, Invalid Date, undefined or null', async () => {
    const operations = [
      { Id: 1, ChequeId: 1, PartnerName: 42, Amount: 'abc', Proctime: WHEN },
      { Id: 2, Amount: {}, Added: [1], Redeemed: true, Proctime: 12345 },
      { Id: 3, Amount: 100, Proctime: 'not a date', Refund: 'maybe', Discount: 'NaN' },
      { Id: 4, Amount: 100, Proctime: '2025-13-45T99:99:99', ActiveDate: true, Active: 'x', ExpiryDate: '0001-01-01T00:00:00', Remain: 'NaN', Added: 5 },
      { Id: 5, Added: 'Infinity', Redeemed: 'HUGE', ComponentType: 'x', BonusSource: {}, BonusSourceName: 7, Proctime: '/Date(abc)/' },
      { Id: 'x6', Parent: {}, Refund: true, Amount: 10, Proctime: null, ExpiryDate: '/Date(99999999999999999)/', Remain: 3 },
      { Id: 7, PosName: ['a'], CouponNumber: 12, ChequeNumber: false, SertRedeemed: 'lots', Amount: 'HUGE', Proctime: '' },
      { Id: 8, ChequeId: -3, OrderId: 1.5, Amount: -0, Added: -5, Proctime: '2025-11-06' },
      { Id: 9 },
      {},
    ];
    // Numbers no double can hold, written raw.
    const body = JSON.stringify({ Rows: operations.length, ErrorCode: 0, Message: null, Operations: operations }).replace(/"HUGE"/g, '1e400');
    expect(body).to.contain('1e400');
    const el = await mount({ token: '1', 'time-zone': 'Europe/Moscow' }, { fetch: answering(body) });
    await loaded(el, operations.length);
    await expandAll(el);
    expectNoJsLeak(el);
    for (const row of articles(el)) expect(textOf(row).trim(), 'each row says something').to.not.equal('');
    expect(textOf(articles(el)[0]!)).to.not.contain('42');
  });

  const broken: [string, unknown][] = [
    ['Operations is a string', { Rows: 1, ErrorCode: 0, Operations: 'rows' }],
    ['Operations holds a number', { Rows: 1, ErrorCode: 0, Operations: [1] }],
    ['ErrorCode is not a number', { Rows: 1, ErrorCode: 'abc', Operations: [] }],
    ['ErrorCode is an object', { ErrorCode: {}, Operations: [] }],
    ['the body is an array', [{ Id: 1 }]],
    ['the body is null', 'null'],
    ['the body is a number', '42'],
    ['the body is a string', '"OK"'],
  ];
  for (const [what, body] of broken) {
    it(`${what}: an invalid-response error with Retry, not a blank widget`, async () => {
      const errors: string[] = [];
      const el = await mount({ token: '1' }, { fetch: answering(body) });
      el.addEventListener('loyalty-history-error', (e) => errors.push(e.detail.kind));
      await waitUntil(() => alertOf(el) !== null, 'error shown');
      expect(errors).to.deep.equal(['invalid-response']);
      expect(root(el).querySelector('[data-action="retry"]')).to.exist;
      expect(textOf(alertOf(el)!).trim()).to.not.equal('');
      expectNoJsLeak(el);
    });
  }

  it('Rows of the wrong type: the rows still show, with no count', async () => {
    const el = await mount({ token: '1' }, { fetch: answering({ Rows: 'many', ErrorCode: 0, Operations: [{ Id: 1, Amount: 5, Proctime: WHEN }] }) });
    await waitUntil(() => articles(el).length === 1 && endShown(el), 'row and end');
    expectNoJsLeak(el);
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
  });
});
