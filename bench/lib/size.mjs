// Size of a bundle, compressed as a server would send it, and of its parts (Lit, zod, the
// virtualizer, the contender's own code), attributed byte by byte through the bundle's source map.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Size */

/** @param {Uint8Array} bytes @returns {Size} */
export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line's segments of a source map's `mappings`. @param {string} line @returns {number[][]} */
function decodeLine(line) {
  /** @type {number[][]} */
  const segments = [];
  for (const text of line.split(',')) {
    if (!text) continue;
    /** @type {number[]} */
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const ch of text) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(fields);
  }
  return segments;
}

/** Which part of a bundle a source file belongs to. @param {string | undefined} source */
export function partOf(source) {
  if (source === undefined) return 'glue';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)) return 'lit';
  if (/node_modules\/(zod|@zod)\//.test(source)) return 'zod';
  if (/node_modules\/@lit-labs\/virtualizer\//.test(source)) return 'virtualizer';
  if (/node_modules\//.test(source)) return 'other';
  return 'own';
}

/**
 * Splits the generated code by the source each stretch comes from. The map leaves some stretches
 * without a source (a css`` or html`` literal after its tag, a line inside a multi-line literal):
 * they count for the module before them. Licence comments count as `glue`. Each part is
 * compressed on its own, so the parts' compressed sizes add up to more than the whole's.
 * @param {string} file  a bundle with `<file>.map` beside it
 */
export function sizeWithParts(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  /** @type {string[]} sources as absolute paths, so that where the bundle was written does not matter */
  const sources = map.sources.map((/** @type {string} */ s) => resolve(dirname(file), map.sourceRoot ?? '', s));
  /** @type {Record<string, string[]>} */
  const pieces = {};
  const add = (/** @type {string | undefined} */ owner, /** @type {string} */ text) => (pieces[partOf(owner)] ??= []).push(text);
  const mappingLines = String(map.mappings).split(';');
  let source = 0;
  /** @type {string | undefined} the source of the last mapped stretch so far */
  let owner;
  code.split('\n').forEach((line, i) => {
    const segments = decodeLine(mappingLines[i] ?? '');
    if (segments.length === 0 && /^\s*(\/\*|\*)/.test(line)) {
      add(undefined, `${line}\n`);
      return;
    }
    /** @type {{ start: number, source: string | undefined }[]} */
    const stretches = [{ start: 0, source: undefined }];
    let column = 0;
    for (const seg of segments) {
      column += seg[0] ?? 0;
      if (seg.length >= 4) source += seg[1] ?? 0;
      stretches.push({ start: column, source: seg.length >= 4 ? sources[source] : undefined });
    }
    stretches.forEach((s, k) => {
      owner = s.source ?? owner;
      const end = stretches[k + 1]?.start ?? line.length;
      if (end > s.start) add(owner, line.slice(s.start, end));
    });
    add(owner, '\n');
  });
  /** @type {Record<string, Size>} */
  const parts = {};
  for (const [part, texts] of Object.entries(pieces)) parts[part] = measure(Buffer.from(texts.join(''), 'utf8'));
  return { ...measure(Buffer.from(code, 'utf8')), parts };
}
