// @ts-check
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEMBERS, getOperations } from '../../mock/data.js';
import { DEFAULT_NOW } from '../../mock/dates.js';

const FIELDS = [
  'Id', 'Pos', 'BonusId', 'ChequeId', 'PartnerName', 'PosName', 'Amount', 'Added', 'Redeemed', 'Refund',
  'Proctime', 'Discount', 'SertRedeemed', 'CouponNumber', 'BonusSourceName', 'ComponentType', 'BonusSource',
  'ChequeNumber', 'Active', 'ActiveDate', 'ExpiryDate', 'Remain', 'Parent', 'OrderId',
];
const DAY = 86_400_000;
/** A platform date, Moscow wall time without an offset, as epoch ms (NaN for null). */
const time = (/** @type {string | null} */ s) => (s === null ? NaN : Date.parse(`${s}+03:00`));
/** @param {string} token */
const member = (token) => MEMBERS.find((m) => m.token === token);
/** Every member that has rows, and the rows of all of them together. */
const all = MEMBERS.flatMap((m) => getOperations(m.token));

test('10,000 rows are generated in well under a second', () => {
  // CPU time rather than wall time, so that a busy machine does not fail the test.
  const started = process.cpuUsage();
  const ops = getOperations('1002', { now: DEFAULT_NOW + 1 });
  const { user, system } = process.cpuUsage(started);
  assert.equal(ops.length, 10_000);
  assert.ok(user + system < 1_000_000, `took ${(user + system) / 1000} ms of CPU`);
});

test('members have the documented number of operations', () => {
  const counts = Object.fromEntries(MEMBERS.map((m) => [m.token, getOperations(m.token).length]));
  assert.deepEqual(counts, { 1000: 0, 1001: 150, 1002: 10_000, 1003: 1000, 1004: 40, '9007199254740993': 300 });
  assert.deepEqual(getOperations('4242'), []);
});

test('every row has every field of the platform, ids as digits, newest first, unique ids', () => {
  for (const m of MEMBERS) {
    const ops = getOperations(m.token);
    assert.equal(new Set(ops.map((o) => o.Id)).size, ops.length, `ids unique for ${m.token}`);
    for (let i = 0; i < ops.length; i++) {
      const op = /** @type {import('../../mock/data.js').Operation} */ (ops[i]);
      assert.deepEqual(Object.keys(op), FIELDS);
      assert.match(op.Id, /^\d+$/);
      if (i > 0) assert.ok(time(ops[i - 1]?.Proctime ?? null) >= time(op.Proctime), 'newest first');
    }
  }
});

test('the typical member spans two years at three partners and several shops', () => {
  const ops = getOperations('1001');
  const span = time(ops[0]?.Proctime ?? null) - time(ops.at(-1)?.Proctime ?? null);
  assert.ok(span > 600 * DAY && span <= 730 * DAY, `span ${span / DAY} days`);
  assert.equal(new Set(ops.map((o) => o.PartnerName).filter(Boolean)).size, 3);
  assert.ok(new Set(ops.map((o) => o.PosName).filter(Boolean)).size >= 5);
});

test('cheque rows carry ChequeId and ChequeNumber, bonus rows BonusId', () => {
  for (const op of all) {
    if (op.Refund !== null) {
      assert.ok(op.ChequeId && op.ChequeNumber && op.BonusId === null && typeof op.Amount === 'number');
    } else {
      assert.ok(op.BonusId && op.ChequeId === null && op.ChequeNumber === null);
    }
  }
});

test('a refund points at its purchase through Parent, and the purchase is in the history', () => {
  for (const m of MEMBERS) {
    const ops = getOperations(m.token);
    const byId = new Map(ops.map((o) => [o.Id, o]));
    for (const refund of ops.filter((o) => o.Refund === true)) {
      const purchase = byId.get(refund.Parent ?? '');
      assert.ok(purchase, `parent of ${refund.Id} present`);
      assert.equal(purchase.Refund, false);
      assert.ok(time(purchase.Proctime) <= time(refund.Proctime));
      assert.ok((refund.Amount ?? 0) <= (purchase.Amount ?? 0));
    }
  }
  assert.ok(getOperations('1001').some((o) => o.Refund === true));
});

test('orders group several cheques under one OrderId', () => {
  const ops = getOperations('1001');
  /** @type {Map<string, number>} */
  const sizes = new Map();
  for (const o of ops) if (o.OrderId) sizes.set(o.OrderId, (sizes.get(o.OrderId) ?? 0) + 1);
  assert.ok([...sizes.values()].some((n) => n >= 2));
  assert.ok(ops.filter((o) => o.OrderId).every((o) => o.ChequeId !== null));
});

test("bonuses not for purchases carry the platform's codes, some without a name", () => {
  const bonuses = all.filter((o) => o.BonusSource !== null);
  const named = new Map(bonuses.filter((o) => o.BonusSourceName !== null).map((o) => [o.BonusSource, o.BonusSourceName]));
  assert.deepEqual(
    [...named].sort(),
    [[2, 'Двойные баллы выходного дня'], [3, 'Ручное начисление'], [4, 'Приветственные баллы'], [5, 'Приведи друга'], [6, 'Бонус ко дню рождения']],
  );
  const unnamed = new Set(bonuses.filter((o) => o.BonusSourceName === null).map((o) => o.BonusSource));
  assert.deepEqual([...unnamed].sort(), [2, 3, 5, 6], 'every code but the welcome bonus also comes without a name');
  assert.ok(bonuses.every((o) => o.ChequeId === null && (o.Added ?? 0) > 0));
  const oldest = getOperations('1001').at(-1);
  assert.deepEqual([oldest?.BonusSource, oldest?.BonusSourceName], [4, 'Приветственные баллы'], 'the oldest row is the welcome bonus');
});

test('pending, soon-expiring and burnt points, certificates, coupons and unknown kinds occur', () => {
  for (const token of ['1001', '1003', '9007199254740993']) {
    const ops = getOperations(token);
    const pending = ops.filter((o) => o.Active === false);
    assert.ok(pending.length > 0 && pending.every((o) => time(o.ActiveDate) > DEFAULT_NOW), `pending ${token}`);
    const soon = ops.filter((o) => (o.Remain ?? 0) > 0 && time(o.ExpiryDate) > DEFAULT_NOW && time(o.ExpiryDate) < DEFAULT_NOW + 30 * DAY);
    assert.ok(soon.length > 0, `soon expiring ${token}`);
    const burns = ops.filter((o) => o.ComponentType === 3);
    assert.ok(burns.length > 0 && burns.every((b) => ops.some((o) => o.Id === b.Parent && (o.Added ?? 0) >= (b.Redeemed ?? 0))));
    assert.ok(ops.some((o) => (o.SertRedeemed ?? 0) > 0), `certificate ${token}`);
    assert.ok(ops.some((o) => o.CouponNumber), `coupon ${token}`);
    assert.ok(ops.some((o) => ![1, 2, 3].includes(o.ComponentType ?? 0)), `unknown ComponentType ${token}`);
  }
});

test('the big member has ids above 2^53', () => {
  const ops = getOperations('9007199254740993');
  assert.ok(ops.every((o) => BigInt(o.Id) > 2n ** 53n));
  assert.ok(ops.filter((o) => o.ChequeId).every((o) => BigInt(o.ChequeId ?? 0) > 2n ** 53n));
  assert.ok(BigInt(member('9007199254740993')?.client ?? 0) > 2n ** 53n);
});

test('histories are reproducible and follow the given now', () => {
  assert.deepEqual(getOperations('1003', { now: DEFAULT_NOW + 7 }), getOperations('1003'));
  const later = getOperations('1001', { now: DEFAULT_NOW + 10 * DAY });
  assert.equal(time(later[0]?.Proctime ?? null) - time(getOperations('1001')[0]?.Proctime ?? null), 10 * DAY);
});
