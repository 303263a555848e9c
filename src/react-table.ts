// `import 'loyalty-history/table/react'`: defines <loyalty-history-table> and types it in React 19
// JSX, as `loyalty-history/react` does the member element (which stays free of the table's code),
// e.g. <loyalty-history-table phone="9153992642" columns="date operation amount"
// onloyalty-history-table-export={(e) => e.detail.rows} />.
import type { LoyaltyHistoryTable } from './loyalty-history-table.js';
import type { ReactElementProps, ReactEventProps } from './react.js';
import type { LoyaltyHistoryTableAttributes, LoyaltyHistoryTableEventMap, LoyaltyHistoryTableProperties } from './table/table-types.js';
import './define-table.js';

/** `onloyalty-history-table-export={(event) => …}` */
export type LoyaltyHistoryTableReactEvents = ReactEventProps<LoyaltyHistoryTableEventMap>;

/** The props of <loyalty-history-table> in React 19 JSX. */
export type LoyaltyHistoryTableReactProps = ReactElementProps<
  LoyaltyHistoryTable,
  LoyaltyHistoryTableProperties,
  LoyaltyHistoryTableAttributes,
  LoyaltyHistoryTableEventMap
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'loyalty-history-table': LoyaltyHistoryTableReactProps;
    }
  }
}
