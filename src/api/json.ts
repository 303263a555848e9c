/**
 * JSON that never rounds a number and never holds the page for long.
 *
 * One linear pass (a character loop; strings are skipped with `indexOf`, so a string of millions
 * of characters costs what copying it costs) turns every number token of more than 15 characters
 * outside strings, which a double may not hold exactly (a 64-bit id above 2^53), into a string
 * holding its source text behind NUM; shorter numbers are exact as doubles and stay numbers. The
 * arrays that are members of the top-level object (`Operations`) are cut into batches parsed one
 * at a time, and the work gives the page a turn every few milliseconds, so a 30 MB answer makes
 * no long task. The text may come in pieces (exactJsonReader: a body read as it streams), each
 * scanned as it comes. Values come from `JSON.parse`, so a `__proto__` key is an own data property.
 * When the exact reading fails, the text is never read a second, lossy way: it is an error.
 */

/** Marks a string that was a long JSON number on the wire: `"\0" + source`, e.g. "\u00009007199254740993". */
export const NUM = '\0';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Characters of array elements parsed in one go. */
const BATCH = 1 << 16;
/** The longest stretch of work before the page gets a turn. */
const SLICE_MS = 8;

/** Resolves in a later task. A message, unlike a timer, is not throttled in a background tab. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });

/** For a long job: a function to await between its steps, which lets the page run once SLICE_MS has passed. */
export function pacer(): () => Promise<void> {
  let until = performance.now() + SLICE_MS;
  return async () => {
    if (performance.now() < until) return;
    await nextTask();
    until = performance.now() + SLICE_MS;
  };
}

/** Whether the quote at `at` is escaped (preceded by an odd number of backslashes). */
function escaped(text: string, at: number): boolean {
  let k = at;
  while (text[--k] === '\\');
  return (at - k) % 2 === 0;
}

/** The closing quote of a string whose content starts at `from`, or -1 when the text ends first. */
function closingQuote(text: string, from: number): number {
  let j = from - 1;
  do j = text.indexOf('"', j + 1);
  while (j >= 0 && escaped(text, j));
  return j;
}

/** A number-like token at `lastIndex`, and `:` when one follows it (a number where a key must stand). */
const TOKEN = /-?[\d.eE+-]+(?=\s*(:?))/y;
const SPACE = /\s*/y;

/** JSON given in pieces: `push` each as it comes, then `end` for the value. */
export interface ExactJsonReader {
  push(piece: string): Promise<void>;
  /** The value, or the SyntaxError `whyInvalid` tells from the whole text. */
  end(): Promise<unknown>;
}

/**
 * Reads JSON given in pieces, as a body streams in: each piece is scanned when it comes, and the
 * batches of the top-level arrays are parsed as soon as they are cut, so no step waits for the
 * whole text. A number, or the backslashes that end a piece inside a string, waits for the next
 * piece. The state lives in the closure (its names minify; a class's fields would not).
 */
export function exactJsonReader(): ExactJsonReader {
  /** The text as given, for telling why it is invalid. */
  const source: string[] = [];
  let failed = false;
  const pace = pacer();
  let steps = 0;
  /** The end of the last piece that the next one continues. */
  let rest = '';
  /** The envelope, or while an array is being cut, its current batch. */
  let out = '';
  let envelope = '';
  /** The elements of the top-level member array being read, and how many batches it took. */
  let list: unknown[] | undefined;
  let batches = 0;
  const arrays: [key: string, list: unknown[]][] = [];
  /** The last string at depth 1 (the key of the member being read); its start while it spans pieces. */
  let key = '';
  let keyStart = '';
  let depth = 0;
  /** Inside a string that the next piece continues. */
  let inString = false;
  /** Whether the text is an object; undefined before its first character. */
  let top: boolean | undefined;

  /** Parses the batch of array elements that ends here. */
  const cut = async (tail: string, last: boolean): Promise<void> => {
    const part = out + tail;
    out = '';
    // A blank batch is an empty array, or else follows a comma too many ("[1,]" would parse).
    if (!/\S/.test(part)) {
      if (last && batches === 0) return;
      throw new SyntaxError();
    }
    batches++;
    for (const v of JSON.parse(`[${part}]`) as unknown[]) list!.push(v);
    await pace();
  };

  const scan = async (text: string, final: boolean): Promise<void> => {
    rest = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if ((++steps & 0x3ff) === 0) await pace();
      const c = text[i]!;
      if (top === undefined && c > ' ') top = c === '{';
      if (inString || c === '"') {
        const start = inString ? 0 : i;
        const j = closingQuote(text, inString ? 0 : i + 1);
        if (j < 0) {
          if (final) throw new SyntaxError();
          // Backslashes at the end may escape the next piece's first quote: they wait for it.
          let end = text.length;
          while (text[end - 1] === '\\') end--;
          out += text.slice(from, end);
          rest = text.slice(end);
          if (depth === 1) keyStart += text.slice(start, end);
          inString = true;
          return;
        }
        if (depth === 1) key = keyStart + text.slice(start, j + 1);
        keyStart = '';
        inString = false;
        i = j;
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        TOKEN.lastIndex = i;
        const [token, colon] = TOKEN.exec(text)!;
        SPACE.lastIndex = i + token.length;
        SPACE.exec(text);
        if (!final && SPACE.lastIndex === text.length) {
          // The number, or what follows it, may go on in the next piece.
          out += text.slice(from, i);
          rest = text.slice(i);
          return;
        }
        // A malformed number, or one where a key must stand, is left as it is: invalid JSON stays invalid.
        if (token.length > 15 && NUMBER.test(token) && !colon) {
          out += `${text.slice(from, i)}"\\u0000${token}"`;
          from = i + token.length;
        }
        i += token.length - 1;
      } else if (c === '{' || c === '[') {
        if (c === '[' && depth === 1 && top && !list) {
          envelope = out + text.slice(from, i + 1);
          out = '';
          from = i + 1;
          list = [];
          batches = 0;
        }
        depth++;
      } else if (c === '}' || c === ']') {
        if (--depth === 1 && list) {
          await cut(text.slice(from, i), true);
          arrays.push([key, list]);
          out = envelope;
          from = i;
          list = undefined;
        }
      } else if (c === ',' && depth === 2 && list && out.length + i - from > BATCH) {
        await cut(text.slice(from, i), false);
        from = i + 1;
      }
    }
    out += text.slice(from);
  };

  return {
    async push(piece) {
      source.push(piece);
      if (failed) return;
      try {
        await scan(rest + piece, false);
      } catch {
        // Told by end(), from the whole text.
        failed = true;
      }
    },
    async end() {
      if (!failed) {
        try {
          await scan(rest, true);
          if (inString || list) throw new SyntaxError(); // unterminated string or array
          const value = JSON.parse(out) as Record<string, unknown>;
          for (const [name, elements] of arrays) {
            const k = JSON.parse(name) as string;
            // The last member of that name wins, as in JSON.parse: only an array still standing is filled
            // (an own `__proto__` included: JSON.parse made it a plain data property).
            if (Array.isArray(value[k]) && !(value[k] as unknown[]).length) value[k] = elements;
          }
          return value;
        } catch {
          // The text as sent tells why it is invalid.
        }
      }
      throw whyInvalid(source.join(''));
    },
  };
}

/** Where the engine's JSON.parse message says the text went wrong (Chromium: position; Firefox: line and column; WebKit: nowhere). */
function errorPosition(reason: string, text: string): number | undefined {
  const p = /position (\d+)/.exec(reason);
  if (p) return Number(p[1]);
  const lc = /line (\d+) column (\d+)/.exec(reason);
  if (!lc) return undefined;
  let at = 0;
  for (let line = Number(lc[1]); line > 1; line--) at = text.indexOf('\n', at) + 1;
  return at + Number(lc[2]) - 1;
}

/**
 * Why `text` is invalid: a SyntaxError saying whether it is cut short ("truncated JSON (the body
 * ends at position 45)") or wrong ("invalid JSON at position 7", where the engine tells the
 * position), built from positions only: the engine's own message may quote the text, and the
 * text may hold the token.
 */
function whyInvalid(text: string): SyntaxError {
  try {
    // Quoting numbers keeps valid JSON valid.
    JSON.parse(text);
  } catch (e) {
    const reason = String((e as Error).message);
    const at = errorPosition(reason, text);
    const truncated = at === undefined ? /end of (JSON|data|input)|EOF/i.test(reason) : at >= text.length;
    return new SyntaxError(truncated ? `truncated JSON (the body ends at position ${text.length})` : `invalid JSON${at === undefined ? '' : ` at position ${at}`}`, { cause: e });
  }
  return new SyntaxError('JSON whose numbers could not be read exactly');
}

/** Parses `text` (see exactJsonReader); invalid JSON throws the SyntaxError `whyInvalid` tells. */
export async function parseJson(text: string): Promise<unknown> {
  const reader = exactJsonReader();
  await reader.push(text);
  return reader.end();
}
