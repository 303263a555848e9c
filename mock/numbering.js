// @ts-check
/**
 * Turns draft rows into the rows the platform sends: ids given out in time order (Id, ChequeId,
 * ChequeNumber, BonusId), dates as the platform's database gives them, every field present and null where it does not apply.
 */
import { platformDate } from './dates.js';

/** @typedef {import('./rows.js').Draft} Draft */
/** @typedef {import('./members.js').Member} Member */

/** One row as the platform sends it (mock/wire.d.ts): every field present, null where it does not apply. @typedef {import('./wire.js').WireOperation} Operation */

/**
 * A row plus what requests filter on but the row does not show.
 * @typedef {{ op: Operation, partner: string | null, posCode: string | null }} HistoryRecord
 */

/** Gives out Id, ChequeId, ChequeNumber and BonusId in the order rows are handed to it. */
export class Numbering {
  /** @param {Member} member @param {number} nowMs */
  constructor(member, nowMs) {
    this.base = BigInt(member.idBase);
    this.nowMs = nowMs;
    this.ids = 0n;
    this.cheques = 0n;
    this.bonuses = 0n;
    /** @type {Map<string, number>} */
    this.printed = new Map();
  }

  /** @param {Draft} d */
  assign(d) {
    d.id = String(this.base + ++this.ids);
  }

  /** @param {Draft} d @returns {HistoryRecord} */
  record(d) {
    const cheque = d.kind === 'purchase' || d.kind === 'refund';
    let chequeId = null;
    let chequeNumber = null;
    let bonusId = null;
    if (cheque) {
      chequeId = String(this.base + 3_000_000n + ++this.cheques);
      const code = d.shop?.code ?? 'X';
      const n = (this.printed.get(code) ?? 100) + 1;
      this.printed.set(code, n);
      chequeNumber = `${code}-${String(n).padStart(6, '0')}`;
    } else {
      bonusId = String(this.base + 6_000_000n + ++this.bonuses);
    }
    const a = d.accrual;
    // A burn carries the expiry date of the accrual it debits (its Parent): that is how a client tells it from spending.
    const expiry = a ?? (d.kind === 'burn' ? d.parent?.accrual : null);
    /** @type {Operation} */
    const op = {
      Id: d.id ?? '', Pos: d.shop?.pos ?? null, BonusId: bonusId, ChequeId: chequeId,
      PartnerName: d.partner?.name ?? null, PosName: d.shop?.name ?? null,
      Amount: d.amount, Added: d.added, Redeemed: d.redeemed, Refund: cheque ? d.kind === 'refund' : null,
      Proctime: platformDate(d.ms, d.sub), Discount: d.discount, SertRedeemed: d.sert, CouponNumber: d.coupon,
      BonusSourceName: d.source?.name ?? null, ComponentType: d.componentType, BonusSource: d.source?.id ?? null,
      ChequeNumber: chequeNumber, Active: a ? a.activeMs <= this.nowMs : null,
      ActiveDate: a ? platformDate(a.activeMs, d.sub) : null, ExpiryDate: expiry ? platformDate(expiry.expiryMs) : null,
      Remain: a ? a.remain : null, Parent: d.parent?.id ?? null, OrderId: d.orderId,
    };
    return { op: Object.freeze(op), partner: d.partner?.id ?? null, posCode: d.shop?.code ?? null };
  }
}
