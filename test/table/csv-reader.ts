/**
 * Reads a CSV file back the way a strict RFC 4180 reader does, so tests check the file a
 * spreadsheet gets, not the writer's own idea of it. Throws on anything RFC 4180 forbids: a
 * quote inside an unquoted field, text after a closing quote, a line not ended by CRLF.
 */

export interface CsvFile {
  /** The file started with the UTF-8 byte order mark EF BB BF. */
  readonly bom: boolean;
  readonly records: string[][];
}

export async function readCsv(blob: Blob, separator: string): Promise<CsvFile> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // fatal: the file must be valid UTF-8.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  return { bom, records: parseCsv(text, separator) };
}

export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      for (i++; ; ) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('an unclosed quote');
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(new RegExp(`[${separator}\\r\\n"]`));
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += field.length;
      if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    }
    record.push(field);
    if (text[i] === separator) {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected "${separator}" or CRLF at ${i}, got ${JSON.stringify(text.slice(i, i + 5))}`);
    }
  }
  if (record.length > 0) throw new Error('the last line is not ended by CRLF');
  return records;
}

/** A spreadsheet's reading of an id cell written as the formula ="…": its text. */
export function formulaText(cell: string): string {
  const m = /^="((?:[^"]|"")*)"$/.exec(cell);
  if (!m) throw new Error(`not a ="…" cell: ${cell}`);
  return m[1]!.replaceAll('""', '"');
}
