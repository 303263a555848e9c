// `import 'loyalty-history/table'`: the staff table's public exports, without side effects
// (`loyalty-history/table/define` registers the element).
export { LoyaltyHistoryTable } from '../loyalty-history-table.js';
export { LoyaltyHistoryTableExportEvent, type ExportDetail } from './events.js';
export { COLUMNS, type ColumnId } from './columns.js';
export type { TableProperties } from './settings.js';
export type { LoyaltyHistoryTableAttributes, LoyaltyHistoryTableEventMap, LoyaltyHistoryTableProperties } from './table-types.js';
