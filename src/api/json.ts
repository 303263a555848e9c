/**
 * A small JSON reader for OperationHistory bodies. Unlike `JSON.parse` it keeps every
 * number as its source text (64-bit ids above 2^53 survive) and builds objects without a
 * prototype, so keys such as `__proto__` or `constructor` are plain data.
 */

/** A JSON number as written by the server, e.g. `9007199254740993` or `12.50`. */
export class JsonNumber {
  constructor(readonly source: string) {
    Object.freeze(this);
  }
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;
/** A prototype-less object: only own keys exist. */
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly position: number,
    /** True when the text ended before the value was complete. */
    readonly truncated: boolean,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 200;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJson(text: string): JsonValue {
  let i = 0;
  const n = text.length;

  const fail = (what: string): never => {
    if (i >= n) throw new JsonSyntaxError(`the text ends at position ${n} before the JSON is complete`, n, true);
    throw new JsonSyntaxError(`${what}: unexpected ${JSON.stringify(text[i])} at position ${i}`, i, false);
  };
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const expect = (ch: string, what: string): void => {
    skipSpace();
    if (text[i] !== ch) fail(what);
    i++;
  };

  const readString = (): string => {
    i++; // opening quote
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i++);
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(chunk, i++);
        if (i >= n) fail('unterminated escape');
        const e = text[i];
        if (e === 'u') {
          const hex = text.slice(i + 1, i + 5);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            if (i + 5 > n && /^[0-9a-fA-F]*$/.test(hex)) i = n;
            fail('bad \\u escape');
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 5;
        } else {
          const mapped = e === undefined ? undefined : ESCAPES[e];
          if (mapped === undefined) fail('bad escape');
          out += mapped;
          i++;
        }
        chunk = i;
        continue;
      }
      if (c < 0x20) fail('control character in string');
      i++;
    }
  };

  const digits = (what: string): void => {
    const from = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === from) fail(what);
  };
  const readNumber = (): JsonNumber => {
    const from = i;
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits('bad number');
    if (text[i] === '.') {
      i++;
      digits('bad number');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('bad number');
    }
    return new JsonNumber(text.slice(from, i));
  };

  const readWord = <T>(word: string, value: T): T => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    if (word.startsWith(text.slice(i))) i = n; // the text stops inside the word
    return fail('unknown word');
  };

  const readValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH}`);
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj = Object.create(null) as JsonObject;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('expected a key');
        const key = readString();
        expect(':', 'expected ":"');
        obj[key] = readValue(depth + 1);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return obj;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(readValue(depth + 1));
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return arr;
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"') return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    if (c === 't') return readWord('true', true);
    if (c === 'f') return readWord('false', false);
    if (c === 'n') return readWord('null', null);
    return fail('expected a value');
  };

  const value = readValue(0);
  skipSpace();
  if (i < n) fail('extra text after the JSON value');
  return value;
}
