import { css } from 'lit';

/*
 * Styles of the whole shadow tree. Expected structure (rendered by loyalty-history.ts):
 *
 *   .scroller (part scroller)      the root box; resets everything the host page could leak in
 *     .header / .new-operations    header with tabs; the "new operations" pill (sticky)
 *     .feed[role=feed]             > .chunk (one per page) > (.month-sum | .month | article.row)*
 *     .skeleton / .state / .show-more / .sentinel / .live
 *
 * Scrolling. By default the page scrolls: .scroller is NOT a scroll container, so the sticky day
 * headers stick to the top of the viewport (or of the page's own scrolling box). A scroll
 * container that never scrolls would capture them, so .scroller only becomes one with
 * `scroll="self"` on the host, which the element sets when the host is given a height or a
 * max-height (e.g. `loyalty-history { height: 480px }`). Then .scroller takes the host's
 * height (`height: 100%`) or, when only a max-height is set, inherits that max-height, and
 * scrolls itself without chaining the scroll to the page (`overscroll-behavior: contain`).
 * --loyalty-history-sticky-top moves the month bands below a page's own fixed header.
 *
 * Hostile host pages. Page CSS cannot reach inside the shadow root, but inherited properties
 * (font-size, line-height, letter-spacing, text-transform, color, visibility, direction…) flow
 * into it, and rules aimed at the host itself beat :host. So .scroller starts from
 * `all: initial` and sets back only what the widget wants; the font family is still inherited
 * unless --loyalty-history-font says otherwise, and the size is the reader's default (`medium`)
 * unless --loyalty-history-font-size says otherwise.
 */

/*
 * Colours follow the page, not the device: light-dark() picks by the used color-scheme, which
 * the host inherits from the page (`color-scheme` in CSS or `<meta name="color-scheme">`). A
 * page that declares nothing is light even on a dark phone; one that declares `light dark`
 * follows the device; `theme` on the host forces one, or `system` follows the device.
 */
export const styles = css`
  :host {
    display: block;
    --_lh-text: var(--loyalty-history-text, light-dark(#1b1c1f, #eceef1));
    --_lh-muted: var(--loyalty-history-muted, light-dark(#575c64, #a7acb4));
    --_lh-bg: var(--loyalty-history-bg, light-dark(#fff, #121316));
    --_lh-surface: var(--loyalty-history-surface, light-dark(#f3f4f6, #1e2024));
    --_lh-accent: var(--loyalty-history-accent, light-dark(#0b57c9, #8ab4f8));
    --_lh-on-accent: var(--loyalty-history-on-accent, light-dark(#fff, #0b1a33));
    --_lh-positive: var(--loyalty-history-positive, light-dark(#126b34, #6fcf8f));
    --_lh-negative: var(--loyalty-history-negative, light-dark(#b3261e, #ffa198));
    --_lh-border: var(--loyalty-history-border, light-dark(#d7dae0, #3a3e45));
    --_lh-radius: var(--loyalty-history-radius, 12px);
    --_lh-sp: var(--loyalty-history-spacing, 16px);
  }
  :host([theme=light]) {
    color-scheme: light;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=system]) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }

  /* all: initial also resets -webkit-text-fill-color to currentcolor, so a page's value cannot leak in. */
  .scroller {
    all: initial;
    /* all: initial resets color-scheme too: take the host's, so light-dark() follows it. */
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    position: relative;
    direction: ltr;
    unicode-bidi: isolate;
    font-family: var(--loyalty-history-font, inherit);
    font-size: var(--loyalty-history-font-size, medium);
    line-height: 1.45;
    color: var(--_lh-text);
    background: var(--_lh-bg);
    overflow-wrap: anywhere;
    min-width: 0;
    max-width: 100%;
    /* Fills a host given a height even when the content is short (empty, error), so the
       widget's background covers its whole box in the dark theme too. */
    min-height: 100%;
  }
  /* Focus moved to a row or a chevron under the sticky header scrolls it clear of the header
     (WCAG 2.4.11), upward as well as downward. Once the header is measured, the element sets the
     padding itself (ScrollModeController, an inline scroll-padding-top: not inherited, so no row's
     style is recalculated); until then an estimate, in lines (lh) so that it grows with the text
     size and spacing, that covers card and count above the tabs, each on up to two lines. */
  :host([scroll=self]) .scroller {
    height: 100%;
    max-height: inherit;
    overflow: auto;
    overscroll-behavior: contain;
    scroll-padding-top: calc(3 * var(--_lh-sp) + 3lh + 52px + 8px);
  }
  /* The header and the feed are size containers (container queries), which gives them no width
     of their own: where the host is sized to its content (an auto table cell, an inline-block, a
     flex item) the widget would shrink to its paddings. This empty line of ten wide spaces asks
     for 40em there, and yields down to one of them (4em) where the room is less. */
  .scroller::before {
    content: "\\2003\\2003\\2003\\2003\\2003\\2003\\2003\\2003\\2003\\2003" / "";
    display: block;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    font-size: 4em;
  }
  /* No rule here draws ::before / ::after, so they need no box-sizing of their own. */
  * {
    box-sizing: border-box;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  /* The browser's button style already sets letter-spacing: normal and text-transform: none,
     the values .scroller starts from. Each kind of button below sets only what differs. */
  button {
    font: inherit;
    color: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0 16px;
    border: 0;
    border-radius: 999px;
    background: none;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  :focus-visible {
    outline: 2px solid var(--_lh-accent);
    outline-offset: 2px;
  }
  .vh,
  .live {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Shared declarations */
  .header,
  .header-info,
  .tabs,
  .badges,
  .detail-coupon dd {
    display: flex;
    flex-wrap: wrap;
  }
  .new-operations,
  .loading-more,
  .show-more {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .card,
  .title,
  .amount,
  .state-title,
  .tab[aria-pressed=true],
  .new-operations,
  .month,
  .copy,
  .goto,
  .retry,
  .show-more {
    font-weight: 600;
  }
  .count,
  .meta,
  .month,
  .month-sum,
  .toggle,
  dt,
  .state {
    color: var(--_lh-muted);
  }

  /* Header and filters */
  .header {
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_lh-sp) / 2) var(--_lh-sp);
    padding: var(--_lh-sp);
  }
  /* In the widget's own scroll box, the header and its filters stay in reach while rows scroll. */
  :host([scroll=self]) .header {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_lh-bg);
    box-shadow: 0 1px 0 var(--_lh-border);
  }
  .header-info {
    gap: 4px 12px;
    min-width: 0;
  }
  /* The header's width never comes from its content (a query container), so the tabs can
     adapt to it: in a narrow box (a 240 px sidebar, a phone) they become one full-width
     segmented control of equal parts instead of wrapping. */
  .header {
    container-type: inline-size;
  }
  .tabs {
    flex-wrap: nowrap;
    gap: 4px;
    padding: 4px;
    border-radius: 999px;
    background: var(--_lh-surface);
    min-width: 0;
    max-width: 100%;
  }
  .tab {
    white-space: nowrap;
  }
  /* Container queries are in em, the container's font size: with larger text (a reader's default
     of 32 px, zoom) a box counts as narrower, and the layout for narrower boxes is used. */
  /* The tabs wrap rather than cut their labels: at 200% text in a phone they take two lines. */
  @container (max-width: 26.25em) {
    .tabs {
      flex: 1 1 100%;
      flex-wrap: wrap;
      border-radius: 26px;
    }
    .tab {
      flex: 1 1 auto;
      padding: 0 4px;
      white-space: normal;
      font-size: 0.875em;
    }
  }
  @container (max-width: 17.5em) {
    .tabs {
      gap: 2px;
      padding: 2px;
    }
    .tab {
      padding: 0 2px;
      font-size: 0.8125em;
    }
  }
  .tab[aria-pressed=true],
  .new-operations {
    background: var(--_lh-accent);
    color: var(--_lh-on-accent);
  }
  .new-operations {
    position: sticky;
    top: calc(var(--loyalty-history-sticky-top, 0px) + 8px);
    z-index: 2;
    width: fit-content;
    max-width: calc(100% - 2 * var(--_lh-sp));
    margin: 0 auto 8px;
    padding: 0 20px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .new-dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: currentcolor;
  }

  /* Feed, month bands, rows */
  /* Off-screen pages skip style, layout and paint. Per page, not per row: with one
     content-visibility box per row, Chromium's visibility checks alone cost ~40 ms a frame at
     5,000 rows; per page the feed scrolls at full frame rate at 10,000. \`auto\` remembers a
     page's real height once rendered (pages render as they are appended, near the viewport), so
     the placeholder height is rarely used. Sticky month bands stick within their page.
     The placeholder has a height only (the element sets it from the page's row count): a
     placeholder width would widen a table cell, flex item or grid column the host sits in. */
  .chunk {
    display: block;
    content-visibility: auto;
    contain-intrinsic-size: auto none auto 1500px;
  }
  /* Month bands stick to the top of the page's viewport (below --loyalty-history-sticky-top).
     In the widget's own scroll box the sticky header (z-index 2) covers them there. */
  .month {
    position: sticky;
    top: var(--loyalty-history-sticky-top, 0px);
    z-index: 1;
    padding: 6px var(--_lh-sp);
    background: var(--_lh-bg);
    border-bottom: 1px solid var(--_lh-border);
    /* Redraws the previous row's bottom border: at fractional offsets Chromium can paint this
       sticky band over that 1px line (rows have paint containment via content-visibility). */
    box-shadow: 0 -1px 0 var(--_lh-border);
    font-size: 0.875em;
  }
  .month-sum {
    padding: 8px var(--_lh-sp);
    border-bottom: 1px solid var(--_lh-border);
    font-size: 0.875em;
    text-align: end;
  }
  .row,
  .skeleton-row {
    min-height: 72px;
    border-bottom: 1px solid var(--_lh-border);
  }
  .row {
    position: relative;
    background: var(--_lh-bg);
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  @media (hover: hover) {
    .row:hover {
      background: var(--_lh-surface);
    }
  }
  .head,
  .skeleton-row {
    padding: 12px 48px 12px var(--_lh-sp);
  }
  /* The feed's width, not the screen's, chooses the rows' layout. */
  .feed {
    container-type: inline-size;
  }
  /* Phone first: [mark] title and amount across the whole row (the amount reaches over the
     chevron, which sits under it); date, time and place, wrapping (the place is read without
     opening the row: two lines on a phone), the points under them, badges last. A title word is never broken: its column is as wide as the longest. */
  .head {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 2px 12px;
    align-items: baseline;
    cursor: pointer;
  }
  /* The kind's mark, by its shape (not colour), decorative (empty alternative text): the title says what it is. */
  .head::before {
    content: var(--_m, "•") / "";
    grid-area: 1 / 1 / 3;
    align-self: center;
    width: 2em;
    line-height: 2em;
    border-radius: 50%;
    text-align: center;
    color: var(--_lh-accent);
    background: var(--_lh-surface);
    font-weight: 600;
  }
  .kind-purchase,
  .kind-discount {
    --_m: "→";
  }
  .kind-refund {
    --_m: "←";
  }
  .kind-bonus-earned {
    --_m: "+";
  }
  .kind-bonus-gift {
    --_m: "★";
  }
  .kind-pending {
    --_m: "◷";
  }
  .kind-bonus-spent {
    --_m: "−";
  }
  .kind-burnt {
    --_m: "×";
  }
  .kind-certificate {
    --_m: "▭";
  }
  .kind-coupon {
    --_m: "%";
  }
  .title {
    grid-column: 2;
    overflow-wrap: break-word;
  }
  /* A title named by the server (an unknown bonus source) has the whole line, and may break. */
  .no-amount .title {
    overflow-wrap: anywhere;
  }
  .no-amount .title,
  .meta,
  .bonus,
  .badges {
    grid-column: 2 / 4;
  }
  .amount {
    grid-column: 3;
    margin-inline-end: -32px;
    white-space: nowrap;
    text-align: end;
  }
  .meta,
  .bonus {
    font-size: 0.875em;
  }
  /* Below 340 px (21.25em) the title needs the mark's room ("Оплата сертификатом" beside its amount). */
  @container (max-width: 21.2487em) {
    .head::before {
      content: none;
    }
    .head {
      grid-template-columns: 0 1fr auto;
      padding-inline-start: calc(var(--_lh-sp) - 12px);
    }
  }
  /* A very narrow column (a sidebar, a flex item left 160 px, a phone at 200% text): the amount
     goes under the title and a long word may break, rather than anything being pushed out of the row. */
  @container (max-width: 16.25em) {
    .amount,
    .meta,
    .bonus {
      grid-column: 2;
      margin-inline-end: 0;
      text-align: start;
    }
    .title {
      overflow-wrap: anywhere;
    }
  }
  /* Wide: the chevron beside the amount, the points beside the place. */
  @container (min-width: 35em) {
    .amount {
      margin-inline-end: 0;
    }
    .row > .toggle {
      top: 2px;
    }
    .meta {
      grid-column: 2;
    }
    .bonus {
      grid-column: 3;
      text-align: end;
    }
  }
  time + .where::before {
    content: " · " / "";
  }
  .kind-refund .amount,
  .plus {
    color: var(--_lh-positive);
  }
  .minus,
  .badge-expiring,
  .badge-burnt {
    color: var(--_lh-negative);
  }
  /* Under the chevron there is room again: badges reach to the row's edge, like the amount. */
  .badges {
    gap: 4px;
    margin: 4px -32px 0 0;
    font-size: 0.8125em;
  }
  /* A badge's text colour is inherited (--_lh-text) unless its kind sets one. A box of its own
     (a flex item), so badges that wrap sit on separate lines and never overlap. */
  .badge {
    min-width: 0;
    padding: 2px 6px;
    border-radius: 6px;
    background: var(--_lh-surface);
  }
  /* Under the first line (the title and the amount reaching over it), whatever the text size or
     line height: 1lh is the row's line height (a button inherits font and line-height). */
  .toggle {
    position: absolute;
    top: calc(14px + 1lh);
    inset-inline-end: 0;
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
  }
  .toggle::before {
    content: "";
    width: 10px;
    height: 10px;
    margin-top: -4px;
    border-inline-end: 2px solid;
    border-bottom: 2px solid;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded=true]::before {
    margin-top: 4px;
    transform: rotate(-135deg);
  }
  /* Words are never broken inside (a label wraps at its spaces); codes may break anywhere. */
  .details {
    margin: 0 12px 12px;
    padding: 8px 12px;
    border-radius: var(--_lh-radius);
    background: var(--_lh-surface);
    font-size: 0.9375em;
    overflow-wrap: break-word;
  }
  /* Label beside its value, or above it when the two do not fit side by side (below ~420 px). */
  .detail {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 12px;
    padding: 4px 0;
  }
  dt {
    flex: 1 0 35%;
    min-width: min(10em, 100%);
  }
  dd {
    flex: 1 1 55%;
    min-width: min(14em, 100%);
    align-items: center;
    gap: 4px 8px;
  }
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .copy {
    white-space: nowrap;
  }
  .copy,
  .goto,
  .retry,
  .show-all,
  .show-more {
    border: 1px solid var(--_lh-accent);
    color: var(--_lh-accent);
  }
  .goto {
    margin-top: 8px;
  }

  /* States */
  .state {
    padding: calc(var(--_lh-sp) * 1.5) var(--_lh-sp);
    text-align: center;
  }
  .state-title {
    color: var(--_lh-text);
  }
  .state-hint {
    margin-top: 4px;
  }
  .retry,
  .show-all {
    margin-top: 12px;
  }
  .error-more {
    padding-block: var(--_lh-sp);
  }
  .loading-more {
    justify-content: center;
  }
  .spinner {
    width: 18px;
    height: 18px;
    border: 2px solid var(--_lh-border);
    border-top-color: var(--_lh-accent);
    border-radius: 50%;
    animation: lh-spin 0.8s linear infinite;
  }
  @keyframes lh-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .show-more {
    margin: var(--_lh-sp) auto;
  }
  .show-more[aria-disabled=true] {
    cursor: progress;
  }
  .skeleton-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 8px 12px;
    align-content: center;
  }
  .sk {
    display: block;
    height: 0.9em;
    border-radius: 4px;
    background: var(--_lh-surface);
    animation: lh-pulse 1.2s ease-in-out infinite alternate;
  }
  .sk-title {
    width: 60%;
  }
  .sk-meta {
    grid-row: 2;
    width: 40%;
  }
  .sk-figure {
    grid-row: 1;
    grid-column: 2;
    width: 4em;
  }
  @keyframes lh-pulse {
    to {
      opacity: 0.5;
    }
  }
  .sentinel {
    height: 1px;
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner,
    .sk {
      animation: none;
    }
    .toggle::before {
      transition: none;
    }
  }
  /* Forced colours (Windows contrast themes): backgrounds and shadows are dropped, so every
     control keeps a ButtonText border, the sticky header a CanvasText rule, and the selected tab
     draws its own Highlight colours (forced-color-adjust: none: the backplate drawn behind text
     would take HighlightText's colour and hide the label). The selected tab is also bold. */
  @media (forced-colors: active) {
    .badge,
    .tabs,
    .details {
      border: 1px solid CanvasText;
    }
    .tab,
    .new-operations {
      border: 1px solid ButtonText;
    }
    .tab[aria-pressed=true] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .new-dot {
      background: ButtonText;
    }
    :host([scroll=self]) .header {
      border-bottom: 1px solid CanvasText;
    }
    .sk {
      background: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* On paper: every loaded row, black on white whatever the theme or the page's colours, the
     whole list (no scroll box, no skipped pages), no controls, no row split across pages. The
     chosen filter, when it is not "all", is printed as a plain label. !important from the shadow
     tree beats a height the page gives the host; the box then takes the list's height. */
  @media print {
    :host {
      --_lh-text: #000;
      --_lh-muted: #000;
      --_lh-bg: #fff;
      --_lh-surface: #fff;
      --_lh-accent: #000;
      --_lh-on-accent: #000;
      --_lh-positive: #000;
      --_lh-negative: #000;
      --_lh-border: #000;
      height: auto !important;
      max-height: none !important;
    }
    :host([scroll=self]) .scroller {
      overflow: visible;
    }
    .chunk {
      content-visibility: visible;
    }
    .scroller button,
    .tabs:not(:has(.tab[aria-pressed=true]:not([data-filter=all]))),
    .loading-more,
    .skeleton {
      display: none;
    }
    .tab[aria-pressed=true]:not([data-filter=all]) {
      display: block;
      background: none;
    }
    .row {
      break-inside: avoid;
    }
    .month {
      break-after: avoid;
    }
  }
`;
