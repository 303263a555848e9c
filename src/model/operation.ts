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
  | 'expiring'
  | 'burnt'
  | 'other';

/** Which localised title a row takes: its kind, or for a known bonus source the source's own title. */
export type TitleKey = OperationKind | BonusSourceKind;

/** A status shown next to the title. Dates are instants; the formatter turns them into days. */
export type Badge =
  | { readonly kind: 'refund' }
  /** points not spendable yet; `until` absent when the server gave no date */
  | { readonly kind: 'pending'; readonly until?: Date }
  | { readonly kind: 'expiring'; readonly on: Date; readonly points: number }
  | { readonly kind: 'burnt'; readonly on?: Date; readonly points?: number };

/** One line of the expanded details, typed by how its value is written. */
export type Detail =
  | { readonly key: 'when'; readonly date: Date }
  | { readonly key: 'cheque' | 'order' | 'coupon'; readonly text: string }
  | { readonly key: 'amount' | 'discount' | 'certificate'; readonly money: number }
  | { readonly key: 'earned' | 'spent' | 'remain'; readonly points: number }
  | { readonly key: 'activation' | 'expiry'; readonly date: Date }
  /** `source` set for a known source (localise it), else `text` is the server's name verbatim */
  | { readonly key: 'source'; readonly source?: BonusSourceKind; readonly text: string };

export type DetailKey = Detail['key'];

/** A language-free description of one row: the templates localise it. */
export interface OperationView {
  readonly kind: OperationKind;
  readonly titleKey: TitleKey;
  /** When set, the title to show verbatim (a bonus source the widget does not know). */
  readonly titleText?: string;
  readonly date?: Date;
  /** Partner and point of sale, empty and repeated names dropped. */
  readonly where: readonly string[];
  /** Cheque sum in money, positive. */
  readonly amount?: number;
  /** Points earned (positive) and spent (positive), when non-zero. */
  readonly earned?: number;
  readonly spent?: number;
  /** added − redeemed; absent when the row moved no points. */
  readonly bonusDelta?: number;
  /** For a refund: the row id of the original cheque. */
  readonly parentId?: Digits;
  readonly badges: readonly Badge[];
  readonly details: readonly Detail[];
}

/** Points that burn within this many days get an "expire on" badge. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

const positive = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
const text = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';
const valid = (d: Date | undefined): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * Describes one row. Rules, first match wins:
 * - `Refund` true → refund (linked to its original cheque through `Parent`).
 * - A cheque (ChequeId, ChequeNumber, OrderId or a positive Amount): paid partly by gift certificate
 *   (SertRedeemed > 0) → certificate; with a coupon → coupon; a discount and no points moved →
 *   discount; otherwise → purchase.
 * - A bonus row: a burn source name ("Сгорание баллов"), or points spent with an ExpiryDate not after Proctime →
 *   burnt. A known or named bonus source with points
 *   added → bonus-gift (a name meaning "for a purchase" is not a gift). Other points added: pending
 *   activation → pending; ExpiryDate passed with Remain > 0 → burnt; burning within
 *   EXPIRY_WARNING_DAYS with Remain > 0 → expiring; else bonus-earned. Points spent → bonus-spent.
 * - Anything else (ComponentType is not documented and is not used) → other, which still shows the
 *   amount and bonus change.
 * Badges do not depend on the kind: any row may be a refund, wait for activation, be about to burn,
 * or have burnt, and says so.
 */
export function describeOperation(op: Operation, now: Date): OperationView {
  const added = positive(op.added) ? op.added : 0;
  const redeemed = positive(op.redeemed) ? op.redeemed : 0;
  const source = text(op.bonusSourceName) ? bonusSourceOf(op.bonusSourceName) : undefined;
  const t = now.getTime();
  const pending = added > 0 && (op.active === false || (valid(op.activeDate) && op.activeDate.getTime() > t));
  const remain = positive(op.remain) ? op.remain : 0;
  const expiry = valid(op.expiryDate) ? op.expiryDate : undefined;
  const burntOut = expiry !== undefined && expiry.getTime() <= t && remain > 0;
  const expiring = expiry !== undefined && !burntOut && remain > 0 && expiry.getTime() - t <= EXPIRY_WARNING_DAYS * DAY_MS;
  const isCheque = text(op.chequeId) || text(op.chequeNumber) || text(op.orderId) || positive(op.amount);

  let kind: OperationKind;
  if (op.refund === true) kind = 'refund';
  else if (isCheque) {
    if (positive(op.sertRedeemed)) kind = 'certificate';
    else if (text(op.couponNumber)) kind = 'coupon';
    else if (positive(op.discount) && added === 0 && redeemed === 0) kind = 'discount';
    else kind = 'purchase';
  } else if (added === 0 && redeemed > 0 && isBurnDebit(op, expiry)) kind = 'burnt';
  else if (added > 0 && text(op.bonusSourceName) && !isPurchaseSource(op.bonusSourceName)) kind = 'bonus-gift';
  else if (added > 0) kind = pending ? 'pending' : burntOut ? 'burnt' : expiring ? 'expiring' : 'bonus-earned';
  else if (redeemed > 0) kind = 'bonus-spent';
  else kind = 'other';

  const badges: Badge[] = [];
  if (op.refund === true) badges.push({ kind: 'refund' });
  if (pending) badges.push(valid(op.activeDate) && op.activeDate.getTime() > t ? { kind: 'pending', until: op.activeDate } : { kind: 'pending' });
  if (expiring && expiry) badges.push({ kind: 'expiring', on: expiry, points: remain });
  if (burntOut && expiry) badges.push({ kind: 'burnt', on: expiry, points: remain });

  const view: { -readonly [K in keyof OperationView]: OperationView[K] } = {
    kind,
    titleKey: kind === 'bonus-gift' && source ? source : kind,
    where: placeOf(op),
    badges,
    details: detailsOf(op, source, added, redeemed),
  };
  if (kind === 'bonus-gift' && !source && text(op.bonusSourceName)) view.titleText = op.bonusSourceName.trim();
  if (valid(op.proctime)) view.date = op.proctime;
  if (typeof op.amount === 'number' && Number.isFinite(op.amount) && (op.amount !== 0 || isCheque)) view.amount = Math.abs(op.amount);
  if (added > 0) view.earned = added;
  if (redeemed > 0) view.spent = redeemed;
  if (added > 0 || redeemed > 0) view.bonusDelta = added - redeemed;
  if (op.refund === true && text(op.parent)) view.parentId = op.parent;
  return view;
}

/** A debit that records points burning: named so, or dated at or after the points' expiry. */
function isBurnDebit(op: Operation, expiry: Date | undefined): boolean {
  if (text(op.bonusSourceName) && isBurnSource(op.bonusSourceName)) return true;
  return expiry !== undefined && valid(op.proctime) && expiry.getTime() <= op.proctime.getTime();
}

function placeOf(op: Operation): string[] {
  const out: string[] = [];
  for (const s of [op.partnerName, op.posName]) {
    if (text(s) && !out.includes(s.trim())) out.push(s.trim());
  }
  return out;
}

function detailsOf(op: Operation, source: BonusSourceKind | undefined, added: number, redeemed: number): Detail[] {
  const d: Detail[] = [];
  if (valid(op.proctime)) d.push({ key: 'when', date: op.proctime });
  if (text(op.chequeNumber)) d.push({ key: 'cheque', text: op.chequeNumber.trim() });
  if (text(op.orderId)) d.push({ key: 'order', text: op.orderId });
  if (typeof op.amount === 'number' && Number.isFinite(op.amount) && op.amount !== 0) d.push({ key: 'amount', money: Math.abs(op.amount) });
  if (positive(op.discount)) d.push({ key: 'discount', money: op.discount });
  if (positive(op.sertRedeemed)) d.push({ key: 'certificate', money: op.sertRedeemed });
  if (text(op.couponNumber)) d.push({ key: 'coupon', text: op.couponNumber.trim() });
  if (added > 0) d.push({ key: 'earned', points: added });
  if (redeemed > 0) d.push({ key: 'spent', points: redeemed });
  if (text(op.bonusSourceName)) d.push(source ? { key: 'source', source, text: op.bonusSourceName.trim() } : { key: 'source', text: op.bonusSourceName.trim() });
  if (valid(op.activeDate)) d.push({ key: 'activation', date: op.activeDate });
  if (valid(op.expiryDate)) d.push({ key: 'expiry', date: op.expiryDate });
  if (typeof op.remain === 'number' && Number.isFinite(op.remain) && (op.remain > 0 || valid(op.expiryDate))) d.push({ key: 'remain', points: Math.max(0, op.remain) });
  return d;
}
