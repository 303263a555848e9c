// What both baselines share: the request an integrator writes by hand, a row template and its
// styles. Formatters are made once (a fair baseline, not a strawman): the contest is how the
// list grows, not how a date is printed.
import { css, html, nothing } from 'lit';

/**
 * @typedef {object} Op
 * @property {number} Id
 * @property {string} Proctime
 * @property {number | null} Amount
 * @property {number | null} Added
 * @property {number | null} Redeemed
 * @property {boolean | null} Refund
 * @property {number} ComponentType
 * @property {string | null} PosName
 * @property {string | null} PartnerName
 * @property {string | null} BonusSourceName
 * @property {string | null} ChequeNumber
 */

/** @typedef {{ Rows: number, Operations: Op[], ErrorCode: number, Message: string | null }} Page */

const when = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const money = new Intl.NumberFormat('ru', { style: 'currency', currency: 'RUB' });
const points = new Intl.NumberFormat('ru', { signDisplay: 'always' });

/**
 * One page, `Start` being the number of rows already held (a 0-based offset, as most people read it).
 * @param {{ apiBase: string, token: string, siteCode: string, start: number, length: number }} q
 * @returns {Promise<Page>}
 */
export async function fetchPage(q) {
  const res = await fetch(`${q.apiBase}/client/OperationHistory`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Token: Number(q.token), SiteCode: q.siteCode, Start: q.start, Length: q.length }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  /** @type {Page} */
  const page = await res.json();
  if (page.ErrorCode) throw new Error(page.Message ?? `ErrorCode ${page.ErrorCode}`);
  return page;
}

/** @param {Op} op */
function title(op) {
  if (op.ComponentType === 3) return 'Сгорание баллов';
  if (op.Amount !== null) return op.Refund ? 'Возврат' : 'Покупка';
  return op.BonusSourceName ?? 'Начисление баллов';
}

/** @param {Op} op */
export function renderRow(op) {
  return html`<div class="row" data-id=${op.Id}>
    <div class="text">
      <div class="title">${title(op)}</div>
      <div class="meta"><time>${when.format(new Date(op.Proctime))}</time> · ${op.PosName ?? op.PartnerName ?? ''}</div>
    </div>
    <div class="figures">
      ${op.Amount !== null ? html`<span class="amount">${money.format(op.Refund ? -op.Amount : op.Amount)}</span>` : nothing}
      ${op.Added ? html`<span class="bonus plus">${points.format(op.Added)}</span>` : nothing}
      ${op.Redeemed ? html`<span class="bonus minus">${points.format(-op.Redeemed)}</span>` : nothing}
    </div>
  </div>`;
}

export const rowStyles = css`
  :host { display: block; height: 100%; font: 16px/1.45 system-ui, sans-serif; color: #1b1c1f; }
  .list { height: 100%; overflow: auto; }
  .row { display: flex; justify-content: space-between; gap: 12px; min-height: 72px; box-sizing: border-box;
    padding: 12px 16px; border-bottom: 1px solid #d7dae0; width: 100%; }
  .title { font-weight: 600; }
  .meta { color: #575c64; font-size: 0.875em; }
  .figures { display: flex; flex-direction: column; align-items: flex-end; }
  .plus { color: #126b34; } .minus { color: #b3261e; }
  .loading, .end { padding: 16px; text-align: center; color: #575c64; }
`;
