// @ts-check
/**
 * Builds one member's history: places rows on a timeline (seeded, relative to a fixed "now"),
 * then gives out ids in time order and writes the rows as the platform does.
 */
import { PARTNERS } from './catalog.js';
import { DAY, HOUR, MINUTE, msk, mskDay } from './dates.js';
import { Numbering } from './numbering.js';
import { Rng, hash32 } from './prng.js';
import { RowMaker } from './rows.js';

/** @typedef {import('./rows.js').Draft} Draft */
/** @typedef {import('./members.js').Member} Member */
/** @typedef {import('./numbering.js').HistoryRecord} HistoryRecord */

const [COFFEE, BOOKS, GROCERY] = /** @type {import('./catalog.js').Partner[]} */ (PARTNERS);
const ONLINE = PARTNERS.filter((p) => p.shops.some((s) => s.online));
/** Shops where a member buys in person, per partner id. */
const OFFLINE = new Map(PARTNERS.map((p) => [p.id, p.shops.filter((s) => !s.online)]));

/**
 * `n` moments between `from` and `to`, in shop hours (08:00-22:00 Moscow), ascending.
 * @param {Rng} rng @param {number} n @param {number} from @param {number} to
 */
function slotTimes(rng, n, from, to) {
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { dayStart } = mskDay(from + rng.next() * (to - from));
    const t = dayStart + 8 * HOUR + Math.floor(rng.next() * 14 * HOUR);
    times[i] = t > to ? to - Math.floor(rng.next() * HOUR) : Math.max(t, from);
  }
  return times.sort();
}

/**
 * The member's rows, oldest first and not yet numbered.
 * @param {Member} member @param {number} nowMs
 * @returns {Draft[]}
 */
function timeline(member, nowMs) {
  const n = member.rows;
  const rng = new Rng(`history:${member.token}`);
  const maker = new RowMaker(rng, nowMs);
  const times = slotTimes(rng, n, nowMs - member.spanDays * DAY, nowMs - HOUR);
  const birthday = { month: rng.int(0, 11), day: rng.int(1, 28) };
  let birthdayYear = 0;
  let orders = BigInt(member.idBase) + 9_000_000n;
  /** @type {Draft[]} */ const drafts = [];
  /** @type {{ row: Draft, points: number, at: number }[]} */ const burns = [];
  /** @type {Draft[]} */ let refundable = [];
  /** @param {{ row: Draft, burn: number }} made */
  const add = ({ row, burn }) => {
    drafts.push(row);
    if (burn > 0 && row.accrual) {
      const at = row.accrual.expiryMs;
      let k = burns.length;
      while (k > 0 && (burns[k - 1]?.at ?? 0) > at) k--;
      burns.splice(k, 0, { row, points: burn, at });
    }
    return row;
  };
  while (drafts.length < n) {
    const ms = /** @type {number} */ (times[drafts.length]);
    if (drafts.length === 0) {
      add(maker.bonus(ms, 'welcome', null, null));
      continue;
    }
    const due = burns[0];
    if (due && due.at <= ms) {
      burns.shift();
      if (!due.row.refunded) add({ row: maker.burn(due.row, due.points), burn: 0 });
      continue;
    }
    const { year } = mskDay(ms);
    const bd = msk(year, birthday.month, birthday.day, 9);
    if (birthdayYear < year && bd <= ms && bd >= (times[0] ?? 0)) {
      birthdayYear = year;
      add(maker.bonus(bd, 'birthday', null, null));
      continue;
    }
    const r = rng.next();
    if (r < 0.035) {
      refundable = refundable.filter((p) => !p.refunded && p.ms > ms - 30 * DAY);
      if (refundable.length > 0) {
        const p = rng.pick(refundable);
        add({ row: maker.refund(Math.max(ms, p.ms + 10 * MINUTE), p), burn: 0 });
        continue;
      }
    }
    if (r < 0.065) {
      const partner = rng.pick(PARTNERS);
      const manual = rng.chance(0.5);
      // Of the shop's own accruals, one in three is a promotion (decided by the moment, so no draw changes the history).
      const kind = !manual ? 'referral' : hash32(`promotion:${ms}`) % 3 === 0 ? 'promotion' : 'manual';
      add(maker.bonus(ms, kind, partner, manual ? partner.shops[0] ?? null : null));
      continue;
    }
    if (r < 0.12 && n - drafts.length >= 2) {
      const partner = rng.pick(ONLINE);
      const shop = /** @type {import('./catalog.js').Shop} */ (partner.shops.find((s) => s.online));
      const orderId = String(++orders);
      const k = Math.min(rng.int(2, 3), n - drafts.length);
      for (let j = 0; j < k; j++) {
        refundable.push(add(maker.purchase(ms + j * rng.int(1, 15) * MINUTE, partner, shop, orderId)));
      }
      continue;
    }
    const x = rng.next();
    const partner = /** @type {import('./catalog.js').Partner} */ (x < 0.5 ? COFFEE : x < 0.7 ? BOOKS : GROCERY);
    const shop = rng.pick(OFFLINE.get(partner.id) ?? []);
    refundable.push(add(maker.purchase(ms, partner, shop, null)));
  }
  return drafts;
}

/**
 * The member's history, newest first, and the numbering to continue it with.
 * @param {Member} member @param {number} nowMs
 * @returns {{ records: HistoryRecord[], numbering: Numbering }}
 */
export function buildHistory(member, nowMs) {
  const drafts = timeline(member, nowMs).sort((a, b) => a.ms - b.ms || a.sub - b.sub);
  const numbering = new Numbering(member, nowMs);
  for (const d of drafts) numbering.assign(d);
  const records = drafts.map((d) => numbering.record(d));
  return { records: records.reverse(), numbering };
}

/**
 * The `index`-th operation that arrives after "now" for a growing member: a purchase a few
 * minutes after the previous one, its points not yet active.
 * @param {Member} member @param {number} nowMs @param {Numbering} numbering @param {number} index
 * @returns {HistoryRecord}
 */
export function grownRecord(member, nowMs, numbering, index) {
  const rng = new Rng(`grow:${member.token}:${index}`);
  const maker = new RowMaker(rng, nowMs);
  const partner = rng.pick(PARTNERS);
  const shop = rng.pick(OFFLINE.get(partner.id) ?? []);
  const { row } = maker.purchase(nowMs + (index + 1) * 3 * MINUTE, partner, shop, null);
  numbering.assign(row);
  return numbering.record(row);
}
