/**
 * `JSON.parse` that never rounds a number: before parsing, every number token becomes a string
 * holding its source text behind NUM, so a 64-bit id above 2^53 reaches fields.ts as written and
 * fields.ts can still tell a number from a string. Whole JSON strings are matched first and left
 * alone. Objects come from `JSON.parse`, so a `__proto__` key is an own data property.
 */

/** Marks a string that was a JSON number on the wire: `"\0" + source`, e.g. "\u00009007199254740993". */
export const NUM = '\0';

/**
 * A whole string, or a number token not followed by `:` (a number in a key's place stays as it
 * is, so invalid JSON stays invalid).
 */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?!\s*:)/g;

/**
 * Parses `text`. Invalid JSON throws a SyntaxError saying whether the text is cut short
 * ("truncated JSON (the body ends at position 45)") or wrong ("invalid JSON (<engine's reason>)").
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(TOKEN, (t) => (t[0] === '"' ? t : `"\\u0000${t}"`)));
  } catch {
    // Quoting keeps valid JSON valid, so the text as sent fails too, with the true position.
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    // Chromium quotes a piece of the text after the reason: cut it, it could hold part of the token.
    const reason = String((e as Error).message).replace(/, (\.\.\.)?".*/s, '');
    const at = /position (\d+)/.exec(reason);
    const truncated = at ? Number(at[1]) >= text.length : /end of|EOF/i.test(reason);
    throw new SyntaxError(truncated ? `truncated JSON (the body ends at position ${text.length})` : `invalid JSON (${reason})`, { cause: e });
  }
}
