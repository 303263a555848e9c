/**
 * Shared steps of the staff table's element tests: a platform whose long numbers travel as JSON
 * numbers (as the real one writes them), mounting the element with properties set first, and
 * reading what its shadow root shows.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define-table.js';
import type { LoyaltyHistoryTable } from '../../src/loyalty-history-table.js';
import { FakePlatform, json, makeRows, type FakeOperation, type FakeOptions } from '../helpers/fake-platform.js';

/** 2^53 + 1: a JSON number that JavaScript's Number would round. */
export const ID_ABOVE_2_53 = '9007199254740993';
export const CARD_19 = '7000123456789012347';
export const CLIENT = '9223372036854775807';
export const PHONE = '9153992642';

/** `n` rows whose ids run down from 2^53 + 1 + n, the last two a refund and the cheque it refunds. */
export function staffRows(n: number): FakeOperation[] {
  const rows = makeRows(n);
  const base = BigInt(ID_ABOVE_2_53);
  rows.forEach((row, i) => (row.Id = String(base + BigInt(n - 1 - i))));
  return rows;
}

/** A platform that echoes the client and writes ids, card and client as bare JSON numbers. */
export function platform(rows: FakeOperation[], options: FakeOptions = {}): FakePlatform {
  const fake: FakePlatform = new FakePlatform({
    base: 0,
    rows,
    ...options,
    respond: async (body, k) => {
      const custom = await options.respond?.(body, k);
      if (custom) return custom;
      const page = { Client: CLIENT, Phone: PHONE, Card: CARD_19, ...fake.page(Number(body['Start']), Number(body['Length'])) };
      return json(JSON.stringify(page).replace(/"(Id|Parent|OrderId|Client|Card)":"(\d+)"/g, '"$1":$2'));
    },
  });
  return fake;
}

export type TableProps = Partial<Pick<LoyaltyHistoryTable, 'fetch' | 'retryPolicy'>>;

/** Mounts the table in a fresh container (removed after the test) and waits for its first rows. */
export async function mountTable(fake: FakePlatform, attrs: Record<string, string> = {}, props: TableProps = {}, style = ''): Promise<LoyaltyHistoryTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  return mountTableIn(wrapper, fake, attrs, props);
}

export async function mountTableIn(parent: HTMLElement, fake: FakePlatform, attrs: Record<string, string> = {}, props: TableProps = {}): Promise<LoyaltyHistoryTable> {
  const el = document.createElement('loyalty-history-table');
  Object.assign(el, { fetch: fake.fetch, retryPolicy: { retries: 0, baseDelayMs: 0, maxDelayMs: 0 }, ...props });
  for (const [name, value] of Object.entries({ lang: 'ru', 'site-code': 'demo', card: CARD_19, 'time-zone': 'Europe/Moscow', ...attrs })) el.setAttribute(name, value);
  parent.append(el);
  await waitUntil(() => bodyRows(el).length > 0 || el.shadowRoot?.querySelector('[role="alert"], [part~="empty"]'), 'first rows', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

export const shadow = (el: LoyaltyHistoryTable): ShadowRoot => el.shadowRoot!;
export const table = (el: LoyaltyHistoryTable): HTMLTableElement => shadow(el).querySelector('table')!;
export const box = (el: LoyaltyHistoryTable): HTMLElement => shadow(el).querySelector<HTMLElement>('[part="box"]')!;
export const bodyRows = (el: LoyaltyHistoryTable): HTMLTableRowElement[] => [...(el.shadowRoot?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])];
export const headers = (el: LoyaltyHistoryTable): string[] => [...table(el).querySelectorAll('thead th')].map((th) => textOf(th));
export const button = (el: LoyaltyHistoryTable, action: string): HTMLButtonElement | null => shadow(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
export const status = (el: LoyaltyHistoryTable): string => textOf(shadow(el).querySelector('[role="status"]')!);
/** Visible text with NBSP, narrow NBSP and runs of white space folded to one space. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The text of each row's cell under the column headed `label`. */
export function column(el: LoyaltyHistoryTable, label: string): string[] {
  const at = headers(el).indexOf(label);
  if (at < 0) throw new Error(`no column ${label}: ${headers(el).join(' | ')}`);
  return bodyRows(el).map((tr) => textOf(tr.cells[at]!));
}

/** Scrolls the table's box to its end until `count` rows are shown. */
export async function scrollUntil(el: LoyaltyHistoryTable, count: number, timeout = 8000): Promise<void> {
  await waitUntil(() => {
    const b = box(el);
    b.scrollTop = b.scrollHeight;
    return bodyRows(el).length >= count;
  }, `${count} rows`, { timeout, interval: 30 });
  await el.updateComplete;
}
