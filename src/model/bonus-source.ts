/**
 * Where points not for a purchase come from. The platform sends a byte code (`BonusSource`, its
 * `bonussource` table) and that table's name (`BonusSourceName`, may be null). The code decides;
 * the name is the fallback for a code the widget does not know: known names get a localised
 * title, any other name is shown verbatim.
 */
export type BonusSourceKind = 'promotion' | 'manual' | 'welcome' | 'referral' | 'birthday';

/** A row's source: one of the bonus kinds, or points for a purchase (not a gift). */
export type PointsSource = BonusSourceKind | 'purchase';

/** The platform's `BonusSource` codes. Any other code changes nothing: the name decides. */
const CODES: Readonly<Partial<Record<number, PointsSource>>> = {
  1: 'purchase',
  2: 'promotion',
  3: 'manual', // accrued by the operator by hand
  4: 'welcome',
  5: 'referral', // for bringing a friend
  6: 'birthday',
};

/**
 * Name patterns, first match wins. They cover the exact names seen on the platform ('За покупку',
 * 'Приветственные баллы', 'Бонус ко дню рождения', 'Приведи друга', 'Ручное начисление'…) and
 * looser variants ('Начислено вручную', 'Birthday bonus'). "For a purchase" comes first: such
 * points are not a gift whatever else the name says. A promotion is not told by its name: its
 * name is its own ('Чёрная пятница') and is shown as is.
 */
const PATTERNS: readonly (readonly [RegExp, PointsSource])[] = [
  [/покупк|purchase|чек|receipt/i, 'purchase'],
  [/привет|welcome/i, 'welcome'],
  [/рожд|birthday/i, 'birthday'],
  [/друг|рекоменд|referr|friend/i, 'referral'],
  [/ручн|manual/i, 'manual'],
];

/** The source of a row's points: by its code, else by its name; undefined when neither is known. */
export function pointsSourceOf(code: number | undefined, name: string): PointsSource | undefined {
  return (code === undefined ? undefined : CODES[code]) ?? PATTERNS.find(([re]) => re.test(name))?.[1];
}

/** A source name that records points burning ("Сгорание баллов", "Expiry"). */
export function isBurnSource(name: string): boolean {
  return /сгор[аеи]|аннулир|expir|burn/i.test(name);
}
