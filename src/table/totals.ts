/**
 * Totals over the rows read so far, element-free. `new Totals()` then `add(operations)` for each
 * page's new rows (each row once: the feed engine's `added`); `purchases` is the sum of cheque
 * amounts with refunds subtracted (as the amount column signs them), `added` the points added,
 * `spent` the points spent or burnt (`Redeemed`), `count` the rows summed. Sums are kept in
 * hundredths, so 10,000 rows of 0.1 add up to 1,000 exactly. `coverage(total, finished)` says how
 * many of `Rows` the sums cover and whether they are complete: once every row is read (the count
 * reaches the total, or the feed ended, by scrolling or by the export). `coverageText(coverage,
 * fmt)` writes it: «по 120 из 1 480 операций», "covering 120 of 1,480 operations".
 */
import type { Operation } from '../api/types.js';
import type { Formatter } from '../format/index.js';
import { signedAmount } from './columns.js';

export interface Coverage {
  /** Rows the totals include. */
  readonly count: number;
  /** `Rows`: rows matching the request; undefined when the server never said. */
  readonly total: number | undefined;
  /** Every row is included. */
  readonly complete: boolean;
}

const cents = (n: number | undefined): number => (Number.isFinite(n) ? Math.round(n! * 100) : 0);
const positiveCents = (n: number | undefined): number => Math.max(0, cents(n));

export class Totals {
  private purchaseCents = 0;
  private addedCents = 0;
  private spentCents = 0;
  /** Rows summed. */
  count = 0;

  /** Money of purchases, refunds subtracted. */
  get purchases(): number {
    return this.purchaseCents / 100;
  }

  /** Points added. */
  get added(): number {
    return this.addedCents / 100;
  }

  /** Points spent or burnt. */
  get spent(): number {
    return this.spentCents / 100;
  }

  /** Adds rows not added before. */
  add(operations: readonly Operation[]): void {
    for (const op of operations) {
      this.purchaseCents += cents(signedAmount(op));
      this.addedCents += positiveCents(op.added);
      this.spentCents += positiveCents(op.redeemed);
    }
    this.count += operations.length;
  }

  /** How much of the history the totals cover; `finished` when the feed or export read to the end. */
  coverage(total: number | undefined, finished: boolean): Coverage {
    const complete = finished || (total !== undefined && this.count >= total);
    return { count: this.count, total: complete ? Math.max(total ?? 0, this.count) : total, complete };
  }
}

/** Russian forms after «из N» (genitive) and «по N» (dative), by Intl plural category. */
const RU_FORMS = {
  genitive: { one: 'операции', few: 'операций', many: 'операций', other: 'операции' },
  dative: { one: 'операции', few: 'операциям', many: 'операциям', other: 'операции' },
} as const;

let ruRules: Intl.PluralRules | undefined;
const ruForm = (n: number, form: keyof typeof RU_FORMS): string => {
  const category = (ruRules ??= new Intl.PluralRules('ru-RU')).select(n) as keyof (typeof RU_FORMS)['genitive'];
  return RU_FORMS[form][category] ?? RU_FORMS[form].other;
};

/**
 * What the totals cover: «по 120 из 1 480 операций», «по всем 1 480 операциям», «по 120 операциям»
 * (total unknown); "covering 120 of 1,480 operations", "covering all 1,480 operations".
 */
export function coverageText({ count, total, complete }: Coverage, fmt: Formatter): string {
  const n = fmt.points(count);
  if (fmt.lang === 'ru') {
    if (complete) return count === 1 ? `по ${n} операции` : `по всем ${n} ${ruForm(count, 'dative')}`;
    return total === undefined ? `по ${n} ${ruForm(count, 'dative')}` : `по ${n} из ${fmt.points(total)} ${ruForm(total, 'genitive')}`;
  }
  const word = (k: number) => (k === 1 ? 'operation' : 'operations');
  if (complete) return count === 1 ? 'covering the only operation' : `covering all ${n} ${word(count)}`;
  return total === undefined ? `covering ${n} ${word(count)}` : `covering ${n} of ${fmt.points(total)} ${word(total)}`;
}
