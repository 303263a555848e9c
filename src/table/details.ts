/**
 * A row's details for staff: every one of the operation's 24 fields, labelled in the interface
 * language beside its wire name (what the platform's own tools call it), written as sent: ids
 * and codes digit for digit with a copy button, dates to the second in the shown time zone,
 * amounts and points in the member widget's formats, flags as yes or no, absent fields as a dash.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Operation } from '../api/types.js';
import type { Formatter } from '../format/index.js';
import { COLUMNS, columnLabel, type ColumnId } from './columns.js';
import { csvDateTime } from './csv.js';
import type { TableMessages } from './texts.js';

type FieldKind = 'code' | 'text' | 'money' | 'points' | 'date' | 'flag' | 'number';

/** Every field of an operation, in the order staff read them; the type makes sure none is missing. */
const FIELDS = {
  id: 'code',
  proctime: 'date',
  partnerName: 'text',
  posName: 'text',
  pos: 'code',
  chequeId: 'code',
  chequeNumber: 'code',
  orderId: 'code',
  amount: 'money',
  discount: 'money',
  sertRedeemed: 'money',
  added: 'points',
  redeemed: 'points',
  remain: 'points',
  refund: 'flag',
  parent: 'code',
  active: 'flag',
  activeDate: 'date',
  expiryDate: 'date',
  couponNumber: 'code',
  bonusId: 'code',
  bonusSource: 'number',
  bonusSourceName: 'text',
  componentType: 'number',
} as const satisfies Record<keyof Operation, FieldKind>;

export const DETAIL_FIELDS = Object.keys(FIELDS) as (keyof Operation)[];

/**
 * The fields the table has a column for, and that column: the details label them with its header,
 * so the dialog and the table say the same words (the programme's unit included). The type makes
 * sure every other field has a label of its own in texts.ts.
 */
const COLUMN_OF = {
  id: 'id',
  proctime: 'date',
  partnerName: 'partner',
  posName: 'pos',
  chequeNumber: 'cheque',
  orderId: 'order',
  amount: 'amount',
  discount: 'discount',
  sertRedeemed: 'certificate',
  added: 'added',
  redeemed: 'spent',
  remain: 'remain',
  activeDate: 'active-from',
  expiryDate: 'burns-on',
  couponNumber: 'coupon',
  bonusSourceName: 'source',
} as const satisfies Record<Exclude<keyof Operation, keyof TableMessages['fields']>, ColumnId>;

function fieldLabel(key: keyof Operation, fmt: Formatter, t: TableMessages): string {
  const id = (COLUMN_OF as Partial<Record<keyof Operation, ColumnId>>)[key];
  const column = COLUMNS.find((c) => c.id === id);
  return column ? columnLabel(column, fmt) : t.fields[key as keyof TableMessages['fields']];
}

/** `chequeNumber` → `ChequeNumber`, as the platform names the field (api/wire.ts). */
const wireName = (key: string): string => key[0]!.toUpperCase() + key.slice(1);

function valueText(kind: FieldKind, value: unknown, fmt: Formatter, t: TableMessages): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (kind) {
    case 'money':
      return fmt.money(value as number);
    case 'points':
      return fmt.points(value as number);
    case 'date':
      return csvDateTime(value as Date, fmt.timeZone);
    case 'flag':
      return value ? t.yes : t.no;
    default:
      return String(value);
  }
}

export interface DetailsContext {
  readonly fmt: Formatter;
  readonly t: TableMessages;
  /** The value last copied, so its button says so. */
  readonly copied: string | undefined;
}

/** The dialog's content for one operation (the element opens and closes the dialog). */
export function renderDetails(op: Operation | undefined, ctx: DetailsContext): TemplateResult {
  const { fmt, t } = ctx;
  if (!op) return html`<h2 id="details-title">${t.detailsTitle('')}</h2>`;
  return html`<h2 id="details-title">${t.detailsTitle(op.id ?? '')}</h2>
    <dl class="fields">${DETAIL_FIELDS.map((key) => {
      const kind = FIELDS[key];
      const value = op[key];
      const label = fieldLabel(key, fmt, t);
      const copyable = kind === 'code' && value !== undefined;
      return html`<div class="field"><dt>${label} <span class="wire">${wireName(key)}</span></dt><dd class=${kind === 'code' || kind === 'number' || kind === 'money' || kind === 'points' ? 'code' : ''}
        >${valueText(kind, value, fmt, t)}${copyable
          ? html` <button type="button" class="copy" data-action="copy" data-value=${String(value)} aria-label=${`${ctx.copied === value ? fmt.msg.copied : fmt.msg.copy}: ${label}`}
              >${ctx.copied === value ? fmt.msg.copied : fmt.msg.copy}</button>`
          : nothing}</dd></div>`;
    })}</dl>
    <button type="button" class="close" data-action="close">${t.close}</button>`;
}
