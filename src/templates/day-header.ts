import { html, type TemplateResult } from 'lit';
import type { Formatter } from '../format/index.js';

/**
 * The date above a day's rows. Hidden from assistive technology: a feed's children should be
 * articles, so each row says its own date instead (see row.ts).
 */
export function renderDayHeader(date: Date, fmt: Formatter, now: Date): TemplateResult {
  return html`<div class="day" part="day-header" aria-hidden="true">${fmt.dayHeader(date, now)}</div>`;
}
