// `import 'loyalty-history/react'`: defines <loyalty-history> and types it in React 19 JSX, with
// its properties, attributes and `on<event name>` handlers (React 19 passes both straight to a
// custom element), e.g. <loyalty-history site-code="demo" onloyalty-history-load={(e) => e.detail.total} />.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LoyaltyHistoryAttributes, LoyaltyHistoryEventMap, LoyaltyHistoryProperties } from './element-types.js';
import type { LoyaltyHistory } from './loyalty-history.js';
import './define.js';

/** `on` + an event's name, for each event of an element's map: React 19 listens for the event named after `on`. */
export type ReactEventProps<EventMap> = {
  [K in keyof EventMap & string as `on${K}`]?: (event: EventMap[K]) => void;
};

/** A custom element's props in React 19 JSX: React's own, its properties, its attributes, its events. */
export type ReactElementProps<E extends HTMLElement, Properties, Attributes, EventMap> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Properties &
  Attributes &
  ReactEventProps<EventMap>;

/** `onloyalty-history-load={(event) => …}` */
export type LoyaltyHistoryReactEvents = ReactEventProps<LoyaltyHistoryEventMap>;

/** The props of <loyalty-history> in React 19 JSX. */
export type LoyaltyHistoryReactProps = ReactElementProps<LoyaltyHistory, LoyaltyHistoryProperties, LoyaltyHistoryAttributes, LoyaltyHistoryEventMap>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'loyalty-history': LoyaltyHistoryReactProps;
    }
  }
}
