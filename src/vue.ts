// `import 'loyalty-history/vue'`: defines <loyalty-history> and types it in Vue 3 templates through
// GlobalComponents: `:token`, `site-code`, `.headers` and `@loyalty-history-load="(e) => e.detail"`
// are checked by vue-tsc. Vue's compiler must still be told the tag is a custom element
// (`compilerOptions.isCustomElement`).
import type { DefineComponent } from 'vue';
import type { LoyaltyHistoryEventMap, LoyaltyHistoryProperties } from './element-types.js';
import './define.js';

/** `loyalty-history-load` -> `LoyaltyHistoryLoad` */
type Pascal<S extends string> = S extends `${infer H}-${infer T}` ? `${Capitalize<H>}${Pascal<T>}` : Capitalize<S>;

/** `@loyalty-history-load="(event) => …"` for each event of an element's map, which Vue hands to the element as `onLoyaltyHistoryLoad`. */
export type VueEventProps<EventMap> = {
  [K in keyof EventMap & string as `on${Pascal<K>}`]?: (event: EventMap[K]) => void;
};

export type LoyaltyHistoryVueEvents = VueEventProps<LoyaltyHistoryEventMap>;

/** <loyalty-history> as a Vue component: props are the element's properties (`site-code` is `siteCode`). */
export type LoyaltyHistoryVueComponent = DefineComponent<LoyaltyHistoryProperties & LoyaltyHistoryVueEvents>;

declare module 'vue' {
  interface GlobalComponents {
    'loyalty-history': LoyaltyHistoryVueComponent;
  }
}
