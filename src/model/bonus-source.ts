/**
 * Bonus sources that are not purchases. The platform sends a display name (`BonusSourceName`)
 * and an undocumented numeric id (`BonusSource`); only the name is used: known names get a
 * localised title, any other name is shown verbatim.
 */
export type BonusSourceKind = 'welcome' | 'birthday' | 'referral' | 'manual';

/**
 * Name patterns of the known sources, first match wins. They cover the exact names seen on the
 * platform ('Приветственные баллы', 'Бонус ко дню рождения', 'Приведи друга', 'Ручное
 * начисление'…) and looser variants ('Начислено вручную', 'Birthday bonus').
 */
const PATTERNS: readonly (readonly [RegExp, BonusSourceKind])[] = [
  [/привет|welcome/i, 'welcome'],
  [/рожд|birthday/i, 'birthday'],
  [/друг|рекоменд|referr|friend/i, 'referral'],
  [/ручн|manual/i, 'manual'],
];

/** The known source a name stands for, or undefined when the name should be shown as is. */
export function bonusSourceOf(name: string): BonusSourceKind | undefined {
  return PATTERNS.find(([re]) => re.test(name))?.[1];
}

/** A source name that records points burning ("Сгорание баллов", "Expiry"). */
export function isBurnSource(name: string): boolean {
  return /сгор[аеи]|аннулир|expir|burn/i.test(name);
}

/** A source name that means "for a purchase" ("За покупку"): such points are not a gift. */
export function isPurchaseSource(name: string): boolean {
  return /покупк|purchase|чек|receipt/i.test(name);
}
