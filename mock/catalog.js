// @ts-check
/**
 * The invented loyalty programme behind the mock: one operator, three partner brands, their
 * shops, the sources of bonuses that are not for purchases, and the widget site codes it accepts.
 */

/** The only loyalty-programme operator; a request for another `Operator` gets no rows. */
export const OPERATOR = '1';

/**
 * @typedef {object} Shop
 * @property {string} pos     point-of-sale id (`Pos`), digits
 * @property {string} code    point-of-sale code (`PosCode` in requests)
 * @property {string} name    `PosName`
 * @property {boolean} [online] takes orders of several cheques
 */

/**
 * @typedef {object} Partner
 * @property {string} id       partner id (`Partner` in requests), digits
 * @property {string} name     `PartnerName`
 * @property {[number, number]} price  cheque sum range, roubles
 * @property {number} rate     share of the sum paid back in points
 * @property {readonly Shop[]} shops
 */

/** @type {readonly Partner[]} */
export const PARTNERS = [
  {
    id: '101',
    name: 'Кофейня «Бодрое утро»',
    price: [120, 950],
    rate: 0.07,
    shops: [
      { pos: '1101', code: 'BU-01', name: 'ТЦ Европейский, 2 этаж' },
      { pos: '1102', code: 'BU-02', name: 'ул. Тверская, 12' },
      { pos: '1103', code: 'BU-03', name: 'Аэропорт Внуково, терминал A' },
    ],
  },
  {
    id: '102',
    name: 'Книжный дом «Переплёт»',
    price: [290, 4200],
    rate: 0.05,
    shops: [
      { pos: '1201', code: 'PP-01', name: 'ТЦ Атриум, 1 этаж' },
      { pos: '1202', code: 'PP-02', name: 'Невский проспект, 28' },
      { pos: '1203', code: 'PP-WEB', name: 'Интернет-магазин', online: true },
    ],
  },
  {
    id: '103',
    name: 'Продукты «Зелёная корзина»',
    price: [350, 7800],
    rate: 0.03,
    shops: [
      { pos: '1301', code: 'ZK-01', name: 'ул. Ленина, 5' },
      { pos: '1302', code: 'ZK-02', name: 'ТРЦ Мега Тёплый Стан' },
      { pos: '1303', code: 'ZK-DLV', name: 'Доставка на дом', online: true },
    ],
  },
];

/**
 * Bonuses that are not for purchases: `BonusSource`, the platform's code, and `BonusSourceName`,
 * the name in its `bonussource` table (rows leave it null now and then, as the platform may).
 * A promotion's name is the promotion's own.
 */
export const BONUS_SOURCES = /** @type {const} */ ({
  promotion: { id: 2, name: 'Двойные баллы выходного дня' },
  manual: { id: 3, name: 'Ручное начисление' },
  welcome: { id: 4, name: 'Приветственные баллы' },
  referral: { id: 5, name: 'Приведи друга' },
  birthday: { id: 6, name: 'Бонус ко дню рождения' },
});

/**
 * `ComponentType` values the mock writes. Anything else (7, 64) appears now and then on
 * purpose: a client must tolerate kinds it does not know.
 */
export const COMPONENT = /** @type {const} */ ({ cheque: 1, bonus: 2, burn: 3 });

/**
 * Site codes the mock accepts. A request without `SiteCode` (or with an empty one) is accepted
 * too; any other code gets ErrorCode 4.
 */
export const SITE_CODES = /** @type {readonly string[]} */ ([
  'demo',
  'test',
  '{type:1}{oper:1}{part:101}{pcode:bodroe1}{tok:1001}',
]);
