// `import 'loyalty-history/table/vue'`: defines <loyalty-history-table> and types it in Vue 3
// templates through GlobalComponents, as `loyalty-history/vue` does the member element (which
// stays free of the table's code). Vue's compiler must still be told the tag is a custom element
// (`compilerOptions.isCustomElement`).
import type { DefineComponent } from 'vue';
import type { LoyaltyHistoryTableEventMap, LoyaltyHistoryTableProperties } from './table/table-types.js';
import type { VueEventProps } from './vue.js';
import './define-table.js';

/** `@loyalty-history-table-export="(event) => …"`, which Vue hands to the element as `onLoyaltyHistoryTableExport`. */
export type LoyaltyHistoryTableVueEvents = VueEventProps<LoyaltyHistoryTableEventMap>;

/** <loyalty-history-table> as a Vue component: props are the element's properties (`site-code` is `siteCode`). */
export type LoyaltyHistoryTableVueComponent = DefineComponent<LoyaltyHistoryTableProperties & LoyaltyHistoryTableVueEvents>;

declare module 'vue' {
  interface GlobalComponents {
    'loyalty-history-table': LoyaltyHistoryTableVueComponent;
  }
}
