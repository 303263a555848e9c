import { html, nothing, type TemplateResult } from 'lit';
import type { Operation } from '../api/types.js';
import type { Formatter } from '../format/index.js';
import type { OperationView } from '../model/operation.js';
import { rowIds, type RowIds } from './ids.js';
import { badgeText, detailText, titleOf } from './text.js';

export interface RowContext {
  readonly fmt: Formatter;
  /** The feed's key of the row; goes into `data-key` and, sanitised, into element ids. */
  readonly key: string;
  readonly posinset: number;
  /** The total, -1 when unknown. */
  readonly setsize: number;
  readonly expanded: boolean;
  /** For a refund: whether its original cheque is among the loaded rows (then a "go to" button). */
  readonly parentLoaded: boolean;
  /** The coupon code of this row was just copied. */
  readonly copied?: boolean;
  /** When given, the spoken date says 'Сегодня' / 'Вчера' like the day headers do. */
  readonly now?: Date;
}

/**
 * One operation as an ARIA feed article. Named by its title, described by its date, time and
 * place, amounts and badges. No listeners: the element handles clicks on `[data-action]`.
 * The details block exists only while expanded, so thousands of rows stay light.
 */
export function renderRow(op: Operation, view: OperationView, ctx: RowContext): TemplateResult {
  const { fmt, key } = ctx;
  const ids = rowIds(key);
  const hasFigures = view.amount !== undefined || view.earned !== undefined || view.spent !== undefined;
  const describedBy = [ids.summary, hasFigures ? ids.figures : '', view.badges.length ? ids.badges : ''].filter(Boolean).join(' ');
  return html`<article
    class="row kind-${view.kind}${ctx.expanded ? ' expanded' : ''}"
    part="row"
    role="article"
    tabindex="0"
    id=${ids.row}
    data-key=${key}
    data-id=${op.id ?? nothing}
    aria-posinset=${ctx.posinset}
    aria-setsize=${ctx.setsize}
    aria-labelledby=${ids.title}
    aria-describedby=${describedBy}
  >
    <div class="row-main">
      <div class="row-text">
        <div class="title" id=${ids.title}>${titleOf(view, fmt.msg)}</div>
        ${renderSummary(view, ctx, ids)}
        ${view.badges.length
          ? html`<div class="badges" id=${ids.badges}>${view.badges.map(
              (b) => html`<span class="badge badge-${b.kind}" part="badge">${badgeText(b, fmt)}</span>`,
            )}</div>`
          : nothing}
      </div>
      ${hasFigures ? renderFigures(view, fmt, ids.figures) : nothing}
      <button
        type="button"
        class="toggle"
        id=${ids.toggle}
        data-action="toggle"
        aria-expanded=${ctx.expanded ? 'true' : 'false'}
        aria-controls=${ids.details}
        aria-labelledby="${ids.toggleLabel} ${ids.title}"
      ><span class="vh" id=${ids.toggleLabel}>${fmt.msg.moreDetails}</span><span class="chevron" aria-hidden="true"></span></button>
    </div>
    ${ctx.expanded ? renderDetails(view, ctx, ids.details) : nothing}
  </article>`;
}

function renderSummary(view: OperationView, ctx: RowContext, ids: RowIds): TemplateResult {
  const { fmt } = ctx;
  const d = view.date;
  const day = d ? (ctx.now ? fmt.dayHeader(d, ctx.now) : fmt.date(d)) : '';
  return html`<div class="meta" id=${ids.summary}>${d
    ? html`<span class="vh">${day}, </span><time datetime=${d.toISOString()}>${fmt.time(d)}</time>`
    : nothing}${view.where.map(
    (w, i) => html`${d || i > 0 ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span class="where">${w}</span>`,
  )}</div>`;
}

function renderFigures(view: OperationView, fmt: Formatter, id: string): TemplateResult {
  const bonus = (n: number) =>
    html`<span class="bonus ${n > 0 ? 'plus' : 'minus'}" part="bonus"><span class="bonus-value">${fmt.points(n, true)} ${fmt.msg.points(n)}</span> <span class="bonus-word">${fmt.msg.bonusChangeWord(n)}</span></span>`;
  return html`<div class="figures" id=${id}>
    ${view.amount !== undefined ? html`<span class="amount" part="amount">${fmt.money(view.amount)}</span>` : nothing}
    ${view.earned !== undefined ? bonus(view.earned) : nothing}
    ${view.spent !== undefined ? bonus(-view.spent) : nothing}
  </div>`;
}

function renderDetails(view: OperationView, ctx: RowContext, id: string): TemplateResult {
  const { fmt } = ctx;
  const goto = view.parentId !== undefined && ctx.parentLoaded;
  return html`<div class="details" part="details" id=${id}>
    <dl>${view.details.map(
      (d) => html`<div class="detail detail-${d.key}"><dt>${fmt.msg.details[d.key]}</dt><dd>${d.key === 'coupon'
        ? html`<span class="code">${d.text}</span><button type="button" class="copy" data-action="copy" data-value=${d.text}>${ctx.copied ? fmt.msg.copied : fmt.msg.copy}</button>`
        : detailText(d, fmt)}</dd></div>`,
    )}</dl>
    ${goto ? html`<button type="button" class="goto" data-action="goto" data-target=${view.parentId}>${fmt.msg.gotoParent}</button>` : nothing}
  </div>`;
}
