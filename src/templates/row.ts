import { html, nothing, type TemplateResult } from 'lit';
import type { Operation } from '../api/types.js';
import type { Formatter } from '../format/index.js';
import type { OperationView } from '../model/operation.js';
import { rowIds, type RowIds } from './ids.js';
import { badgeText, detailText, figureText, signOf, titleOf } from './text.js';

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
  /** For 'Сегодня' and 'Вчера', and the year of older days. */
  readonly now: Date;
}

/*
 * Templates here have no white space between tags (line breaks fall inside tags): a collapsed
 * plain purchase is 8 elements and no text node between them, however many rows are kept.
 */

/**
 * One operation as an ARIA feed article, phone first: title and amount on the first line; date,
 * time and place (at most two lines) beside the points on the second; badges under them. The
 * kind's mark and the chevron are drawn by CSS. Named by its title, described by the rest.
 * No listeners: the element handles clicks on `[data-action]`; `expand` on the summary makes the
 * whole row a tap target, the chevron button (`toggle`) keeps `aria-expanded` for screen readers;
 * it is no Tab stop: the feed is one (feed-focus.ts), and Enter or Space on the article toggles.
 * The details block exists only while expanded, so thousands of rows stay light.
 */
export function renderRow(op: Operation, view: OperationView, ctx: RowContext): TemplateResult {
  const { fmt, key } = ctx;
  const ids = rowIds(key);
  const title = titleOf(view, fmt.msg);
  const hasAmount = view.amount !== undefined;
  const describedBy = [ids.summary, hasAmount ? ids.amount : '', ...view.points.map((_, i) => ids.points + i), view.badges.length ? ids.badges : '']
    .filter(Boolean)
    .join(' ');
  return html`<article
    class="row kind-${view.kind}${ctx.expanded ? ' expanded' : ''}"
    part="row"
    role="article"
    tabindex="0"
    data-key=${key}
    data-id=${op.id ?? nothing}
    aria-posinset=${ctx.posinset}
    aria-setsize=${ctx.setsize}
    aria-labelledby=${ids.title}
    aria-describedby=${describedBy}
  ><div class="head${hasAmount ? '' : ' no-amount'}" data-action="expand"
    ><div class="title" id=${ids.title}>${title}</div
    >${hasAmount
      ? html`<span class="amount" part="amount" id=${ids.amount}>${view.kind === 'refund' ? '+' : ''}${fmt.money(view.amount!)}</span>`
      : nothing}${renderSummary(view, ctx, ids)}${view.points.map(
      (f, i) => html`<span class="bonus ${signOf(f) > 0 ? 'plus' : 'minus'}" part="bonus" id=${ids.points + i}>${figureText(f, fmt)}</span>`,
    )}${view.badges.length
      ? html`<div class="badges" id=${ids.badges}>${view.badges.map(
          (b) => html`<span class="badge badge-${b.kind}" part="badge">${badgeText(b, fmt)}</span>`,
        )}</div>`
      : nothing}</div
  ><button
    type="button"
    class="toggle"
    tabindex="-1"
    data-action="toggle"
    aria-expanded=${ctx.expanded ? 'true' : 'false'}
    aria-controls=${ids.details}
    aria-label=${`${fmt.msg.moreDetails}: ${title}`}
  ></button
  >${ctx.expanded ? renderDetails(view, ctx, ids.details) : nothing}</article>`;
}

/** 'Сегодня, 14:05 · Победа, ТЦ Север': the separator is drawn by CSS, so it is not read out. */
function renderSummary(view: OperationView, ctx: RowContext, ids: RowIds): TemplateResult {
  const { fmt } = ctx;
  const d = view.date;
  return html`<div class="meta" id=${ids.summary}>${d
    ? html`<time datetime=${d.toISOString()}>${fmt.dayHeader(d, ctx.now)}, ${fmt.time(d)}</time>`
    : nothing}${view.where.length ? html`<span class="where">${view.where.join(', ')}</span>` : nothing}</div>`;
}

function renderDetails(view: OperationView, ctx: RowContext, id: string): TemplateResult {
  const { fmt } = ctx;
  const goto = view.parentId !== undefined && ctx.parentLoaded;
  return html`<div class="details" part="details" id=${id}
    ><dl>${view.details.map(
      (d) => html`<div class="detail detail-${d.key}"><dt>${fmt.msg.details[d.key]}</dt><dd>${d.key === 'coupon'
        ? html`<span class="code">${d.text}</span><button type="button" class="copy" data-action="copy" data-value=${d.text}>${ctx.copied ? fmt.msg.copied : fmt.msg.copy}</button>`
        : detailText(d, fmt)}</dd></div>`,
    )}</dl
    >${goto ? html`<button type="button" class="goto" data-action="goto" data-target=${view.parentId}>${fmt.msg.gotoParent}</button>` : nothing}</div>`;
}
