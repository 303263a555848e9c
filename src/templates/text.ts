import type { Formatter } from '../format/index.js';
import type { Messages } from '../format/messages.js';
import type { Badge, Detail, OperationView, PointsFigure } from '../model/operation.js';

/** The row's title: a bonus source the widget does not know is shown as the server names it. */
export function titleOf(view: OperationView, msg: Messages): string {
  return view.titleText ?? msg.titles[view.titleKey];
}

/** '61,7 балла' with the formatter's number style; the no-break space keeps the two together. */
export function pointsText(fmt: Formatter, n: number, signed = false): string {
  return `${fmt.points(n, signed)}\u00a0${fmt.msg.points(n)}`;
}

/** Points earned or returned add to the balance; spent or burnt take from it. */
export const signOf = (f: PointsFigure): number => (f.move === 'earned' || f.move === 'returned' ? 1 : -1);

/** A row's points in words and with a sign: '+1 балл начислен', '−40 баллов сгорело'. */
export function figureText(f: PointsFigure, fmt: Formatter): string {
  return `${pointsText(fmt, signOf(f) * f.points, true)} ${fmt.msg.moved[f.move](f.points)}`;
}

export function badgeText(b: Badge, fmt: Formatter): string {
  const { msg } = fmt;
  switch (b.kind) {
    case 'pending':
      return b.until ? msg.pendingUntil(fmt.dateShort(b.until)) : msg.titles.pending;
    case 'expiring':
      return msg.expiresOn(fmt.dateShort(b.on), b.points);
    case 'burnt':
      return msg.burnt(fmt.dateShort(b.on), b.points);
  }
}

/** The written value of a detail line (the coupon's copy button is added by the row). */
export function detailText(d: Detail, fmt: Formatter): string {
  switch (d.key) {
    case 'when':
      return fmt.dateTime(d.date);
    case 'activation':
    case 'expiry':
      return fmt.date(d.date);
    case 'amount':
    case 'discount':
    case 'certificate':
      return fmt.money(d.money);
    case 'earned':
    case 'spent':
    case 'returned':
    case 'burnt':
    case 'remain':
      return pointsText(fmt, d.points);
    case 'cheque':
    case 'order':
    case 'coupon':
    case 'source':
      return d.text;
  }
}
