/**
 * CSV of the staff table's rows, element-free. `new CsvWriter(columns, fmt, now)` starts a file
 * with one header line (the columns' labels in the formatter's language); `add(operations)`
 * writes rows and keeps them as one Blob part, so the text of 10,000 rows is held once, in the
 * browser's blob store, not as one growing string; `toBlob()` gives the file: UTF-8 with a BOM,
 * `text/csv`, lines ended by CRLF, fields quoted per RFC 4180 when they hold the separator, a
 * quote or a line break. Russian writes `;` between fields and a decimal comma (what Excel expects
 * under a Russian locale), English `,` and a decimal point; numbers carry no grouping, up to two
 * decimals and a plain `-`. Every date is `dd.MM.yyyy HH:mm:ss` in the formatter's IANA time zone. Identifiers and codes are written as the
 * formula `="…"`, so Excel, LibreOffice and Google Sheets show them as text, digit for digit,
 * instead of rounding a 19-digit number to 15 digits (see /tmp/table-csv-check.md and README).
 * A text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 * `csvField`, `csvCell` and `csvDateTime` are exported for the element's details and for tests.
 */
import type { Operation } from '../api/types.js';
import type { Formatter } from '../format/index.js';
import { columnLabel, readCells, type Cell, type Column } from './columns.js';

/** How a language writes a CSV file. */
export interface CsvDialect {
  readonly separator: ';' | ',';
  readonly decimal: ',' | '.';
}

export const dialectOf = (fmt: Formatter): CsvDialect => (fmt.lang === 'ru' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' });

/** A field as RFC 4180 writes it: quoted, quotes doubled, when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** 'dd.MM.yyyy HH:mm:ss' in the IANA zone `timeZone`. */
export function csvDateTime(date: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    const two = '2-digit';
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: two, day: two, hour: two, minute: two, second: two, hourCycle: 'h23' });
    dateFormats.set(timeZone, format);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(date)) part[type] = value;
  return `${part.day}.${part.month}.${(part.year ?? '').padStart(4, '0')} ${part.hour}:${part.minute}:${part.second}`;
}

/** A number with at most two decimals, no grouping, in the dialect's decimal mark. */
function csvNumber(n: number, decimal: string): string {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', decimal);
}

/** A cell's value as written into the file, before RFC 4180 quoting. */
export function csvCell(cell: Cell | undefined, dialect: CsvDialect, timeZone: string): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
      return /^[=+\-@\t\r]/.test(cell.text) ? `'${cell.text}` : cell.text;
    case 'code':
      return `="${cell.text.replaceAll('"', '""')}"`;
    case 'money':
    case 'points':
      return csvNumber(cell.value, dialect.decimal);
    case 'date':
    case 'datetime':
      return csvDateTime(cell.date, timeZone); // a day's time too: nothing the server sent is lost
  }
}

export class CsvWriter {
  private readonly parts: Blob[] = [];
  private readonly dialect: CsvDialect;
  /** Rows written. */
  rows = 0;

  constructor(
    private readonly columns: readonly Column[],
    private readonly fmt: Formatter,
    private readonly now: Date = new Date(),
  ) {
    this.dialect = dialectOf(fmt);
    this.parts.push(new Blob([this.line(columns.map((c) => columnLabel(c, fmt)))]));
  }

  /** Writes rows (a page of them) as one part of the file. */
  add(operations: readonly Operation[]): void {
    if (operations.length === 0) return;
    const { columns, fmt, now, dialect } = this;
    let text = '';
    for (const op of operations) text += this.line(readCells(columns, op, fmt, now).map((cell) => csvCell(cell, dialect, fmt.timeZone)));
    this.parts.push(new Blob([text]));
    this.rows += operations.length;
  }

  /** The file so far: the BOM, the header line and every row written. */
  toBlob(): Blob {
    return new Blob(['\uFEFF', ...this.parts], { type: 'text/csv;charset=utf-8' });
  }

  private line(values: readonly string[]): string {
    return `${values.map((v) => csvField(v, this.dialect.separator)).join(this.dialect.separator)}\r\n`;
  }
}
