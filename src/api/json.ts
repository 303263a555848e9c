/**
 * JSON that never rounds a number and never holds the page for long.
 *
 * One linear pass (a character loop; strings are skipped with `indexOf`, so a string of millions
 * of characters costs what copying it costs) turns every number token of more than 15 characters
 * outside strings, which a double may not hold exactly (a 64-bit id above 2^53), into a string
 * holding its source text behind NUM; shorter numbers are exact as doubles and stay numbers. The
 * arrays that are members of the top-level object (`Operations`) are cut into batches parsed one
 * at a time, and the work gives the page a turn every few milliseconds, so a 30 MB answer makes
 * no long task. The text may come in pieces (ExactJsonReader: a body read as it streams). Values come from `JSON.parse`, so a `__proto__` key is an own data property.
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

/**
 * Reads JSON given in pieces, as a body streams in: each piece is scanned when it comes, and the
 * batches of the top-level arrays are parsed as soon as they are cut, so no step waits for the
 * whole text. A number, or the backslashes that end a piece inside a string, waits for the next
 * piece. `end()` gives the value, or the SyntaxError `parseJson` describes.
 */
export class ExactJsonReader {
  /** The text as given, for telling why it is invalid. */
  private readonly source: string[] = [];
  private failed = false;
  private readonly pace = pacer();
  private steps = 0;
  /** The end of the last piece that the next one continues. */
  private rest = '';
  /** The envelope, or while an array is being cut, its current batch. */
  private out = '';
  private envelope = '';
  /** The elements of the top-level member array being read, and how many batches it took. */
  private list: unknown[] | undefined;
  private batches = 0;
  private readonly arrays: [key: string, list: unknown[]][] = [];
  /** The last string at depth 1 (the key of the member being read); its start while it spans pieces. */
  private key = '';
  private keyStart = '';
  private depth = 0;
  /** Inside a string that the next piece continues. */
  private inString = false;
  /** Whether the text is an object; undefined before its first character. */
  private top: boolean | undefined;

  async push(piece: string): Promise<void> {
    this.source.push(piece);
    if (this.failed) return;
    try {
      await this.scan(this.rest + piece, false);
    } catch {
      // Told by end(), from the whole text.
      this.failed = true;
    }
  }

  async end(): Promise<unknown> {
    if (!this.failed) {
      try {
        await this.scan(this.rest, true);
        if (this.inString || this.list) throw new SyntaxError(); // unterminated string or array
        const value = JSON.parse(this.out) as Record<string, unknown>;
        for (const [name, list] of this.arrays) {
          const k = JSON.parse(name) as string;
          // The last member of that name wins, as in JSON.parse: only an array still standing is filled
          // (an own `__proto__` included: JSON.parse made it a plain data property).
          if (Array.isArray(value[k]) && !(value[k] as unknown[]).length) value[k] = list;
        }
        return value;
      } catch {
        // The text as sent tells why it is invalid.
      }
    }
    throw whyInvalid(this.source.join(''));
  }

  private async scan(text: string, final: boolean): Promise<void> {
    this.rest = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if ((++this.steps & 0x3ff) === 0) await this.pace();
      const c = text[i]!;
      if (this.top === undefined && c > ' ') this.top = c === '{';
      if (this.inString || c === '"') {
        const start = this.inString ? 0 : i;
        const j = closingQuote(text, this.inString ? 0 : i + 1);
        if (j < 0) {
          if (final) throw new SyntaxError();
          // Backslashes at the end may escape the next piece's first quote: they wait for it.
          let cut = text.length;
          while (text[cut - 1] === '\\') cut--;
          this.out += text.slice(from, cut);
          this.rest = text.slice(cut);
          if (this.depth === 1) this.keyStart += text.slice(start, cut);
          this.inString = true;
          return;
        }
        if (this.depth === 1) this.key = this.keyStart + text.slice(start, j + 1);
        this.keyStart = '';
        this.inString = false;
        i = j;
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        TOKEN.lastIndex = i;
        const [token, colon] = TOKEN.exec(text)!;
        SPACE.lastIndex = i + token.length;
        SPACE.exec(text);
        if (!final && SPACE.lastIndex === text.length) {
          // The number, or what follows it, may go on in the next piece.
          this.out += text.slice(from, i);
          this.rest = text.slice(i);
          return;
        }
        // A malformed number, or one where a key must stand, is left as it is: invalid JSON stays invalid.
        if (token.length > 15 && NUMBER.test(token) && !colon) {
          this.out += `${text.slice(from, i)}"\\u0000${token}"`;
          from = i + token.length;
        }
        i += token.length - 1;
      } else if (c === '{' || c === '[') {
        if (c === '[' && this.depth === 1 && this.top && !this.list) {
          this.envelope = this.out + text.slice(from, i + 1);
          this.out = '';
          from = i + 1;
          this.list = [];
          this.batches = 0;
        }
        this.depth++;
      } else if (c === '}' || c === ']') {
        if (--this.depth === 1 && this.list) {
          await this.cut(text.slice(from, i), true);
          this.arrays.push([this.key, this.list]);
          this.out = this.envelope;
          from = i;
          this.list = undefined;
        }
      } else if (c === ',' && this.depth === 2 && this.list && this.out.length + i - from > BATCH) {
        await this.cut(text.slice(from, i), false);
        from = i + 1;
      }
    }
    this.out += text.slice(from);
  }

  /** Parses the batch of array elements that ends here. */
  private async cut(tail: string, last: boolean): Promise<void> {
    const part = this.out + tail;
    this.out = '';
    // A blank batch is an empty array, or else follows a comma too many ("[1,]" would parse).
    if (!/\S/.test(part)) {
      if (last && this.batches === 0) return;
      throw new SyntaxError();
    }
    this.batches++;
    for (const v of JSON.parse(`[${part}]`) as unknown[]) this.list!.push(v);
    await this.pace();
  }
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

/** Parses `text` (see ExactJsonReader); invalid JSON throws the SyntaxError `whyInvalid` tells. */
export async function parseJson(text: string): Promise<unknown> {
  const reader = new ExactJsonReader();
  await reader.push(text);
  return reader.end();
}
