/**
 * Hostile configuration: each wrong attribute gives a `config` error that names it (in
 * `detail.attribute` and in the message), the widget shows the error without a Retry, and no
 * request leaves the page.
 */
import { expect, waitUntil, aTimeout } from '@open-wc/testing';
import { resolveConfig } from '../../src/api/config.js';
import { HistoryError } from '../../src/api/errors.js';
import type { ErrorDetail } from '../../src/api/errors.js';
import { FakePlatform } from '../helpers/fake-platform.js';
import { alertOf, articles, container, mountIn, retryButton, root, textOf } from '../helpers/widget.js';

const CASES: [attribute: string, values: string[]][] = [
  ['token', ['abc', '12.5', '1e5', '-3', '12 34', '0x1F', '１２３', '99999999999999999999']],
  ['card', ['4276-12a4', '1.0', 'card', '-1']],
  ['phone', ['+1 555 399-26-42', '8(915)39926', '9153992642.0']],
  ['client', ['NaN']],
  ['order-id', ['#42']],
  ['filter', ['everything', 'cheques', '<script>']],
  ['page-size', ['0', '-1', '10000', '1.5', 'abc', '1e2']],
  ['api-base', [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'data:application/json,{"Rows":0}',
    'http://example.com/api',
    'ftp://example.com/api',
    '/api?debug=1',
    'https://user:secret@example.com/api',
  ]],
  ['timeout', ['0', '-5', 'abc', '1.5', 'Infinity', '2147483648', '1e12']],
  ['load-mode', ['AUTO', 'Button', 'scroll', 'infinite']],
  ['server-time-zone', ['Mars/Olympus', 'MSK', 'Europe/Moskva']],
  ['time-zone', ['Nowhere/Land', 'GMT+25']],
  ['currency', ['RUBLE', 'XYZ', 'руб', '$']],
];

describe('hostile configuration', () => {
  let pageFetches = 0;
  const realFetch = window.fetch;
  beforeEach(() => {
    pageFetches = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      pageFetches++;
      return realFetch(...args);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  for (const [attribute, values] of CASES) {
    for (const value of values) {
      it(`${attribute}="${value}": a config error naming ${attribute}, shown, and no request`, async () => {
        const platform = new FakePlatform();
        const wrapper = await container();
        const details: ErrorDetail[] = [];
        wrapper.addEventListener('loyalty-history-error', (e) => details.push(e.detail));
        const el = mountIn(wrapper, { token: '1', [attribute]: value }, { fetch: platform.fetch });
        await waitUntil(() => details.length > 0, 'error event');
        await el.updateComplete;
        await aTimeout(30);
        expect(details).to.have.length(1);
        const detail = details[0]!;
        expect(detail.kind).to.equal('config');
        expect(detail.attribute).to.equal(attribute);
        expect(detail.message).to.contain(attribute);
        if (attribute === 'token') expect(detail.message, 'the token is never echoed').to.not.contain(value);
        const alert = alertOf(el);
        expect(alert, 'the error is shown').to.exist;
        expect(textOf(alert!)).to.contain('настроен неверно');
        expect(retryButton(el), 'no Retry: the same settings would fail again').to.equal(null);
        expect(articles(el)).to.have.length(0);
        expect(root(el).querySelector('[part~="skeleton"]'), 'not loading').to.equal(null);
        expect(platform.requests, 'requests through the element fetch').to.equal(0);
        expect(pageFetches, "requests through the page's fetch").to.equal(0);
      });
    }
  }

  it('a setting turning bad mid-load cancels the request, clears the rows and sends nothing more', async () => {
    const platform = new FakePlatform({ delay: (body) => (body['Start'] === 0 ? 0 : 200) });
    const wrapper = await container();
    const el = mountIn(wrapper, { token: '1', 'page-size': '10', 'load-mode': 'button' }, { fetch: platform.fetch });
    await waitUntil(() => articles(el).length === 10, 'first page');
    root(el).querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
    await waitUntil(() => platform.inFlight === 1, 'second page asked');
    const error = new Promise<ErrorDetail>((resolve) => el.addEventListener('loyalty-history-error', (e) => resolve(e.detail), { once: true }));
    el.setAttribute('page-size', '0');
    expect((await error).attribute).to.equal('page-size');
    await aTimeout(300);
    expect(platform.inFlight).to.equal(0);
    expect(platform.requests).to.equal(2);
    expect(articles(el)).to.have.length(0);
    expect(alertOf(el)).to.exist;
    el.setAttribute('page-size', '10');
    await waitUntil(() => articles(el).length === 10, 'fixed: loads again');
    expect(alertOf(el)).to.equal(null);
  });

  for (const [attribute, value] of [['currency', 'руб'], ['load-mode', 'AUTO'], ['time-zone', 'Nowhere/Land']]) {
    it(`${attribute}="${value}" set after the rows have loaded is a config error too, never a silent fallback`, async () => {
      const platform = new FakePlatform();
      const wrapper = await container();
      const el = mountIn(wrapper, { token: '1', 'page-size': '10', 'load-mode': 'button' }, { fetch: platform.fetch });
      await waitUntil(() => articles(el).length === 10, 'first page');
      const error = new Promise<ErrorDetail>((resolve) => el.addEventListener('loyalty-history-error', (e) => resolve(e.detail), { once: true }));
      el.setAttribute(attribute!, value!);
      const detail = await error;
      expect(detail.kind).to.equal('config');
      expect(detail.attribute).to.equal(attribute);
      await el.updateComplete;
      expect(alertOf(el), 'the error is shown').to.exist;
      el.setAttribute(attribute!, attribute === 'load-mode' ? 'button' : attribute === 'currency' ? 'RUB' : 'Europe/Moscow');
      await waitUntil(() => articles(el).length === 10, 'fixed: loads again');
    });
  }

  it('an unknown theme or lang is no error: the theme follows the page, the language falls back to the nearest [lang]', async () => {
    const platform = new FakePlatform({ rows: [] });
    const wrapper = await container();
    wrapper.setAttribute('lang', 'en');
    const details: ErrorDetail[] = [];
    wrapper.addEventListener('loyalty-history-error', (e) => details.push(e.detail));
    const el = mountIn(wrapper, { token: '1', theme: 'neon', lang: 'klingon' }, { fetch: platform.fetch });
    await waitUntil(() => root(el).querySelector('[part~="empty"]') !== null, 'loaded');
    expect(details).to.deep.equal([]);
    expect(platform.requests).to.equal(1);
    expect(textOf(root(el))).to.contain('No operations yet');
  });

  describe('an http: API from an https: page (resolveConfig, as the browser would block it)', () => {
    const HTTPS_PAGE = 'https://shop.example/account/history';
    for (const base of ['http://api.example.com/api', 'http://localhost:8787/api', 'http://127.0.0.1/api', 'http://[::1]:8080/api']) {
      it(`${base}: a config error naming api-base`, () => {
        let error: unknown;
        try {
          resolveConfig({ token: '1', apiBase: base }, HTTPS_PAGE);
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(HistoryError);
        const e = error as HistoryError;
        expect(e.kind).to.equal('config');
        expect(e.attribute).to.equal('api-base');
        expect(e.message).to.contain('api-base');
        expect(e.message).to.contain('http:');
      });
    }

    it('the same local http: API is accepted from an http: page, so the check is about the page', () => {
      expect(resolveConfig({ apiBase: 'http://localhost:8787/api' }, 'http://localhost:5173/').request.endpoint).to.equal(
        'http://localhost:8787/api/client/OperationHistory',
      );
    });
  });
});
