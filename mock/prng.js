// @ts-check
/**
 * Seeded pseudo-random numbers for the mock: the same seed gives the same history and the
 * same fault decisions on every machine, so tests and screenshots are reproducible.
 */

/**
 * A 32-bit string hash (FNV-1a) used to turn tokens and fault specs into seeds.
 * @param {string} text
 * @returns {number}
 */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A small seeded generator (mulberry32) with the helpers the generator needs.
 */
export class Rng {
  /** @param {number | string} seed */
  constructor(seed) {
    /** @type {number} */
    this.state = (typeof seed === 'string' ? hash32(seed) : seed) >>> 0;
  }

  /** @returns {number} a float in [0, 1) */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * @param {number} min inclusive
   * @param {number} max inclusive
   * @returns {number}
   */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** @param {number} probability @returns {boolean} */
  chance(probability) {
    return this.next() < probability;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return /** @type {T} */ (items[Math.floor(this.next() * items.length)]);
  }
}
