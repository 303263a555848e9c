// What the staff table's React typings accept and refuse. Each @ts-expect-error must meet an error, or tsc fails.
import { useRef } from 'react';
import type { LoyaltyHistoryTable, LoyaltyHistoryTableEventMap } from 'loyalty-history/table';
import type { LoyaltyHistoryTableReactProps } from 'loyalty-history/table/react';
import 'loyalty-history/table/react';

const onExport = (e: LoyaltyHistoryTableEventMap['loyalty-history-table-export']) => e.detail.rows;
const defaults: LoyaltyHistoryTableReactProps = { 'site-code': 'demo', 'onloyalty-history-table-export': onExport };

export function TableChecks() {
  const ref = useRef<LoyaltyHistoryTable>(null);
  const tag: HTMLElementTagNameMap['loyalty-history-table'] | null = ref.current;
  return (
    <div>
      {tag?.columns}
      <loyalty-history-table
        ref={ref}
        card="7000 1234 5678 9012 347"
        server-time-zone="Europe/Moscow"
        page-size={100}
        columns="date id"
        theme="system"
        timeout={8000}
        retryPolicy={{ retries: 1 }}
        onloyalty-history-load={(e) => e.detail.operations.map((op) => op.id)}
        onloyalty-history-error={(e) => e.detail.kind}
        onloyalty-history-table-export={(e) => e.detail.totals.coverage(e.detail.rows, true).complete}
      />
      <loyalty-history-table {...defaults} />
      {/* @ts-expect-error the table has no tabs to hide (TypeScript checks property names, not hyphenated attributes) */}
      <loyalty-history-table noFilters />
      {/* @ts-expect-error the table loads as its box scrolls: no load mode */}
      <loyalty-history-table loadMode="button" />
      {/* @ts-expect-error columns is one string of names */}
      <loyalty-history-table columns={['date', 'id']} />
      <loyalty-history-table
        // @ts-expect-error the export's detail has no `total`
        onloyalty-history-table-export={(e) => e.detail.total}
      />
    </div>
  );
}
