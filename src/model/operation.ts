import type { Digits, Operation } from '../api/types.js';
import { isBurnSource, pointsSourceOf, type BonusSourceKind } from './bonus-source.js';

export type { BonusSourceKind } from './bonus-source.js';

/** What happened, as the member would say it. */
export type OperationKind =
  | 'purchase'
  | 'refund'
  | 'bonus-earned'
  | 'bonus-spent'
  /** points not for a purchase: promotion, manual, welcome, referral, birthday, or any named source */
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
  /** When set, the title to show verbatim (a bonus source the widget does not know, or a promotion's own name). */
  readonly titleText?: string;
  readonly date?: Date;
  /** Partner and point of sale, empty and repeated names dropped. */
  readonly where: readonly string[];
  /** Cheque sum in money as sent, with its sign; a refund's is positive (money coming back). */
  readonly amount?: number;
  /** Points that add to the balance (positive), and points that take from it (positive), when non-zero. */
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
 * - Points added, not for a cheque: from a bonus source (by its `BonusSource` code, else by its
 *   name; an unknown code with a name shows the name) → bonus-gift, a promotion titled by its own
 *   name when it has one; points for a purchase, waiting for activation → pending; else bonus-earned.
 * - Anything else (ComponentType is not documented and is not used) → other, which still shows the
 *   amount and points.
 * Values are shown as sent, never dropped: a negative Amount keeps its sign (but a refund's, which is
 * money coming back); a negative Added takes points from the balance and a negative Redeemed gives
 * them back, so each shows as a figure of that sign; odd discounts, certificate sums and remains are
 * listed with their sign. Only the kind is decided by the documented positive values.
 * Badges do not depend on the kind: any accrual may wait for activation, be about to burn, or have
 * burnt with points left (when the platform wrote no burn row), and says so. No badge repeats the title.
 */
export function describeOperation(op: Operation, now: Date): OperationView {
  const t = +now;
  const added = finite(op.added) ? op.added : 0;
  const redeemed = finite(op.redeemed) ? op.redeemed : 0;
  const refund = op.refund === true;
  /** The bonus source's name, trimmed; '' when there is none. */
  const name = text(op.bonusSourceName) ? op.bonusSourceName.trim() : '';
  const source = pointsSourceOf(op.bonusSource, name);
  /** A bonus source, known or only named; never points for a purchase. */
  const bonusSource = source === 'purchase' ? undefined : source;
  const fromBonus = bonusSource !== undefined || (source === undefined && name !== '');
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
  const adds = added > 0;
  const takes = redeemed > 0;

  const kind: OperationKind = refund
    ? 'refund'
    : isCheque
      ? positive(op.sertRedeemed) ? 'certificate' : text(op.couponNumber) ? 'coupon' : positive(op.discount) && !adds && !takes ? 'discount' : 'purchase'
      : !adds && takes
        ? burnDebit ? 'burnt' : 'bonus-spent'
        : adds && fromBonus
          ? 'bonus-gift'
          : adds
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

  // Each figure's move gives its sign: a negative Added is points taken, a negative Redeemed points given back.
  const points: PointsFigure[] = [];
  if (added) points.push(added > 0 ? { move: refund ? 'returned' : 'earned', points: added } : { move: 'spent', points: -added });
  if (redeemed) points.push(redeemed > 0 ? { move: burnt ? 'burnt' : 'spent', points: redeemed } : { move: 'returned', points: -redeemed });
  const shown = amount !== undefined && refund ? Math.abs(amount) : amount;

  const d: Detail[] = [];
  if (date) d.push({ key: 'when', date });
  if (text(op.chequeNumber)) d.push({ key: 'cheque', text: op.chequeNumber.trim() });
  if (text(op.orderId)) d.push({ key: 'order', text: op.orderId });
  if (shown) d.push({ key: 'amount', money: shown });
  if (finite(op.discount) && op.discount) d.push({ key: 'discount', money: op.discount });
  if (finite(op.sertRedeemed) && op.sertRedeemed) d.push({ key: 'certificate', money: op.sertRedeemed });
  if (text(op.couponNumber)) d.push({ key: 'coupon', text: op.couponNumber.trim() });
  for (const p of points) d.push({ key: p.move, points: p.points });
  if (name) d.push(bonusSource ? { key: 'source', source: bonusSource, text: name } : { key: 'source', text: name });
  if (activation) d.push({ key: 'activation', date: activation });
  if (expiry) d.push({ key: 'expiry', date: expiry });
  if (finite(op.remain) && (op.remain || expiry) && !burnt) d.push({ key: 'remain', points: op.remain });

  const gift = kind === 'bonus-gift';
  const view: { -readonly [K in keyof OperationView]: OperationView[K] } = { kind, titleKey: (gift && bonusSource) || kind, where, points, badges, details: d };
  // A promotion is titled by its own name; a source known only by a name the widget does not know, by that name.
  if (gift && name && (bonusSource === 'promotion' || !bonusSource)) view.titleText = name;
  if (date) view.date = date;
  if (shown !== undefined && (shown || isCheque)) view.amount = shown;
  const plus = sum(points.filter((p) => p.move === 'earned' || p.move === 'returned'));
  const minus = sum(points.filter((p) => p.move === 'spent' || p.move === 'burnt'));
  if (plus) view.earned = plus;
  if (minus) view.spent = minus;
  if (refund && text(op.parent)) view.parentId = op.parent;
  return view;
}

const sum = (figures: readonly PointsFigure[]): number => figures.reduce((total, f) => total + f.points, 0);
