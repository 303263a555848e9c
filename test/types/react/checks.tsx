// What the React typings accept and refuse. Each @ts-expect-error must meet an error, or tsc fails.
import { useRef } from 'react';
import type { LoyaltyHistory, LoyaltyHistoryEventMap } from 'loyalty-history';
import type { LoyaltyHistoryReactProps } from 'loyalty-history/react';
import 'loyalty-history/react';

const onError = (e: LoyaltyHistoryEventMap['loyalty-history-error']) => e.detail.kind;
const defaults: LoyaltyHistoryReactProps = { 'site-code': 'demo', 'onloyalty-history-error': onError };

export function Checks() {
  const ref = useRef<LoyaltyHistory>(null);
  const tag: HTMLElementTagNameMap['loyalty-history'] | null = ref.current;
  return (
    <div>
      {tag?.token}
      <loyalty-history
        ref={ref}
        id="history"
        className="wide"
        siteCode="demo"
        api-base="/api"
        page-size={50}
        pageSize="50"
        lang="en"
        filter="bonus"
        load-mode="button"
        auto-load-limit={0}
        no-filters
        theme="dark"
        time-zone="Europe/Moscow"
        timeout={8000}
        retryPolicy={{ retries: 1 }}
        fetch={(input, init) => fetch(input, init)}
        onloyalty-history-load={(e) => e.detail.operations.map((op) => op.id)}
        onloyalty-history-filter-change={(e) => e.detail.filter.toUpperCase()}
      />
      <loyalty-history {...defaults} />
      {/* @ts-expect-error not an attribute or property of the element */}
      <loyalty-history sitecode="demo" />
      {/* @ts-expect-error timeout is a number */}
      <loyalty-history timeout="soon" />
      {/* @ts-expect-error headers is a function */}
      <loyalty-history headers="Authorization: x" />
      <loyalty-history
        // @ts-expect-error total may be undefined: a server that sends no Rows
        onloyalty-history-load={(e) => e.detail.total.toFixed()}
        // @ts-expect-error the error detail has no `total`
        onloyalty-history-error={(e) => e.detail.total}
      />
    </div>
  );
}
