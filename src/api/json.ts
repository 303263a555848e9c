/**
 * JSON that never rounds a number and never holds the page for long.
 *
 * One linear pass (a character loop; strings are skipped with `indexOf`, so a string of millions
 * of characters costs what copying it costs) turns every number token of more than 15 characters
 * outside strings, which a double may not hold exactly (a 64-bit id above 2^53), into a string
 * holding its source text behind NUM; shorter numbers are exact as doubles and stay numbers. The
 * arrays that are members of the top-level object (`Operations`) are cut into batches parsed one
 * at a time, and the work gives the page a turn every few milliseconds, so a 30 MB answer makes
 * no long task. Values come from `JSON.parse`, so a `__proto__` key is an own data property.
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

/** A number-like token at `lastIndex`, and `:` when one follows it (a number where a key must stand). */
const TOKEN = /-?[\d.eE+-]+(?=\s*(:?))/y;

async function readExact(text: string): Promise<unknown> {
  const pace = pacer();
  const top = /^\s*\{/.test(text);
  /** The envelope, or while an array is being cut, its current batch; text[from, i) is still to be copied into it. */
  let out = '';
  let from = 0;
  let envelope = '';
  let batches: string[] | undefined;
  const arrays: [key: string, batches: string[]][] = [];
  /** The last string at depth 1: the key of the member being read. */
  let key = '';
  let depth = 0;
  const cut = (i: number) => {
    batches!.push(out + text.slice(from, i));
    out = '';
    from = i + 1;
  };
  for (let i = 0, steps = 0; i < text.length; i++) {
    if ((++steps & 0x3ff) === 0) await pace();
    const c = text[i];
    if (c === '"') {
      let j = i;
      do j = text.indexOf('"', j + 1);
      while (j > 0 && escaped(text, j));
      if (j < 0) throw new SyntaxError(); // unterminated string: parseJson tells why
      if (depth === 1) key = text.slice(i, j + 1);
      i = j;
    } else if (c === '-' || (c! >= '0' && c! <= '9')) {
      TOKEN.lastIndex = i;
      const [token, colon] = TOKEN.exec(text)!;
      // A malformed number, or one where a key must stand, is left as it is: invalid JSON stays invalid.
      if (token.length > 15 && NUMBER.test(token) && !colon) {
        out += `${text.slice(from, i)}"\\u0000${token}"`;
        from = i + token.length;
      }
      i += token.length - 1;
    } else if (c === '{' || c === '[') {
      if (c === '[' && depth === 1 && top && !batches) {
        envelope = out + text.slice(from, i + 1);
        out = '';
        from = i + 1;
        batches = [];
      }
      depth++;
    } else if (c === '}' || c === ']') {
      if (--depth === 1 && batches) {
        cut(i);
        arrays.push([key, batches]);
        out = envelope;
        from = i;
        batches = undefined;
      }
    } else if (c === ',' && depth === 2 && batches && out.length + i - from > BATCH) {
      cut(i);
    }
  }
  if (batches) throw new SyntaxError(); // unterminated array
  const value = JSON.parse(out + text.slice(from)) as Record<string, unknown>;
  for (const [name, parts] of arrays) {
    const list: unknown[] = [];
    for (const part of parts) {
      // A batch cut after a trailing comma is empty, yet "[]" would parse.
      if (parts.length > 1 && !/\S/.test(part)) throw new SyntaxError();
      for (const v of JSON.parse(`[${part}]`) as unknown[]) list.push(v);
      await pace();
    }
    const k = JSON.parse(name) as string;
    // The last member of that name wins, as in JSON.parse: only an array still standing is filled
    // (an own `__proto__` included: JSON.parse made it a plain data property).
    if (Array.isArray(value[k]) && !(value[k] as unknown[]).length) value[k] = list;
  }
  return value;
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
 * Parses `text`. Invalid JSON throws a SyntaxError saying whether the text is cut short
 * ("truncated JSON (the body ends at position 45)") or wrong ("invalid JSON at position 7",
 * where the engine tells the position), built from positions only: the engine's own message may
 * quote the text, and the text may hold the token.
 */
export async function parseJson(text: string): Promise<unknown> {
  try {
    return await readExact(text);
  } catch {
    // The text as sent tells why it is invalid; quoting numbers keeps valid JSON valid.
  }
  try {
    JSON.parse(text);
  } catch (e) {
    const reason = String((e as Error).message);
    const at = errorPosition(reason, text);
    const truncated = at === undefined ? /end of (JSON|data|input)|EOF/i.test(reason) : at >= text.length;
    throw new SyntaxError(truncated ? `truncated JSON (the body ends at position ${text.length})` : `invalid JSON${at === undefined ? '' : ` at position ${at}`}`, { cause: e });
  }
  throw new SyntaxError('JSON whose numbers could not be read exactly');
}
