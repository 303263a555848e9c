import { css } from 'lit';

/**
 * The staff table's styles. The same public custom properties as the member widget
 * (`--loyalty-history-*`), so one theme serves both. The table's box scrolls both ways: down
 * for the infinite loading, sideways below the 1280 px it is designed for, with the header row
 * and the date column kept in view. The box never gives the host a width of its own
 * (`contain: inline-size`), so a narrow table cell, flex or grid host never widens the page.
 */
export const tableStyles = css`
  :host {
    --_t-text: var(--loyalty-history-text, light-dark(#1b1c1f, #eceef1));
    --_t-muted: var(--loyalty-history-muted, light-dark(#575c64, #a7acb4));
    --_t-bg: var(--loyalty-history-bg, light-dark(#fff, #121316));
    --_t-surface: var(--loyalty-history-surface, light-dark(#f3f4f6, #1e2024));
    --_t-accent: var(--loyalty-history-accent, light-dark(#0b57c9, #8ab4f8));
    --_t-on-accent: var(--loyalty-history-on-accent, light-dark(#fff, #0b1a33));
    --_t-negative: var(--loyalty-history-negative, light-dark(#b3261e, #ffa198));
    --_t-border: var(--loyalty-history-border, light-dark(#d7dae0, #3a3e45));
    --_t-sp: var(--loyalty-history-spacing, 16px);
    display: block;
    min-width: 0;
    max-width: 100%;
    color-scheme: light;
  }
  :host([hidden]) { display: none; }
  :host([theme=dark]) { color-scheme: dark; }
  :host([theme=system]) { color-scheme: light dark; }
  .root {
    all: initial;
    color-scheme: inherit;
    display: block;
    font-family: var(--loyalty-history-font, inherit);
    font-size: var(--loyalty-history-font-size, medium);
    line-height: 1.4;
    color: var(--_t-text);
    background: var(--_t-bg);
    min-width: 0;
  }
  .bar { display: flex; flex-wrap: wrap; gap: calc(var(--_t-sp) / 2) var(--_t-sp); align-items: center; justify-content: space-between; padding-block: calc(var(--_t-sp) / 2); }
  dl { margin: 0; }
  dd { margin: 0; }
  .client, .totals dl { display: flex; flex-wrap: wrap; gap: 4px var(--_t-sp); }
  .client dt, .totals dt { color: var(--_t-muted); font-size: 0.875em; }
  .client dd, .totals dd { font-weight: 600; }
  .code, .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .totals { display: flex; flex-wrap: wrap; gap: 4px var(--_t-sp); align-items: end; }
  .coverage { margin: 0; color: var(--_t-muted); }
  .export { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  progress { inline-size: 10em; }
  button {
    font: inherit;
    color: var(--_t-on-accent);
    background: var(--_t-accent);
    border: 1px solid var(--_t-accent);
    border-radius: 8px;
    min-block-size: 36px;
    padding: 4px 12px;
    cursor: pointer;
  }
  button.link, button.copy { color: var(--_t-accent); background: none; min-block-size: 24px; padding: 0 4px; }
  button.link { border: none; text-decoration: underline; }
  :focus-visible { outline: 2px solid var(--_t-accent); outline-offset: 2px; }
  tr:focus-visible { outline-offset: -2px; }
  .box {
    contain: inline-size;
    overflow: auto;
    overscroll-behavior: contain;
    max-block-size: var(--loyalty-history-table-height, 70vh);
    border: 1px solid var(--_t-border);
    border-radius: 8px;
    scroll-padding-block-start: 3em;
    /* The date column's width (below): what is scrolled to is not hidden under it. */
    scroll-padding-inline-start: 16em;
  }
  /*
   * On screen the table is laid out row by row, not by the table algorithm: that algorithm lays
   * out every row again whenever a page is appended (~270 ms at 5,000 rows, with or without
   * table-layout: fixed), and content-visibility cannot skip a table's row groups. So the table,
   * its head and its bodies are blocks, each row a flex line whose cells take their column's
   * width (--_w, in em of the text) and share any room left: the columns line up without
   * measuring one another. Each page is one <tbody> that the browser skips (style, layout, paint
   * and its sticky date cells) while it is out of view; table-view.ts gives it a placeholder height
   * from its row count, a height only (a width would widen a host's table cell, flex or grid).
   * The markup is still a <table>, and each of its parts says its role too (role="table", "row",
   * "cell"...), since some engines drop a table's semantics once its display is changed; print lays
   * it out as a table again (the @media print block).
   */
  table { display: block; inline-size: max-content; min-inline-size: 100%; border-collapse: separate; border-spacing: 0; }
  caption { display: block; text-align: start; font-weight: 600; padding: 8px 12px; }
  thead { display: block; position: sticky; inset-block-start: 0; z-index: 2; }
  tbody { display: block; content-visibility: auto; }
  tr { display: flex; }
  th, td {
    --_w: 8;
    display: block;
    box-sizing: border-box;
    flex: 1 0 auto;
    inline-size: calc(var(--_w) * 1em);
    padding: 6px 10px;
    border-block-end: 1px solid var(--_t-border);
    text-align: start;
    background: var(--_t-bg);
    /* A cell never widens its column: what does not fit wraps, a long code or figure anywhere. */
    overflow-wrap: anywhere;
  }
  th { --_head: 0.875; font-size: calc(var(--_head) * 1em); inline-size: calc(var(--_w) / var(--_head) * 1em); background: var(--_t-surface); font-weight: 600; }
  .num { text-align: end; }
  /* In a cell, figures and codes wrap too (.code and .num keep to one line elsewhere): the column's width holds. */
  :is(th, td):is(.code, .num) { white-space: normal; }
  /*
   * Each column's width in em, for its longest usual value on one line in a wide font (DejaVu Sans,
   * whose figures are 0.64 em): figures with their sign and currency, a 13-digit order number, the
   * longest word of a header («сертификатом»). A longer value wraps inside its cell.
   */
  .col-date { --_w: 16; position: sticky; inset-inline-start: 0; z-index: 1; border-inline-end: 1px solid var(--_t-border); }
  .col-operation { --_w: 13; }
  .col-pos, .col-active-from, .col-burns-on { --_w: 8.5; }
  .col-partner { --_w: 8; }
  .col-cheque, .col-source { --_w: 9; }
  .col-order, .col-coupon { --_w: 10; }
  .col-amount { --_w: 8; }
  .col-certificate { --_w: 9; }
  .col-discount, .col-remain { --_w: 6.5; }
  .col-added { --_w: 7; }
  .col-spent { --_w: 6; }
  .col-id { --_w: 11; }
  .kind { display: block; }
  .badge { display: inline-block; margin-block-start: 2px; margin-inline-end: 4px; padding: 0 6px; border: 1px solid currentColor; border-radius: 4px; font-size: 0.8125em; }
  .badge-expiring::before, .badge-burnt::before { content: "! " / ""; }
  .parent { display: block; font-size: 0.875em; color: var(--_t-muted); }
  .minus { color: var(--_t-negative); }
  .status { min-block-size: 1.4em; margin: 0; padding-block: 4px; color: var(--_t-muted); }
  .sentinel { block-size: 1px; }
  .state { padding: var(--_t-sp); }
  .vh { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  dialog { max-inline-size: min(44rem, calc(100vw - 2rem)); max-block-size: calc(100vh - 2rem); color: var(--_t-text); background: var(--_t-bg); border: 1px solid var(--_t-border); border-radius: 12px; padding: var(--_t-sp); }
  dialog h2 { font-size: 1.125em; margin: 0 0 8px; }
  .fields { display: grid; grid-template-columns: minmax(10em, auto) 1fr; gap: 4px 16px; margin-block-end: var(--_t-sp); }
  .field { display: contents; }
  .fields dt { color: var(--_t-muted); }
  .wire { font-size: 0.75em; }
  .fields dd { overflow-wrap: anywhere; }
  @media print {
    .box { max-block-size: none; overflow: visible; contain: none; border: none; }
    /* On paper, a table again: its columns fit the page's width, its header row repeats on every page. */
    table { display: table; inline-size: 100%; min-inline-size: 0; font-size: 8pt; }
    caption { display: table-caption; }
    thead { display: table-header-group; position: static; }
    tbody { display: table-row-group; content-visibility: visible; }
    tr { display: table-row; break-inside: avoid; }
    th, td { display: table-cell; inline-size: auto; vertical-align: top; padding: 2px 4px; }
    .col-date { position: static; }
    .code, .num { white-space: normal; overflow-wrap: anywhere; }
    button, .export, dialog, .sentinel { display: none !important; }
    .root, th, td { color: #000; background: #fff; }
  }
`;
