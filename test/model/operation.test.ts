import { expect } from '@open-wc/testing';
import type { Operation } from '../../src/api/types.js';
import { describeOperation, EXPIRY_WARNING_DAYS } from '../../src/model/operation.js';
import { pointsSourceOf } from '../../src/model/bonus-source.js';
import { getFormatter } from '../../src/format/intl.js';
import { renderRow } from '../../src/templates/row.js';
import { fold, mount } from '../templates/helpers.js';

const now = new Date('2025-11-06T12:00:00Z');
const at = (iso: string) => new Date(iso);
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const cheque: Operation = { id: '10', chequeId: '500', chequeNumber: 'A-17', amount: 1500, proctime: at('2025-11-06T09:05:00Z'), partnerName: 'Победа', posName: 'ТЦ Север', refund: false };
const bonusRow: Operation = { id: '20', bonusId: '900', proctime: at('2025-11-05T09:00:00Z'), refund: false };

describe('describeOperation', () => {
  it('a cheque is a purchase showing its amount, place and bonus change', () => {
    const v = describeOperation({ ...cheque, added: 61.7, redeemed: 100 }, now);
    expect(v.kind).to.equal('purchase');
    expect(v.titleKey).to.equal('purchase');
    expect(v.amount).to.equal(1500);
    expect(v.where).to.deep.equal(['Победа', 'ТЦ Север']);
    expect(v.earned).to.equal(61.7);
    expect(v.spent).to.equal(100);
    expect(v.points).to.deep.equal([{ move: 'earned', points: 61.7 }, { move: 'spent', points: 100 }]);
    expect(v.badges).to.deep.equal([]);
    expect(v.details.map((d) => d.key)).to.deep.equal(['when', 'cheque', 'amount', 'earned', 'spent']);
  });

  it('a refund is linked to its original cheque, with no badge repeating its title', () => {
    const v = describeOperation({ ...cheque, refund: true, parent: '9007199254740993', redeemed: 0, added: 0 }, now);
    expect(v.kind).to.equal('refund');
    expect(v.parentId).to.equal('9007199254740993');
    expect(v.badges).to.deep.equal([]);
    expect(v.points).to.deep.equal([]);
  });

  it("a refund's points: those it adds are returned, those it takes back are spent", () => {
    const v = describeOperation({ ...cheque, refund: true, parent: '1', added: 100, redeemed: 61.7 }, now);
    expect(v.points).to.deep.equal([{ move: 'returned', points: 100 }, { move: 'spent', points: 61.7 }]);
    expect(v.details.map((d) => d.key)).to.deep.equal(['when', 'cheque', 'amount', 'returned', 'spent']);
  });

  it('a purchase with points spent is still a purchase; points alone are a bonus accrual or spending', () => {
    expect(describeOperation({ ...cheque, redeemed: 50 }, now).kind).to.equal('purchase');
    const earned = describeOperation({ ...bonusRow, added: 30 }, now);
    expect(earned.kind).to.equal('bonus-earned');
    expect(earned.points).to.deep.equal([{ move: 'earned', points: 30 }]);
    const spent = describeOperation({ ...bonusRow, redeemed: 30 }, now);
    expect(spent.kind).to.equal('bonus-spent');
    expect(spent.points).to.deep.equal([{ move: 'spent', points: 30 }]);
  });

  it("the platform's BonusSource code names the bonus, with or without a name", () => {
    const cases: [number, string, string][] = [
      [2, 'promotion', 'Бонус по акции'],
      [3, 'manual', 'Ручное начисление'],
      [4, 'welcome', 'Приветственные баллы'],
      [5, 'referral', 'Приведи друга'],
      [6, 'birthday', 'Бонус ко дню рождения'],
    ];
    for (const [code, key, name] of cases) {
      const bare = describeOperation({ ...bonusRow, added: 500, bonusSource: code }, now);
      expect([bare.kind, bare.titleKey, bare.titleText], `${code} without a name`).to.deep.equal(['bonus-gift', key, undefined]);
      expect(bare.details.some((d) => d.key === 'source'), `${code}: no empty source line`).to.equal(false);
      const named = describeOperation({ ...bonusRow, added: 500, bonusSource: code, bonusSourceName: name }, now);
      expect([named.kind, named.titleKey], `${code} named`).to.deep.equal(['bonus-gift', key]);
      expect(named.details, `${code}`).to.deep.include({ key: 'source', source: key, text: name });
    }
    // The code decides over the name; a name the widget does not know under a known code keeps the code's title.
    expect(describeOperation({ ...bonusRow, added: 50, bonusSource: 3, bonusSourceName: 'Приветственные баллы' }, now).titleKey).to.equal('manual');
    const store = describeOperation({ ...bonusRow, added: 50, bonusSource: 4, bonusSourceName: 'Подарок новичку' }, now);
    expect([store.titleKey, store.titleText]).to.deep.equal(['welcome', undefined]);
    // 1 is points for a purchase: an accrual, not a gift, whatever the name says.
    expect(describeOperation({ ...bonusRow, added: 20, bonusSource: 1 }, now).kind).to.equal('bonus-earned');
    expect(describeOperation({ ...bonusRow, added: 20, bonusSource: 1, bonusSourceName: 'Приветственные баллы' }, now).kind).to.equal('bonus-earned');
  });

  it("a promotion is titled by its own name when the platform sends one, else «Бонус по акции»", () => {
    const named = describeOperation({ ...bonusRow, added: 300, bonusSource: 2, bonusSourceName: ' Чёрная пятница ' }, now);
    expect([named.kind, named.titleKey, named.titleText]).to.deep.equal(['bonus-gift', 'promotion', 'Чёрная пятница']);
    expect(describeOperation({ ...bonusRow, added: 300, bonusSource: 2 }, now).titleText).to.equal(undefined);
  });

  it('an unknown code changes nothing: the name decides, as without a code', () => {
    for (const code of [0, 7, 64, 255, 1.5]) {
      const named = describeOperation({ ...bonusRow, added: 100, bonusSource: code, bonusSourceName: 'Бонус ко дню рождения' }, now);
      expect([named.kind, named.titleKey], String(code)).to.deep.equal(['bonus-gift', 'birthday']);
      const bare = describeOperation({ ...bonusRow, added: 100, bonusSource: code }, now);
      expect([bare.kind, bare.titleKey], String(code)).to.deep.equal(['bonus-earned', 'bonus-earned']);
    }
  });

  it('known bonus source names get their own title key when there is no code; unknown names are shown verbatim', () => {
    const cases: [string, string][] = [
      ['Приветственные баллы', 'welcome'],
      ['Бонус ко дню рождения', 'birthday'],
      ['Приведи друга', 'referral'],
      ['Ручное начисление', 'manual'],
    ];
    for (const [name, key] of cases) {
      const v = describeOperation({ ...bonusRow, added: 500, bonusSourceName: name }, now);
      expect(v.kind, name).to.equal('bonus-gift');
      expect(v.titleKey, name).to.equal(key);
      expect(v.titleText, name).to.equal(undefined);
    }
    const odd = describeOperation({ ...bonusRow, added: 200, bonusSourceName: '  Акция «Осень»  ' }, now);
    expect(odd.kind).to.equal('bonus-gift');
    expect(odd.titleText).to.equal('Акция «Осень»');
    expect(odd.details).to.deep.include({ key: 'source', text: 'Акция «Осень»' });
  });

  it('points "for a purchase" named by the server are an accrual, not a gift', () => {
    expect(describeOperation({ ...bonusRow, added: 20, bonusSourceName: 'За покупку' }, now).kind).to.equal('bonus-earned');
  });

  it('a cheque paid partly by gift certificate, with a coupon, or only discounted', () => {
    const cert = describeOperation({ ...cheque, sertRedeemed: 1000, couponNumber: 'X1' }, now);
    expect(cert.kind).to.equal('certificate');
    expect(cert.details).to.deep.include({ key: 'certificate', money: 1000 });
    const coupon = describeOperation({ ...cheque, couponNumber: ' SALE-2025 ' }, now);
    expect(coupon.kind).to.equal('coupon');
    expect(coupon.details).to.deep.include({ key: 'coupon', text: 'SALE-2025' });
    const discount = describeOperation({ ...cheque, discount: 150 }, now);
    expect(discount.kind).to.equal('discount');
    expect(discount.details).to.deep.include({ key: 'discount', money: 150 });
    expect(describeOperation({ ...cheque, discount: 150, added: 10 }, now).kind).to.equal('purchase');
  });

  it('points waiting for activation: a date in the future, or Active false', () => {
    const v = describeOperation({ ...bonusRow, added: 40, activeDate: days(6), active: true }, now);
    expect(v.kind).to.equal('pending');
    expect(v.badges).to.deep.equal([{ kind: 'pending', until: days(6) }]);
    const noDate = describeOperation({ ...bonusRow, added: 40, active: false }, now);
    expect(noDate.kind).to.equal('pending');
    expect(noDate.badges, 'the title already says so').to.deep.equal([]);
    expect(describeOperation({ ...cheque, added: 40, active: false }, now).badges).to.deep.equal([{ kind: 'pending' }]);
    const past = describeOperation({ ...bonusRow, added: 40, activeDate: days(-1), active: true }, now);
    expect(past.kind).to.equal('bonus-earned');
    expect(past.details).to.deep.include({ key: 'activation', date: days(-1) });
  });

  it('a purchase whose points are pending keeps its kind and carries the badge', () => {
    const v = describeOperation({ ...cheque, added: 15, activeDate: days(3) }, now);
    expect(v.kind).to.equal('purchase');
    expect(v.badges).to.deep.equal([{ kind: 'pending', until: days(3) }]);
  });

  it(`an accrual burning within ${EXPIRY_WARNING_DAYS} days with some left keeps its kind and says how much burns when`, () => {
    const v = describeOperation({ ...bonusRow, added: 100, remain: 40, expiryDate: days(10) }, now);
    expect(v.kind).to.equal('bonus-earned');
    expect(v.badges).to.deep.equal([{ kind: 'expiring', on: days(10), points: 40 }]);
    expect(v.details).to.deep.include({ key: 'remain', points: 40 });
    expect(describeOperation({ ...bonusRow, added: 100, remain: 40, expiryDate: days(EXPIRY_WARNING_DAYS + 1) }, now).badges).to.deep.equal([]);
    expect(describeOperation({ ...bonusRow, added: 100, remain: 0, expiryDate: days(10) }, now).badges).to.deep.equal([]);
    const gift = describeOperation({ ...bonusRow, added: 100, remain: 100, expiryDate: days(2), bonusSourceName: 'Бонус ко дню рождения' }, now);
    expect(gift.kind).to.equal('bonus-gift');
    expect(gift.badges[0]?.kind).to.equal('expiring');
  });

  it('burnt, never "points spent": a debit named so, or carrying the passed expiry of the accrual it debits', () => {
    const byName = describeOperation({ ...bonusRow, redeemed: 25, bonusSourceName: 'Сгорание баллов' }, now);
    expect(byName.kind).to.equal('burnt');
    expect(byName.points).to.deep.equal([{ move: 'burnt', points: 25 }]);
    expect(byName.details.map((d) => d.key)).to.deep.equal(['when', 'burnt', 'source']);
    // As the platform records it (and the mock writes it): Parent = the accrual, ExpiryDate = its expiry.
    const byParent = describeOperation({ ...bonusRow, redeemed: 25, parent: '19', expiryDate: bonusRow.proctime, remain: 0 }, now);
    expect(byParent.kind).to.equal('burnt');
    expect(byParent.details.some((d) => d.key === 'remain')).to.equal(false);
    expect(describeOperation({ ...bonusRow, redeemed: 25, expiryDate: at('2025-11-05T00:00:00Z') }, now).kind).to.equal('burnt');
    // Spent before its points expire, or at a purchase: spending.
    expect(describeOperation({ ...bonusRow, redeemed: 25, parent: '19', expiryDate: days(100) }, now).kind).to.equal('bonus-spent');
    expect(describeOperation({ ...cheque, redeemed: 25, expiryDate: at('2025-11-01T00:00:00Z') }, now).kind).to.equal('purchase');
  });

  it('an accrual whose expiry passed with points left (no burn row of its own) keeps its kind and badges the burn', () => {
    const accrual = describeOperation({ ...bonusRow, added: 100, remain: 25, expiryDate: days(-3) }, now);
    expect(accrual.kind).to.equal('bonus-earned');
    expect(accrual.badges).to.deep.equal([{ kind: 'burnt', on: days(-3), points: 25 }]);
  });

  it('an unknown row still shows its amount and bonus change under a generic title', () => {
    const v = describeOperation({ id: '7', componentType: 9999, bonusSource: 777 }, now);
    expect(v.kind).to.equal('other');
    expect(v.titleKey).to.equal('other');
    expect(v.badges).to.deep.equal([]);
    expect(v.where).to.deep.equal([]);
    const withAmount = describeOperation({ id: '8', componentType: 9999, amount: -0, added: 0 }, now);
    expect(withAmount.kind).to.equal('other');
    const cheque0 = describeOperation({ componentType: 9999, chequeId: '1', amount: 0, added: 5 }, now);
    expect(cheque0.kind).to.equal('purchase');
    expect(cheque0.amount).to.equal(0);
    expect(cheque0.points).to.deep.equal([{ move: 'earned', points: 5 }]);
  });

  it('drops blank and repeated place names, and ignores invalid dates', () => {
    const v = describeOperation({ ...cheque, partnerName: 'Победа', posName: ' Победа ', proctime: new Date(NaN), added: -5, expiryDate: new Date(NaN) }, now);
    expect(v.where).to.deep.equal(['Победа']);
    expect(v.date).to.equal(undefined);
    expect(v.earned).to.equal(undefined);
    expect(v.details.some((d) => d.key === 'when' || d.key === 'expiry')).to.equal(false);
  });

  it('odd values are shown as sent, with their sign, never dropped', () => {
    // A cheque of -500 that is no refund: the sign stays.
    const negative = describeOperation({ ...cheque, amount: -500 }, now);
    expect([negative.kind, negative.amount]).to.deep.equal(['purchase', -500]);
    expect(negative.details).to.deep.include({ key: 'amount', money: -500 });
    // A refund's amount is money coming back, whichever sign the platform wrote.
    expect(describeOperation({ ...cheque, amount: -500, refund: true }, now).amount).to.equal(500);
    // Added -30 takes 30 points: the row shows them, and so does its balance.
    const taken = describeOperation({ ...bonusRow, added: -30 }, now);
    expect(taken.kind).to.equal('other');
    expect(taken.points).to.deep.equal([{ move: 'spent', points: 30 }]);
    expect([taken.earned, taken.spent]).to.deep.equal([undefined, 30]);
    expect(taken.details).to.deep.include({ key: 'spent', points: 30 });
    // Redeemed -20 gives 20 back.
    const given = describeOperation({ ...bonusRow, redeemed: -20 }, now);
    expect(given.points).to.deep.equal([{ move: 'returned', points: 20 }]);
    expect(given.earned).to.equal(20);
    // On a cheque too, beside the documented values.
    const mixed = describeOperation({ ...cheque, added: 10, redeemed: -4 }, now);
    expect(mixed.points).to.deep.equal([{ move: 'earned', points: 10 }, { move: 'returned', points: 4 }]);
    expect(mixed.earned).to.equal(14);
    // Negative discounts, certificate sums and remains are listed as sent.
    const odd = describeOperation({ ...cheque, discount: -50, sertRedeemed: -100, remain: -7 }, now);
    expect(odd.kind).to.equal('purchase');
    expect(odd.details).to.deep.include.members([{ key: 'discount', money: -50 }, { key: 'certificate', money: -100 }, { key: 'remain', points: -7 }]);
    expect(odd.badges).to.deep.equal([]);
  });

  it('on screen: a cheque of -500 reads −500 ₽, Added -30 reads −30 points, a bare promotion its kind', async () => {
    const ru = getFormatter('ru', { timeZone: 'Europe/Moscow' });
    const shown = async (op: Operation) => {
      const { root } = await mount(renderRow(op, describeOperation(op, now), { fmt: ru, now, key: op.id ?? 'x', posinset: 1, setsize: 1, expanded: false, parentLoaded: false }), { feed: true });
      return fold(root.querySelector('article')!.textContent);
    };
    const cheque500 = await shown({ ...cheque, amount: -500 });
    expect(cheque500).to.match(/^Покупка\s*−500 ₽/);
    const taken = await shown({ ...bonusRow, added: -30 });
    expect(taken).to.contain('−30 баллов списано');
    expect(await shown({ ...bonusRow, added: 300, bonusSource: 2 })).to.match(/^Бонус по акции/);
    expect(await shown({ ...bonusRow, added: 300, bonusSource: 4 })).to.match(/^Приветственные баллы/);
  });

  it('depends on now, not on the clock', () => {
    const op = { ...bonusRow, added: 10, remain: 10, expiryDate: at('2025-12-01T00:00:00Z') };
    expect(describeOperation(op, now).badges[0]?.kind).to.equal('expiring');
    expect(describeOperation(op, at('2025-01-01T00:00:00Z')).badges).to.deep.equal([]);
    expect(describeOperation(op, at('2026-01-01T00:00:00Z')).badges[0]?.kind).to.equal('burnt');
  });
});

describe('pointsSourceOf', () => {
  it('reads the code first, then the name loosely, and returns undefined for others', () => {
    expect(pointsSourceOf(2, 'Приветственные баллы')).to.equal('promotion');
    expect(pointsSourceOf(64, 'ПРИВЕТСТВЕННЫЕ   баллы')).to.equal('welcome');
    expect(pointsSourceOf(undefined, 'Birthday bonus')).to.equal('birthday');
    expect(pointsSourceOf(undefined, 'Бонус за рекомендацию')).to.equal('referral');
    expect(pointsSourceOf(undefined, 'Начислено вручную')).to.equal('manual');
    expect(pointsSourceOf(undefined, 'За покупку')).to.equal('purchase');
    expect(pointsSourceOf(undefined, 'Акция')).to.equal(undefined);
    expect(pointsSourceOf(0, '')).to.equal(undefined);
  });
});
