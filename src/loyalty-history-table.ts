import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { asConfigError, resolveConfig, type ResolvedConfig } from './api/config.js';
import { HistoryError } from './api/errors.js';
import { DISPLAY_SETTINGS, propertiesOf, REQUEST_SETTINGS } from './api/settings.js';
import type { HistoryPage } from './api/types.js';
import type { DisplayProperties, RequestProperties } from './element-types.js';
import { LoyaltyHistoryErrorEvent, LoyaltyHistoryLoadEvent } from './events.js';
import { connectionOf, FeedController } from './feed/feed-controller.js';
import type { FeedRow } from './feed/feed-engine.js';
import { getFormatter, type Formatter } from './format/index.js';
import { LangController } from './format/lang-controller.js';
import { BoxWatcher } from './table/box-watcher.js';
import { parseColumns, type Column } from './table/columns.js';
import { renderDetails } from './table/details.js';
import { LoyaltyHistoryTableExportEvent } from './table/events.js';
import { ExportControl, saveFile } from './table/export-control.js';
import { TABLE_SETTINGS, type TableProperties } from './table/settings.js';
import { tableStyles } from './table/styles.js';
import { TableView } from './table/table-view.js';
import { renderClient, renderExport, renderHead, renderTotals } from './table/templates.js';
import { tableTexts, type TableMessages } from './table/texts.js';
import { Totals } from './table/totals.js';
import { renderEmpty, renderError } from './templates/states.js';
import { readopt } from './view/adoption.js';

/**
 * A client's whole history of operations for a partner's staff, as a table: every field, ids in
 * full, totals above, a row's details on Enter, and an export of every row to CSV.
 *
 * @summary The operation history of a loyalty-programme client, for back-office staff.
 *
 * @fires loyalty-history-load - A page of operations was shown. `detail: { operations, total }`.
 * @fires loyalty-history-error - A request failed for good, or the configuration is wrong. `detail: { kind, message, code?, status?, attribute? }`.
 * @fires loyalty-history-table-export - An export read every row. `detail: { blob, fileName, rows, totals }`; `preventDefault()` saves no download.
 *
 * @slot empty - Replaces the text shown when the client has no operations.
 * @slot error - Replaces the text shown above the Retry button when loading fails.
 *
 * @csspart client - Client, phone, card and the number of operations, as the platform resolved them.
 * @csspart totals - Sums over the rows read, and how many of them.
 * @csspart export - The export's button, progress, Cancel and Resume.
 * @csspart export-button - The «Выгрузить CSV» / "Export CSV" button.
 * @csspart progress - The export's progress bar.
 * @csspart box - The table's scrolling box.
 * @csspart table - The `<table>`.
 * @csspart row - One operation's row.
 * @csspart details - The dialog with every field of a row.
 * @csspart state - The empty and error states under the header row (also `empty` or `error`).
 *
 * @cssprop [--loyalty-history-table-height=70vh] - The most the table's box grows before it scrolls.
 * @cssprop [--loyalty-history-font=inherit] - Font family.
 * @cssprop [--loyalty-history-font-size=medium] - Font size (the reader's default, not the page's).
 * @cssprop [--loyalty-history-text=#1b1c1f] - Text colour.
 * @cssprop [--loyalty-history-muted=#575c64] - Secondary text: labels, the status line.
 * @cssprop [--loyalty-history-bg=#ffffff] - Background.
 * @cssprop [--loyalty-history-surface=#f3f4f6] - The header row's background.
 * @cssprop [--loyalty-history-accent=#0b57c9] - Buttons, links, focus rings.
 * @cssprop [--loyalty-history-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--loyalty-history-negative=#b3261e] - Negative amounts (refunds), which also carry a minus sign.
 * @cssprop [--loyalty-history-border=#d7dae0] - Cell and box borders.
 * @cssprop [--loyalty-history-spacing=16px] - The spacing unit.
 */
// The settings' properties are declared by the interface of the same name below; Lit makes their accessors from `properties`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LoyaltyHistoryTable extends LitElement {
  static override styles = tableStyles;

  static override properties = {
    ...propertiesOf(REQUEST_SETTINGS),
    ...propertiesOf(DISPLAY_SETTINGS),
    ...propertiesOf(TABLE_SETTINGS),
    // Internal state: no attribute.
    detailsKey: { state: true, attribute: false },
    copied: { state: true, attribute: false },
  };

  /** The row whose details are open. */
  private detailsKey: string | undefined;
  /** The value last copied from the details. */
  private copied: string | undefined;
  private config: ResolvedConfig | undefined;
  private settled: ResolvedConfig['request'] | HistoryError | undefined;
  private shown: readonly Column[] = parseColumns('');
  private fmt!: Formatter;
  /** The table's own texts, in the interface language. */
  private staffTexts!: TableMessages;
  /** The client as the platform resolved it: the first page's echo. */
  private echo: HistoryPage | undefined;
  private totals = new Totals();

  private readonly language = new LangController(this, () => this.lang, () => this.config?.texts);
  private readonly feed = new FeedController(this, {
    request: () => (this.settled ??= this.resolve()),
    connection: () => connectionOf(this),
    reset: () => {
      this.echo = undefined;
      this.totals = new Totals();
      this.exporter.reset();
      this.view.reset();
    },
    page: (page, result) => {
      this.echo ??= page;
      this.totals.add(result.added.map((r) => r.op));
      this.view.appended(result);
      this.dispatchEvent(new LoyaltyHistoryLoadEvent({ operations: result.added.map((r) => r.op), total: page.rows }));
    },
    error: (error) => this.dispatchEvent(new LoyaltyHistoryErrorEvent(error.toDetail())),
  });
  private readonly view = new TableView({
    engine: () => this.feed.engine,
    fmt: () => this.fmt,
    texts: () => this.staffTexts,
    columns: () => this.shown,
    table: () => this.renderRoot?.querySelector?.('table') ?? null,
    open: (row) => void this.openDetails(row),
    loadMore: () => this.feed.loadMore(),
  });
  private readonly exporter = new ExportControl({
    options: () => {
      const request = this.config?.request;
      if (!request || this.settled instanceof HistoryError) return undefined;
      const client = { ...connectionOf(this), endpoint: request.endpoint, timeoutMs: request.timeoutMs, serverTimeZone: request.serverTimeZone };
      return { query: request.query, client, columns: this.shown, fmt: this.fmt };
    },
    changed: () => this.requestUpdate(),
    done: (file) => {
      const event = new LoyaltyHistoryTableExportEvent(file);
      if (this.dispatchEvent(event)) saveFile(file.blob, file.fileName, this.ownerDocument);
    },
  });
  private readonly watcher = new BoxWatcher(() => this.feed.loadMore());

  override connectedCallback(): void {
    // The first request leaves before the first render, as the member element's does.
    if (!this.hasUpdated) queueMicrotask(() => this.isConnected && !this.hasUpdated && this.feed.sync());
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watcher.stop();
  }

  adoptedCallback(): void {
    readopt(this);
  }

  /** Clears the table and reads the history again from its first page. */
  reload(): void {
    if (this.isConnected) this.feed.restart();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = [this.fmt, this.shown];
    // Every reactive property is a setting: an update for new rows or a new state checks nothing again.
    if (this.settled === undefined || changed.size > 0) this.settled = this.resolve();
    this.fmt = getFormatter(this.language.lang, this.config);
    this.staffTexts = tableTexts(this.fmt.lang);
    if (this.hasUpdated && (before[0] !== this.fmt || before[1] !== this.shown)) this.view.renderAll();
  }

  /** The settings and the columns, checked; the error is the feed's to show. */
  private resolve(): ResolvedConfig['request'] | HistoryError {
    try {
      this.config = resolveConfig(this);
      const columns = parseColumns(this.columns);
      if (columns.map((c) => c.id).join() !== this.shown.map((c) => c.id).join()) this.shown = columns;
      return this.config.request;
    } catch (e) {
      return asConfigError(e);
    }
  }

  protected override render(): unknown {
    const { engine, status, error } = this.feed;
    const { fmt, staffTexts: texts } = this;
    const done = engine.status === 'done';
    const file = this.exporter.file;
    const coverage = file ? file.totals.coverage(file.rows, true) : this.totals.coverage(engine.total, done);
    const rowCount = engine.total !== undefined || done ? Math.max(engine.total ?? 0, engine.count) + 1 : -1;
    const announcement = engine.count === 0 ? '' : done ? fmt.msg.allLoaded(engine.count) : fmt.msg.loadedAnnouncement(engine.count, engine.total);
    // The box is no Tab stop of its own (Firefox makes any scroller one): its rows are, and arrow keys scroll it sideways.
    return html`<div class="root" lang=${fmt.lang} @click=${this.onClick}>
      <div class="bar">${renderClient(this.echo, engine.total, fmt, texts)}${renderExport(this.exporter.state, fmt, texts)}</div>
      ${engine.count > 0 ? renderTotals(file?.totals ?? this.totals, coverage, fmt, texts) : nothing}
      <div class="box" part="box" tabindex="-1" @keydown=${this.view.onKeyDown} @focusin=${this.view.onFocusIn}>
        <table part="table" role="table" aria-rowcount=${rowCount} aria-busy=${status === 'loading' ? 'true' : 'false'}>
          <caption>${texts.caption}</caption>
          <thead role="rowgroup">${renderHead(this.shown, fmt)}</thead>
        </table>
        ${status === 'error' && error ? renderError(error.toDetail(), fmt, engine.count > 0) : nothing}
        ${done && engine.count === 0 ? renderEmpty('new', fmt, false) : nothing}
        ${status === 'loading' ? html`<p class="state">${engine.count === 0 ? fmt.msg.loading : fmt.msg.loadingMore}</p>` : nothing}
        <div class="sentinel" aria-hidden="true"></div>
      </div>
      <p class="status" role="status" aria-live="polite">${announcement}</p>
      <dialog part="details" aria-labelledby="details-title" @close=${this.onDetailsClosed}>${renderDetails(
        this.detailsKey === undefined ? undefined : this.view.row(this.detailsKey)?.op,
        { fmt, t: texts, copied: this.copied },
      )}</dialog>
    </div>`;
  }

  protected override firstUpdated(): void {
    this.view.renderAll();
  }

  protected override updated(): void {
    const box = this.renderRoot.querySelector('.box');
    const sentinel = this.renderRoot.querySelector('.sentinel');
    if (this.feed.canLoadMore && box && sentinel) this.watcher.watch(box, sentinel);
    else this.watcher.stop();
  }

  private async openDetails(row: FeedRow): Promise<void> {
    this.detailsKey = row.key;
    this.copied = undefined;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Escape or Close: focus goes back to the row the details were opened from. */
  private readonly onDetailsClosed = (): void => {
    const key = this.detailsKey;
    this.detailsKey = undefined;
    if (key !== undefined) this.view.element(key)?.focus();
  };

  private readonly onClick = (e: MouseEvent): void => {
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.<HTMLElement>('[data-action]');
    const action = el?.dataset['action'];
    if (action === 'retry') this.feed.retry();
    else if (action === 'export') this.exporter.start();
    else if (action === 'export-cancel') this.exporter.cancel();
    else if (action === 'export-resume') this.exporter.resume();
    else if (action === 'goto') this.view.goto(el!.dataset['target'] ?? '');
    else if (action === 'close') this.renderRoot.querySelector('dialog')?.close();
    else if (action === 'copy') void this.copy(el!.dataset['value'] ?? '');
  };

  private async copy(value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.copied = value;
    } catch {
      // No clipboard (permissions, an insecure page): the value stays selectable.
    }
  }
}

/** The settings' properties, typed and documented in element-types.ts and table/settings.ts. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface LoyaltyHistoryTable extends RequestProperties, DisplayProperties, TableProperties {}
