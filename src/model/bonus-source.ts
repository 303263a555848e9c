/**
 * Bonus sources that are not purchases. The platform sends a display name (`BonusSourceName`)
 * and an undocumented numeric id (`BonusSource`); only the name is used: known names get a
 * localised title, any other name is shown verbatim.
 */
export type BonusSourceKind = 'welcome' | 'birthday' | 'referral' | 'manual';

/** Exact names seen on the platform, lower-cased. */
const KNOWN: Readonly<Record<string, BonusSourceKind>> = {
  'приветственные баллы': 'welcome',
  'приветственный бонус': 'welcome',
  'бонус ко дню рождения': 'birthday',
  'день рождения': 'birthday',
  'приведи друга': 'referral',
  'ручное начисление': 'manual',
};

/** Looser patterns for the same sources, checked after the exact names. */
const PATTERNS: readonly (readonly [RegExp, BonusSourceKind])[] = [
  [/привет|welcome/i, 'welcome'],
  [/рожд|birthday/i, 'birthday'],
  [/друг|рекоменд|referr|friend/i, 'referral'],
  [/вручную|ручн|manual/i, 'manual'],
];

/** The known source a name stands for, or undefined when the name should be shown as is. */
export function bonusSourceOf(name: string): BonusSourceKind | undefined {
  const n = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (n in KNOWN) return KNOWN[n];
  return PATTERNS.find(([re]) => re.test(n))?.[1];
}

/** A source name that records points burning ("Сгорание баллов", "Expiry"). */
export function isBurnSource(name: string): boolean {
  return /сгора|сгор[еи]|аннулир|expir|burn/i.test(name);
}

/** A source name that means "for a purchase" ("За покупку"): such points are not a gift. */
export function isPurchaseSource(name: string): boolean {
  return /покупк|purchase|чек|receipt/i.test(name);
}
