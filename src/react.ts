// `import 'loyalty-history/react'`: defines <loyalty-history> and types it in React 19 JSX, with
// its properties, attributes and `on<event name>` handlers (React 19 passes both straight to a
// custom element), e.g. <loyalty-history site-code="demo" onloyalty-history-load={(e) => e.detail.total} />.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LoyaltyHistoryAttributes, LoyaltyHistoryEventMap, LoyaltyHistoryProperties } from './element-types.js';
import type { LoyaltyHistory } from './loyalty-history.js';
import './define.js';

/** `onloyalty-history-load={(event) => …}`: React 19 listens for the event named after `on`. */
export type LoyaltyHistoryReactEvents = {
  [K in keyof LoyaltyHistoryEventMap as `on${K}`]?: (event: LoyaltyHistoryEventMap[K]) => void;
};

/** The props of <loyalty-history> in React 19 JSX. */
export type LoyaltyHistoryReactProps = DetailedHTMLProps<HTMLAttributes<LoyaltyHistory>, LoyaltyHistory> &
  LoyaltyHistoryProperties &
  LoyaltyHistoryAttributes &
  LoyaltyHistoryReactEvents;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'loyalty-history': LoyaltyHistoryReactProps;
    }
  }
}
