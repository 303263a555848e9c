import { LoyaltyHistory } from './loyalty-history.js';

export { LoyaltyHistory };

/**
 * Registers `<loyalty-history>`. Guarded, so a page that includes the script twice, or both the
 * classic and the module build, keeps the first definition and throws nothing.
 */
if (!customElements.get('loyalty-history')) customElements.define('loyalty-history', LoyaltyHistory);

declare global {
  interface HTMLElementTagNameMap {
    'loyalty-history': LoyaltyHistory;
  }
}
