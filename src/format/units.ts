/**
 * The programme's own words: its unit for points (`points-name`) and the texts a page overrides
 * or adds (`texts`), as the formatter takes them once `resolveConfig` has checked them.
 */
import type { Messages } from './messages.js';

/** A unit's forms by language: Russian for 1, 2 and 5 (бонус, бонуса, бонусов), English for 1 and more (mile, miles). */
export interface PointsNames {
  readonly ru?: readonly [one: string, few: string, many: string];
  readonly en?: readonly [one: string, other: string];
}

/** Any of the messages, groups in part too: `{ titles: { purchase: 'Заказ' } }`. */
export type PartialMessages = {
  readonly [K in keyof Messages]?: Messages[K] extends string | ((...args: never[]) => string) ? Messages[K] : Partial<Messages[K]>;
};

/**
 * Texts by language code: for `ru` and `en` any of their messages, over the widget's own; for
 * another language (`de`, `uk`…) every message, spoken when the element's language is that one.
 */
export type Texts = Readonly<Record<string, PartialMessages>>;

/** `messages` with a page's own texts over them; a value of another type than the one it replaces is ignored. */
export function overrideMessages(messages: Messages, own: PartialMessages | undefined): Messages {
  if (!own) return messages;
  const merge = (base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...base };
    for (const key of Object.keys(over)) {
      const [was, is] = [base[key], over[key]];
      if (typeof was === 'object' && was && typeof is === 'object' && is) out[key] = merge(was as Record<string, unknown>, is as Record<string, unknown>);
      else if (typeof is === typeof was) out[key] = is;
    }
    return out;
  };
  return merge(messages as unknown as Record<string, unknown>, own as Record<string, unknown>) as unknown as Messages;
}
