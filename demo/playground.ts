// The playground: every attribute as a control, faults of the mock platform through `api-base`,
// and a log of the events the widget fires. The widget comes first in the page, so a phone shows
// it before the controls.
import '../src/define.js';
import type { LoyaltyHistory } from '../src/loyalty-history.js';

interface Fault {
  readonly label: string;
  /** The mock's fault segment, put after `/api/mock/`. */
  readonly spec?: string;
  /** What the member sees, and which error kind it provokes. */
  readonly note: string;
  /** Overrides while the fault is picked. */
  readonly timeout?: number;
  readonly token?: string;
}

const FAULTS: Record<string, Fault> = {
  none: { label: 'none', note: 'Plain mock at /api.' },
  latency: { label: 'latency 300 ms', spec: 'latency=300', note: 'Every request answers after 300 ms: see the skeleton and the "loading more" row.' },
  slow: { label: 'slow first byte (2 s)', spec: 'slow-first-byte=2000', note: 'Headers come 2 s late. Still under the timeout.' },
  mix: { label: '30% mixed failures', spec: 'mix=0.3;seed=7', note: 'A seeded mix of 503, dropped connections, truncated JSON and HTML pages. 503s and drops are retried unseen; a broken body shows Retry.' },
  fail: { label: '503 always', spec: 'fail=1', note: 'Error kind "http" (status 503) after the retries. Pick "none" and press Retry to recover.' },
  drop: { label: 'dropped connection', spec: 'drop=1', note: 'Error kind "network": the connection closes with no answer.' },
  timeout: { label: 'timeout (latency 3 s, timeout 1 s)', spec: 'latency=3000', timeout: 1000, note: 'Error kind "timeout" after the retries.' },
  truncate: { label: 'truncated JSON', spec: 'truncate=1', note: 'Error kind "invalid-response": the JSON is cut in half. Not retried.' },
  html: { label: 'HTML maintenance page', spec: 'html=1', note: 'Error kind "invalid-response": a 200 with an HTML page.' },
  error3: { label: 'ErrorCode 3', spec: 'error=3', note: 'Error kind "api": the platform\'s own message «Неверный токен» is shown.' },
  auth: { label: 'auth required (401)', spec: 'auth=1', note: 'Error kind "http" (status 401) until "send Authorization" below is ticked: the headers property then supplies a Bearer token.' },
  base0: { label: 'Start base 0', spec: 'base=0', note: 'Start 0 is the newest row: the widget still pages without gaps or duplicates.' },
  short: { label: "Start base 'short'", spec: 'base=short', note: 'Start 0 returns one row short: the widget must not lose a row.' },
  config: { label: 'bad token (config)', token: 'abc', note: 'Error kind "config": token="abc" is not digits. No Retry: fix the attribute (pick "none").' },
};

const CARDS: Record<string, string> = {
  '1000': '2700000001000', '1001': '2700000001001', '1002': '2700000001002', '1003': '2700000001003',
  '1004': '2700000001004', '9007199254740993': '9007199254740995',
};

/** Every attribute the form sets by name (`no-filters` is a checkbox, `api-base` comes from the fault). */
const ATTRIBUTES = [
  'token', 'card', 'phone', 'client', 'site-code',
  'filter', 'page-size', 'partner', 'pos-code', 'order-id', 'operator', 'server-time-zone',
  'lang', 'theme', 'load-mode', 'auto-load-limit', 'points-name', 'currency', 'time-zone',
  'timeout',
];

const form = document.querySelector<HTMLFormElement>('#controls')!;
const el = document.querySelector<LoyaltyHistory>('loyalty-history')!;
const host = document.querySelector<HTMLElement>('#host')!;
const faultSelect = document.querySelector<HTMLSelectElement>('#fault')!;
const faultNote = document.querySelector<HTMLElement>('#fault-note')!;
const bearer = document.querySelector<HTMLInputElement>('#bearer')!;
const retries = document.querySelector<HTMLSelectElement>('#retries')!;
const height = document.querySelector<HTMLSelectElement>('#height')!;
const markup = document.querySelector<HTMLElement>('#markup code')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

for (const [value, f] of Object.entries(FAULTS)) faultSelect.add(new Option(f.label, value));

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

/** Form values → attributes (empty means absent), with the picked fault's overrides. */
function apply(): void {
  const fault = FAULTS[faultSelect.value] ?? FAULTS['none']!;
  const values: Record<string, string> = {};
  for (const name of ATTRIBUTES) {
    values[name] = field(name).value.trim();
  }
  if (fault.token !== undefined) values['token'] = fault.token;
  if (fault.timeout !== undefined) values['timeout'] = String(fault.timeout);
  values['api-base'] = fault.spec ? `/api/mock/${fault.spec}` : '';
  for (const [name, value] of Object.entries(values)) {
    if (value === '') el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  el.toggleAttribute('no-filters', (field('no-filters') as HTMLInputElement).checked);
  el.retryPolicy = retries.value === '' ? undefined : { retries: Number(retries.value) };
  host.dataset['height'] = height.value;
  faultNote.textContent = fault.note;
  showMarkup();
}

function showMarkup(): void {
  const attrs = el.getAttributeNames().filter((n) => n !== 'scroll')
    .map((n) => { const v = el.getAttribute(n); return v === '' ? n : `${n}="${v}"`; });
  markup.textContent = `<loyalty-history\n  ${attrs.join('\n  ')}>\n</loyalty-history>`;
}

form.addEventListener('change', (e) => {
  if ((e.target as Element).getAttribute('name') === 'token') field('card').value = CARDS[field('token').value] ?? '';
  apply();
});
form.addEventListener('submit', (e) => e.preventDefault());
bearer.addEventListener('change', () => {
  el.headers = bearer.checked ? async () => ({ Authorization: 'Bearer demo' }) : undefined;
  el.reload();
});
document.querySelector('#reload')!.addEventListener('click', () => el.reload());
document.querySelector('#reset-mock')!.addEventListener('click', async () => {
  await fetch('/api/mock/reset', { method: 'POST' });
  el.reload();
});
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());

// ---- Event log ----
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false });
const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x), 2);

function logEvent(e: Event): void {
  const detail = (e as CustomEvent<unknown>).detail as Record<string, unknown>;
  const li = document.createElement('li');
  const when = document.createElement('time');
  when.textContent = time.format(new Date());
  const type = document.createElement('span');
  type.className = `type${e.type.endsWith('error') ? ' type-error' : ''}`;
  type.textContent = e.type;
  const pre = document.createElement('pre');
  const ops = detail['operations'];
  pre.textContent = json(Array.isArray(ops) ? { ...detail, operations: `[${ops.length} operations]` } : detail);
  li.append(when, type, pre);
  if (Array.isArray(ops) && ops.length > 0) {
    const more = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'operations';
    const full = document.createElement('pre');
    full.textContent = json(ops);
    more.append(summary, full);
    li.append(more);
  }
  log.prepend(li);
  while (log.children.length > 100) log.lastElementChild!.remove();
}

for (const type of ['loyalty-history-load', 'loyalty-history-error', 'loyalty-history-filter-change'] as const) {
  el.addEventListener(type, logEvent);
}
// A filter tab picked inside the widget: keep the form in step.
el.addEventListener('loyalty-history-filter-change', (e) => {
  field('filter').value = e.detail.filter;
  el.setAttribute('filter', e.detail.filter);
  showMarkup();
});

field('card').value = CARDS[field('token').value] ?? '';
apply();
