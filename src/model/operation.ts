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

const finite = (n: number | undefined): n is number => Number.isFinite(n);
const positive = (n: number | undefined): n is number => finite(n) && n > 0;
const text = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';
const valid = (d: Date | undefined): d is Date => d instanceof Date && !Number.isNaN(+d);

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
  const burntOut = expiry !== undefined && remain > 0 && +expiry <= t;
  const expiring = expiry !== undefined && remain > 0 && !burntOut && +expiry - t <= EXPIRY_WARNING_DAYS * DAY_MS;
  const amount = finite(op.amount) ? op.amount : undefined;
  const isCheque = text(op.chequeId) || text(op.chequeNumber) || text(op.orderId) || positive(amount);
  // A debit that records points burning: named so, or dated at or after the points' expiry.
  const burnDebit = isBurnSource(name) || (expiry !== undefined && date !== undefined && +expiry <= +date);

  const kind: OperationKind = refund
    ? 'refund'
    : isCheque
      ? positive(op.sertRedeemed) ? 'certificate' : text(op.couponNumber) ? 'coupon' : positive(op.discount) && !added && !redeemed ? 'discount' : 'purchase'
      : !added && redeemed && burnDebit
        ? 'burnt'
        : added && name && !isPurchaseSource(name)
          ? 'bonus-gift'
          : added
            ? pending ? 'pending' : burntOut ? 'burnt' : expiring ? 'expiring' : 'bonus-earned'
            : redeemed ? 'bonus-spent' : 'other';

  const badges: Badge[] = [];
  if (refund) badges.push({ kind: 'refund' });
  if (pending) badges.push(until ? { kind: 'pending', until } : { kind: 'pending' });
  if (expiring) badges.push({ kind: 'expiring', on: expiry, points: remain });
  if (burntOut) badges.push({ kind: 'burnt', on: expiry, points: remain });

  // Partner and point of sale, blank and repeated names dropped.
  const where: string[] = [];
  for (const s of [op.partnerName, op.posName]) {
    const w = text(s) ? s.trim() : '';
    if (w && !where.includes(w)) where.push(w);
  }

  const d: Detail[] = [];
  if (date) d.push({ key: 'when', date });
  if (text(op.chequeNumber)) d.push({ key: 'cheque', text: op.chequeNumber.trim() });
  if (text(op.orderId)) d.push({ key: 'order', text: op.orderId });
  if (amount) d.push({ key: 'amount', money: Math.abs(amount) });
  if (positive(op.discount)) d.push({ key: 'discount', money: op.discount });
  if (positive(op.sertRedeemed)) d.push({ key: 'certificate', money: op.sertRedeemed });
  if (text(op.couponNumber)) d.push({ key: 'coupon', text: op.couponNumber.trim() });
  if (added) d.push({ key: 'earned', points: added });
  if (redeemed) d.push({ key: 'spent', points: redeemed });
  if (name) d.push(source ? { key: 'source', source, text: name } : { key: 'source', text: name });
  if (activation) d.push({ key: 'activation', date: activation });
  if (expiry) d.push({ key: 'expiry', date: expiry });
  if (finite(op.remain) && (op.remain > 0 || expiry)) d.push({ key: 'remain', points: Math.max(0, op.remain) });

  const gift = kind === 'bonus-gift';
  const view: { -readonly [K in keyof OperationView]: OperationView[K] } = { kind, titleKey: (gift && source) || kind, where, badges, details: d };
  if (gift && !source) view.titleText = name;
  if (date) view.date = date;
  if (amount !== undefined && (amount || isCheque)) view.amount = Math.abs(amount);
  if (added) view.earned = added;
  if (redeemed) view.spent = redeemed;
  if (added || redeemed) view.bonusDelta = added - redeemed;
  if (refund && text(op.parent)) view.parentId = op.parent;
  return view;
}
