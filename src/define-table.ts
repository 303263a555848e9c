import { LoyaltyHistoryTable } from './loyalty-history-table.js';

export { LoyaltyHistoryTable };

/**
 * Registers `<loyalty-history-table>`. Guarded, so a page that includes the script twice, or
 * both the classic and the module build, keeps the first definition and throws nothing.
 */
if (!customElements.get('loyalty-history-table')) customElements.define('loyalty-history-table', LoyaltyHistoryTable);

declare global {
  interface HTMLElementTagNameMap {
    'loyalty-history-table': LoyaltyHistoryTable;
  }
}
