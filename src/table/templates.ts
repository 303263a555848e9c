/**
 * The staff table's pieces as pure functions of what they show: the client header, the totals,
 * the export bar, the header row and one body row. The rows are rendered once into plain markup
 * by table-view.ts; the rest by the element's render().
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryPage } from '../api/types.js';
import type { FeedRow } from '../feed/feed-engine.js';
import type { Formatter } from '../format/index.js';
import type { OperationView } from '../model/operation.js';
import { safeKey } from '../templates/ids.js';
import { badgeText, titleOf } from '../templates/text.js';
import { cellText, columnLabel, type Cell, type Column } from './columns.js';
import type { ExportState } from './export-control.js';
import type { TableMessages } from './texts.js';
import { coverageText, type Coverage, type Totals } from './totals.js';

/** A 10-digit phone as the platform keeps it (no leading 7 or 8): '+7 915 399-26-42'; other forms as sent. */
export function phoneText(phone: string): string {
  const m = /^(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(phone);
  return m ? `+7\u00a0${m[1]}\u00a0${m[2]}-${m[3]}-${m[4]}` : phone;
}

/** A card number in full, in groups of 4: '7000 1234 5678 9012 347'. */
export const cardText = (card: string): string => card.replace(/(\d{4})(?=\d)/g, '$1\u00a0');

/** The client as the platform resolved it (the first page's echo), and `Rows`. */
export function renderClient(echo: HistoryPage | undefined, total: number | undefined, fmt: Formatter, t: TableMessages): TemplateResult | typeof nothing {
  const items: [string, string][] = [];
  if (echo?.client) items.push([t.client, echo.client]);
  if (echo?.phone) items.push([t.phone, phoneText(echo.phone)]);
  if (echo?.card) items.push([t.card, cardText(echo.card)]);
  if (total !== undefined) items.push([t.rows, fmt.points(total)]);
  if (items.length === 0) return nothing;
  return html`<dl class="client" part="client">${items.map(([label, value]) => html`<div><dt>${label}</dt><dd class="code">${value}</dd></div>`)}</dl>`;
}

/** The sums over the rows read, and how many of `Rows` they cover. */
export function renderTotals(totals: Totals, coverage: Coverage, fmt: Formatter, t: TableMessages): TemplateResult {
  const figures: [string, string][] = [
    [t.purchases, fmt.money(totals.purchases)],
    [t.added, fmt.points(totals.added)],
    [t.spent, fmt.points(totals.spent)],
  ];
  return html`<section class="totals${coverage.complete ? ' complete' : ''}" part="totals" aria-label=${t.totalsLabel}
    ><dl>${figures.map(([label, value]) => html`<div><dt>${label}</dt><dd class="num">${value}</dd></div>`)}</dl
    ><p class="coverage">${coverageText(coverage, fmt)}${coverage.complete ? html` <span class="mark" aria-hidden="true">${'\u2713'}</span>` : nothing}</p></section>`;
}

/** The Export button, or the running export's progress with Cancel, or its failure with Resume. */
export function renderExport(state: ExportState, fmt: Formatter, t: TableMessages): TemplateResult {
  const { status, read, total, remainingMs } = state;
  const running = status === 'running';
  const readText = t.exportRead(fmt.points(read), total === undefined ? '' : fmt.points(total));
  const left = running && remainingMs !== undefined ? `, ${t.timeLeft(Math.ceil(remainingMs / 1000))}` : '';
  return html`<div class="export" part="export">
    ${running
      ? html`<progress part="progress" aria-label=${t.exportProgress} max=${total ?? read + 1} value=${read}></progress
          ><span class="export-text">${readText}${left}</span
          ><button type="button" data-action="export-cancel">${t.cancel}</button>`
      : html`<button type="button" part="export-button" data-action="export">${t.exportCsv}</button>`}
    ${status === 'failed'
      ? html`<span class="export-text" role="alert">${t.exportFailed} ${state.message} (${readText})</span
          ><button type="button" data-action="export-resume">${t.resume}</button>`
      : nothing}
    ${status === 'cancelled' ? html`<span class="export-text">${t.exportCancelled}</span>` : nothing}
    ${status === 'done' ? html`<span class="export-text">${t.exportDone(state.fileName ?? '')}</span>` : nothing}
  </div>`;
}

/** The header row (for the table's `<thead>`): one column header per column, the date column kept in view when scrolling sideways. */
export function renderHead(columns: readonly Column[], fmt: Formatter): TemplateResult {
  return html`<tr role="row" aria-rowindex="1">${columns.map(
    (c) => html`<th role="columnheader" scope="col" class="col-${c.id}${c.align === 'numeric' ? ' num' : ''}">${columnLabel(c, fmt)}</th>`,
  )}</tr>`;
}

export interface RowContext {
  readonly fmt: Formatter;
  readonly t: TableMessages;
  readonly columns: readonly Column[];
  /** Whether the row with this id is among the rows loaded (a refund's cheque then gets a link). */
  readonly loaded: (id: string) => boolean;
}

export const rowId = (key: string): string => `r-${safeKey(key)}`;

/** A refund's reference to its cheque: a button once that row is loaded, else its text. */
export function renderParent(parent: string, ctx: Pick<RowContext, 't' | 'loaded'>): TemplateResult {
  const text = ctx.t.refundOf(parent);
  return ctx.loaded(parent)
    ? html`<button type="button" class="parent link" data-action="goto" data-target=${parent}>${text}</button>`
    : html`<span class="parent" data-parent=${parent}>${text}</span>`;
}

function renderCell(column: Column, cell: Cell | undefined, op: FeedRow['op'], view: OperationView, ctx: RowContext): TemplateResult {
  const { fmt } = ctx;
  const cls = `col-${column.id}${column.align === 'numeric' ? ' num' : ''}${cell?.kind === 'code' ? ' code' : ''}`;
  if (column.id === 'operation') {
    const refund = view.kind === 'refund' && op.parent !== undefined;
    return html`<td role="cell" class=${cls}><span class="kind">${titleOf(view, fmt.msg)}</span>${refund ? renderParent(op.parent!, ctx) : nothing}${view.badges.map(
      (b) => html`<span class="badge badge-${b.kind}">${badgeText(b, fmt)}</span>`,
    )}</td>`;
  }
  const value = cellText(cell, fmt);
  // A negative amount is a refund: said with a minus sign, not only in colour.
  return html`<td role="cell" class=${cls}>${cell?.kind === 'money' && cell.value < 0 ? html`<span class="minus">${value}</span>` : value}</td>`;
}

/** One operation: `aria-rowindex` counts the header row as 1. */
export function renderRow(row: FeedRow, view: OperationView, cells: readonly (Cell | undefined)[], ctx: RowContext): TemplateResult {
  return html`<tr role="row" id=${rowId(row.key)} part="row" class="kind-${view.kind}" tabindex="-1" data-key=${row.key} data-id=${row.op.id ?? nothing} aria-rowindex=${row.index + 2}
    >${ctx.columns.map((c, i) => renderCell(c, cells[i], row.op, view, ctx))}</tr>`;
}
