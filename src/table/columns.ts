/**
 * The staff table's columns, element-free. `COLUMNS` lists every column in its default order;
 * each has an `id` (the name used in the `columns` attribute), a `label` (a key of the member's
 * detail labels, or its own [Russian, English] pair; `columnLabel(column, fmt)` gives the text),
 * an `align` ('numeric' right-aligned with tabular figures, or 'text') and `read(op, view, msg)`,
 * which gives the cell's typed value (`Cell`) or undefined for an empty cell. `readCells(columns,
 * op, fmt, now)` reads a row once (describeOperation runs once per row, as in the member rows);
 * `cellText(cell, fmt)` writes a cell in the member widget's formats for the table, while csv.ts
 * writes the same cells for spreadsheets. Identifiers and codes are `code` cells: digit strings
 * as the platform sent them (64-bit, never through Number). `parseColumns(attr)` reads the
 * attribute: names separated by commas or spaces, in the order wanted, repeats ignored; empty or
 * absent gives every column; an unknown name throws HistoryError('config', …, { attribute: 'columns' }).
 */
import { HistoryError, quote } from '../api/errors.js';
import type { Operation } from '../api/types.js';
import type { Formatter } from '../format/index.js';
import type { Messages } from '../format/messages.js';
import { describeOperation, type DetailKey, type OperationView } from '../model/operation.js';
import { titleOf } from '../templates/text.js';

/** A cell's value, typed by how it is written. */
export type Cell =
  | { readonly kind: 'text'; readonly text: string }
  /** An identifier or code: kept verbatim, digit for digit. */
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'money' | 'points'; readonly value: number }
  /** `date` a day, `datetime` a day and a time, in the formatter's zone. */
  | { readonly kind: 'date' | 'datetime'; readonly date: Date };

export type ColumnId =
  | 'date' | 'operation' | 'pos' | 'partner' | 'cheque' | 'order' | 'amount' | 'discount' | 'certificate'
  | 'added' | 'spent' | 'remain' | 'active-from' | 'burns-on' | 'coupon' | 'source' | 'id';

export interface Column {
  readonly id: ColumnId;
  /** The member widget's label for the same field (in the programme's unit), or a label of the table's own: [Russian, English]. */
  readonly label: DetailKey | 'pointsAdded' | 'pointsSpent' | readonly [ru: string, en: string];
  readonly align: 'numeric' | 'text';
  read(op: Operation, view: OperationView, msg: Messages): Cell | undefined;
}

const valid = (d: Date | undefined): d is Date => d instanceof Date && !Number.isNaN(+d);
const given = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

const text = (s: string | undefined): Cell | undefined => (given(s) ? { kind: 'text', text: s.trim() } : undefined);
const code = (s: string | undefined): Cell | undefined => (given(s) ? { kind: 'code', text: s.trim() } : undefined);
const money = (n: number | undefined): Cell | undefined => (Number.isFinite(n) ? { kind: 'money', value: n! } : undefined);
const points = (n: number | undefined): Cell | undefined => (Number.isFinite(n) ? { kind: 'points', value: n! } : undefined);
const day = (d: Date | undefined): Cell | undefined => (valid(d) ? { kind: 'date', date: d } : undefined);

/**
 * The cheque sum with its direction for the partner: a refund is money paid back, so negative.
 * The platform sends `Amount` positive and flags a refund with `Refund`.
 */
export function signedAmount(op: Operation): number | undefined {
  if (!Number.isFinite(op.amount)) return undefined;
  const amount = Math.abs(op.amount!);
  return op.refund === true ? -amount : amount;
}

const column = (id: ColumnId, label: Column['label'], align: Column['align'], read: Column['read']): Column =>
  Object.freeze({ id, label, align, read });

/** Every column, in the default order. */
export const COLUMNS: readonly Column[] = Object.freeze([
  column('date', 'when', 'text', (op) => (valid(op.proctime) ? { kind: 'datetime', date: op.proctime } : undefined)),
  column('operation', ['Операция', 'Operation'], 'text', (_, view, msg) => ({ kind: 'text', text: titleOf(view, msg) })),
  column('pos', ['Точка продаж', 'Point of sale'], 'text', (op) => text(op.posName) ?? code(op.pos)),
  column('partner', ['Партнёр', 'Partner'], 'text', (op) => text(op.partnerName)),
  column('cheque', 'cheque', 'text', (op) => code(op.chequeNumber)),
  column('order', 'order', 'text', (op) => code(op.orderId)),
  column('amount', 'amount', 'numeric', (op) => money(signedAmount(op))),
  column('discount', 'discount', 'numeric', (op) => money(op.discount)),
  column('certificate', 'certificate', 'numeric', (op) => money(op.sertRedeemed)),
  column('added', 'pointsAdded', 'numeric', (op) => points(op.added)),
  column('spent', 'pointsSpent', 'numeric', (op) => points(op.redeemed)),
  column('remain', 'remain', 'numeric', (op) => points(op.remain)),
  column('active-from', ['Активны с', 'Active from'], 'text', (op) => day(op.activeDate)),
  column('burns-on', ['Сгорают', 'Burn on'], 'text', (op) => day(op.expiryDate)),
  column('coupon', 'coupon', 'text', (op) => code(op.couponNumber)),
  column('source', 'source', 'text', (op) => text(op.bonusSourceName)),
  column('id', ['ID операции', 'Operation ID'], 'text', (op) => code(op.id)),
]);

const byId = new Map(COLUMNS.map((c) => [c.id as string, c]));

/** The column's header in the formatter's language. */
export function columnLabel(column: Column, fmt: Formatter): string {
  const { label } = column;
  if (typeof label !== 'string') return label[fmt.lang === 'ru' ? 0 : 1];
  return label === 'pointsAdded' || label === 'pointsSpent' ? fmt.msg[label] : fmt.msg.details[label];
}

/** One row's cells for `columns`, in their order. */
export function readCells(columns: readonly Column[], op: Operation, fmt: Formatter, now: Date): (Cell | undefined)[] {
  const view = describeOperation(op, now);
  return columns.map((c) => c.read(op, view, fmt.msg));
}

/** A cell as the table shows it: money and points in the member widget's formats. */
export function cellText(cell: Cell | undefined, fmt: Formatter): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
    case 'code':
      return cell.text;
    case 'money':
      return fmt.money(cell.value);
    case 'points':
      return fmt.points(cell.value);
    case 'date':
      return fmt.date(cell.date);
    case 'datetime':
      return fmt.dateTime(cell.date);
  }
}

/** The `columns` attribute: which columns, in which order. */
export function parseColumns(attr: string | null | undefined): readonly Column[] {
  const names = (attr ?? '').split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return COLUMNS;
  const chosen = new Set<Column>();
  for (const name of names) {
    const found = byId.get(name.toLowerCase());
    if (!found) {
      throw new HistoryError('config', `columns: unknown column ${quote(name)}; known: ${COLUMNS.map((c) => c.id).join(', ')}`, { attribute: 'columns' });
    }
    chosen.add(found);
  }
  return Object.freeze([...chosen]);
}
