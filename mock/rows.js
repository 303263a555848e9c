// @ts-check
/**
 * Draft rows of a member's history, before ids are given out: purchases, refunds, bonuses not
 * for purchases, and burns of expired points. `generate.js` decides when each happens.
 */
import { BONUS_SOURCES, COMPONENT } from './catalog.js';
import { DAY } from './dates.js';
import { hash32 } from './prng.js';

/** @typedef {import('./catalog.js').Partner} Partner */
/** @typedef {import('./catalog.js').Shop} Shop */
/** @typedef {keyof typeof BONUS_SOURCES} SourceKey */

/**
 * @typedef {object} Accrual points earned by a row
 * @property {number} activeMs   when the points become spendable
 * @property {number} expiryMs   when what is left of them burns
 * @property {number} remain     points left today
 */

/**
 * @typedef {object} Draft
 * @property {'purchase' | 'refund' | 'bonus' | 'burn'} kind
 * @property {number} ms
 * @property {number} sub  100-ns ticks below the millisecond
 * @property {Partner | null} partner
 * @property {Shop | null} shop
 * @property {number | null} amount
 * @property {number | null} added
 * @property {number | null} redeemed
 * @property {number | null} discount
 * @property {number | null} sert
 * @property {string | null} coupon
 * @property {{ id: import('./wire.js').WireBonusSource, name: string | null } | null} source
 * @property {number} componentType
 * @property {Accrual | null} accrual
 * @property {Draft | null} parent
 * @property {string | null} orderId
 * @property {boolean} refunded
 * @property {string} [id]  `Id`, given out once the rows are in time order
 */

/** @param {number} x */
const money = (x) => Math.round(x * 100) / 100;

const COUPON_CHARS = [...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const KOPECKS = [0, 0, 0, 0.5, 0.9];
const CERTIFICATES = [500, 1000, 2000, 3000];
const SHARES = [0.1, 0.15, 0.2];

/**
 * Makes draft rows with a shared random source and a running points balance.
 */
export class RowMaker {
  /**
   * @param {import('./prng.js').Rng} rng
   * @param {number} nowMs
   */
  constructor(rng, nowMs) {
    this.rng = rng;
    this.nowMs = nowMs;
    this.balance = 0;
  }

  /**
   * @param {Draft['kind']} kind @param {number} ms @param {Partial<Draft>} fields
   * @returns {Draft}
   */
  draft(kind, ms, fields) {
    return {
      kind, ms: Math.round(ms), sub: this.rng.int(0, 9999), partner: null, shop: null,
      amount: null, added: null, redeemed: null, discount: null, sert: null, coupon: null,
      source: null, componentType: COMPONENT.cheque, accrual: null, parent: null, orderId: null,
      refunded: false, ...fields,
    };
  }

  /**
   * Points earned at `ms`; `burn` is set when they will burn (partly) before now.
   * @param {number} ms @param {number} points @param {number} activationDays @param {number} lifeDays
   * @returns {{ accrual: Accrual, burn: number }}
   */
  accrual(ms, points, activationDays, lifeDays) {
    const { rng } = this;
    const expiryMs = ms + lifeDays * DAY;
    let remain = 0;
    let burn = 0;
    if (expiryMs <= this.nowMs) {
      if (rng.chance(0.15)) burn = Math.max(1, Math.floor(points * (0.3 + 0.7 * rng.next())));
    } else {
      const r = rng.next();
      remain = r < 0.6 ? points : r < 0.85 ? Math.floor(points * rng.next()) : 0;
    }
    return { accrual: { activeMs: ms + activationDays * DAY, expiryMs, remain }, burn };
  }

  /**
   * @param {number} ms @param {Partner} partner @param {Shop} shop @param {string | null} orderId
   * @returns {{ row: Draft, burn: number }}
   */
  purchase(ms, partner, shop, orderId) {
    const { rng } = this;
    const amount = money(rng.int(partner.price[0], partner.price[1]) + rng.pick(KOPECKS));
    let discount = 0;
    let coupon = null;
    let sert = null;
    const deal = rng.next();
    if (deal < 0.08) {
      coupon = '';
      for (let i = 0; i < 8; i++) coupon += rng.pick(COUPON_CHARS);
      discount = money(amount * rng.pick(SHARES));
    } else if (deal < 0.15) {
      discount = money(amount * 0.05);
    }
    if (partner.id !== '101' && rng.chance(0.06)) sert = Math.min(rng.pick(CERTIFICATES), amount);
    let redeemed = 0;
    if (this.balance > 50 && rng.chance(0.2)) {
      redeemed = Math.min(Math.floor(this.balance), Math.floor(amount * 0.3), rng.int(20, 500));
    }
    const paid = Math.max(0, amount - discount - (sert ?? 0) - redeemed);
    const added = Math.floor(paid * partner.rate);
    this.balance += added - redeemed;
    const earned = added > 0 ? this.accrual(ms, added, 14, 365) : { accrual: null, burn: 0 };
    const componentType = rng.chance(0.03) ? rng.pick([7, 64]) : COMPONENT.cheque;
    const row = this.draft('purchase', ms, {
      partner, shop, amount, added, redeemed, discount, sert, coupon, componentType,
      accrual: earned.accrual, orderId,
    });
    return { row, burn: earned.burn };
  }

  /**
   * A full or partial return of `purchase`, which is marked refunded.
   * @param {number} ms @param {Draft} purchase
   * @returns {Draft}
   */
  refund(ms, purchase) {
    const { rng } = this;
    const share = rng.chance(0.75) ? 1 : rng.pick([0.3, 0.5]);
    const returned = Math.floor((purchase.redeemed ?? 0) * share);
    const cancelled = Math.floor((purchase.added ?? 0) * share);
    purchase.refunded = true;
    if (purchase.accrual) purchase.accrual.remain = Math.floor(purchase.accrual.remain * (1 - share));
    this.balance += returned - cancelled;
    return this.draft('refund', ms, {
      partner: purchase.partner, shop: purchase.shop, amount: money((purchase.amount ?? 0) * share),
      added: returned, redeemed: cancelled, discount: money((purchase.discount ?? 0) * share),
      parent: purchase, orderId: purchase.orderId,
    });
  }

  /**
   * @param {number} ms @param {SourceKey} key @param {Partner | null} partner @param {Shop | null} shop
   * @returns {{ row: Draft, burn: number }}
   */
  bonus(ms, key, partner, shop) {
    const { rng } = this;
    const points = {
      welcome: 500, birthday: rng.pick([300, 500, 1000]), referral: 250, manual: rng.pick([50, 100, 150, 400]), promotion: 200,
    }[key];
    const activation = key === 'referral' ? 7 : 0;
    const life = key === 'birthday' ? 30 : key === 'referral' ? 180 : key === 'promotion' ? 90 : 365;
    const earned = this.accrual(ms, points, activation, life);
    this.balance += points;
    // One bonus in four has its code and no name, as the platform's rows may (never the oldest, the welcome bonus).
    const source = key !== 'welcome' && hash32(`name:${ms}`) % 4 === 0 ? { id: BONUS_SOURCES[key].id, name: null } : BONUS_SOURCES[key];
    const row = this.draft('bonus', ms, {
      partner, shop, added: points, source,
      componentType: rng.chance(0.02) ? 64 : COMPONENT.bonus, accrual: earned.accrual,
    });
    return { row, burn: earned.burn };
  }

  /**
   * Points of `accrual` burning on its expiry date.
   * @param {Draft} accrual @param {number} points
   * @returns {Draft}
   */
  burn(accrual, points) {
    this.balance -= points;
    return this.draft('burn', accrual.accrual?.expiryMs ?? accrual.ms, {
      partner: accrual.partner, redeemed: points, componentType: COMPONENT.burn, parent: accrual,
    });
  }
}
