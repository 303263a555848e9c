import type { Digits, Operation } from '../api/types.js';
import { bonusSourceOf, isBurnSource, isPurchaseSource, type BonusSourceKind } from './bonus-source.js';

export type { BonusSourceKind } from './bonus-source.js';

/** What happened, as the member would say it. */
export type OperationKind =
  | 'purchase'
  | 'refund'
  | 'bonus-earned'
  | 'bonus-spent'
  /** points not for a purchase: welcome, birthday, referral, manual, or any named source */
  | 'bonus-gift'
  | 'certificate'
  | 'coupon'
  | 'discount'
  | 'pending'
  /** a debit recording points that burnt (not a spending) */
  | 'burnt'
  | 'other';

/** Which localised title a row takes: its kind, or for a known bonus source the source's own title. */
export type TitleKey = OperationKind | BonusSourceKind;

/** What happened to points on a row: earned and returned add to the balance, spent and burnt take from it. */
export type PointsMove = 'earned' | 'spent' | 'returned' | 'burnt';

/** A status shown under the title, saying what it is about. Dates are instants; the formatter turns them into days. */
export type Badge =
  /** points not spendable yet; `until` absent when the server gave no date */
  | { readonly kind: 'pending'; readonly until?: Date }
  /** some of the points burn soon (`expiring`) or burnt without a row of their own (`burnt`) */
  | { readonly kind: 'expiring' | 'burnt'; readonly on: Date; readonly points: number };

/** One line of the expanded details, typed by how its value is written. */
export type Detail =
  | { readonly key: 'when'; readonly date: Date }
  | { readonly key: 'cheque' | 'order' | 'coupon'; readonly text: string }
  | { readonly key: 'amount' | 'discount' | 'certificate'; readonly money: number }
  | { readonly key: PointsMove | 'remain'; readonly points: number }
  | { readonly key: 'activation' | 'expiry'; readonly date: Date }
  /** `source` set for a known source (localise it), else `text` is the server's name verbatim */
  | { readonly key: 'source'; readonly source?: BonusSourceKind; readonly text: string };

export type DetailKey = Detail['key'];

/** Points moved by a row, positive; the move gives the sign. */
export interface PointsFigure {
  readonly move: PointsMove;
  readonly points: number;
}

/** A language-free description of one row: the templates localise it. */
export interface OperationView {
  readonly kind: OperationKind;
  readonly titleKey: TitleKey;
  /** When set, the title to show verbatim (a bonus source the widget does not know). */
  readonly titleText?: string;
  readonly date?: Date;
  /** Partner and point of sale, empty and repeated names dropped. */
  readonly where: readonly string[];
  /** Cheque sum in money, positive (a refund's is money coming back). */
  readonly amount?: number;
  /** Points earned or returned (positive), and points spent or burnt (positive), when non-zero. */
  readonly earned?: number;
  readonly spent?: number;
  /** The same points as the row shows them: what happened to them, in that order. */
  readonly points: readonly PointsFigure[];
  /** For a refund: the row id of the original cheque. */
  readonly parentId?: Digits;
  readonly badges: readonly Badge[];
  readonly details: readonly Detail[];
}

/** Points that burn within this many days get an "expire on" badge. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

const finite = (n: number | undefined): n is number => Number.isFinite(n);
const positive = (n: number | undefined): n is number => finite(n) && n > 0;
const text = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';
const valid = (d: Date | undefined): d is Date => d instanceof Date && !Number.isNaN(+d);

/**
 * Describes one row. Kinds, first match wins (README "Operation kinds" has the same table):
 * - `Refund` true → refund (linked to its original cheque through `Parent`); points it adds are
 *   returned, points it takes are the purchase's accrual taken back.
 * - A cheque (ChequeId, ChequeNumber, OrderId or a positive Amount): paid partly by gift certificate
 *   (SertRedeemed > 0) → certificate; with a coupon → coupon; a discount and no points moved →
 *   discount; otherwise → purchase.
 * - A debit that is not a cheque (Redeemed > 0, nothing added) is burnt when its source name says
 *   burning ("Сгорание баллов", "Expiry") or when it carries the ExpiryDate of the accrual it debits
 *   (its `Parent`) and that date is not after the debit's Proctime; otherwise it is bonus-spent.
 * - Points added, not for a cheque: a known or named bonus source → bonus-gift (a name meaning
 *   "for a purchase" is not a gift); waiting for activation → pending; else bonus-earned.
 * - Anything else (ComponentType is not documented and is not used) → other, which still shows the
 *   amount and points.
 * Badges do not depend on the kind: any accrual may wait for activation, be about to burn, or have
 * burnt with points left (when the platform wrote no burn row), and says so. No badge repeats the title.
 */
export function describeOperation(op: Operation, now: Date): OperationView {
  const t = +now;
  const added = positive(op.added) ? op.added : 0;
  const redeemed = positive(op.redeemed) ? op.redeemed : 0;
  const refund = op.refund === true;
  /** The bonus source's name, trimmed; '' when there is none. */
  const name = text(op.bonusSourceName) ? op.bonusSourceName.trim() : '';
  const source = name ? bonusSourceOf(name) : undefined;
  const date = valid(op.proctime) ? op.proctime : undefined;
  const activation = valid(op.activeDate) ? op.activeDate : undefined;
  const until = activation && +activation > t ? activation : undefined;
  const pending = added > 0 && (op.active === false || until !== undefined);
  const remain = positive(op.remain) ? op.remain : 0;
  const expiry = valid(op.expiryDate) ? op.expiryDate : undefined;
  const amount = finite(op.amount) ? op.amount : undefined;
  const isCheque = text(op.chequeId) || text(op.chequeNumber) || text(op.orderId) || positive(amount);
  // A debit that records points burning: named so, or dated at or after the expiry of the points it debits.
  const burnDebit = isBurnSource(name) || (expiry !== undefined && date !== undefined && +expiry <= +date);

  const kind: OperationKind = refund
    ? 'refund'
    : isCheque
      ? positive(op.sertRedeemed) ? 'certificate' : text(op.couponNumber) ? 'coupon' : positive(op.discount) && !added && !redeemed ? 'discount' : 'purchase'
      : !added && redeemed
        ? burnDebit ? 'burnt' : 'bonus-spent'
        : added && name && !isPurchaseSource(name)
          ? 'bonus-gift'
          : added
            ? pending ? 'pending' : 'bonus-earned'
            : 'other';
  const burnt = kind === 'burnt';

  const badges: Badge[] = [];
  // A pending row without a date: its title already says so.
  if (pending && (until || kind !== 'pending')) badges.push(until ? { kind: 'pending', until } : { kind: 'pending' });
  if (expiry && remain > 0 && !burnt) {
    if (+expiry <= t) badges.push({ kind: 'burnt', on: expiry, points: remain });
    else if (+expiry - t <= EXPIRY_WARNING_DAYS * DAY_MS) badges.push({ kind: 'expiring', on: expiry, points: remain });
  }

  // Partner and point of sale, blank and repeated names dropped.
  const where: string[] = [];
  for (const s of [op.partnerName, op.posName]) {
    const w = text(s) ? s.trim() : '';
    if (w && !where.includes(w)) where.push(w);
  }

  const points: PointsFigure[] = [];
  if (added) points.push({ move: refund ? 'returned' : 'earned', points: added });
  if (redeemed) points.push({ move: burnt ? 'burnt' : 'spent', points: redeemed });

  const d: Detail[] = [];
  if (date) d.push({ key: 'when', date });
  if (text(op.chequeNumber)) d.push({ key: 'cheque', text: op.chequeNumber.trim() });
  if (text(op.orderId)) d.push({ key: 'order', text: op.orderId });
  if (amount) d.push({ key: 'amount', money: Math.abs(amount) });
  if (positive(op.discount)) d.push({ key: 'discount', money: op.discount });
  if (positive(op.sertRedeemed)) d.push({ key: 'certificate', money: op.sertRedeemed });
  if (text(op.couponNumber)) d.push({ key: 'coupon', text: op.couponNumber.trim() });
  for (const p of points) d.push({ key: p.move, points: p.points });
  if (name) d.push(source ? { key: 'source', source, text: name } : { key: 'source', text: name });
  if (activation) d.push({ key: 'activation', date: activation });
  if (expiry) d.push({ key: 'expiry', date: expiry });
  if (finite(op.remain) && (op.remain > 0 || expiry) && !burnt) d.push({ key: 'remain', points: Math.max(0, op.remain) });

  const gift = kind === 'bonus-gift';
  const view: { -readonly [K in keyof OperationView]: OperationView[K] } = { kind, titleKey: (gift && source) || kind, where, points, badges, details: d };
  if (gift && !source) view.titleText = name;
  if (date) view.date = date;
  if (amount !== undefined && (amount || isCheque)) view.amount = Math.abs(amount);
  if (added) view.earned = added;
  if (redeemed) view.spent = redeemed;
  if (refund && text(op.parent)) view.parentId = op.parent;
  return view;
}
