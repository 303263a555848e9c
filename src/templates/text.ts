import type { Formatter } from '../format/index.js';
import type { Messages } from '../format/messages.js';
import type { Badge, Detail, OperationView } from '../model/operation.js';

/** The row's title: a bonus source the widget does not know is shown as the server names it. */
export function titleOf(view: OperationView, msg: Messages): string {
  return view.titleText ?? msg.titles[view.titleKey];
}

/** '61,7 балла' with the formatter's number style. */
export function pointsText(fmt: Formatter, n: number): string {
  return `${fmt.points(n)} ${fmt.msg.points(n)}`;
}

export function badgeText(b: Badge, fmt: Formatter): string {
  const { msg } = fmt;
  switch (b.kind) {
    case 'refund':
      return msg.refund;
    case 'pending':
      return b.until ? msg.pendingUntil(fmt.dateShort(b.until)) : msg.pendingNoDate;
    case 'expiring':
      return msg.expiresOn(fmt.dateShort(b.on), pointsText(fmt, b.points));
    case 'burnt':
      return msg.burnt(b.on ? fmt.dateShort(b.on) : undefined, b.points ? pointsText(fmt, b.points) : undefined);
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
    case 'remain':
      return pointsText(fmt, d.points);
    case 'cheque':
    case 'order':
    case 'coupon':
    case 'source':
      return d.text;
  }
}
