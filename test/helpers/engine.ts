/** What the browser running the tests can tell, where engines differ. */

function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return String((e as Error).message);
  }
  return '';
}

/** Whether JSON.parse says where the text went wrong: Chromium gives a position, Firefox a line and column, WebKit nothing. */
export const ENGINE_TELLS_POSITION = /position \d|column \d/.test(parseError('{"a":1,}'));

/** Whether JSON.parse gives Chromium's exact positions, by which a cut-off text is told from a wrong one. */
export const ENGINE_TELLS_TRUNCATION = /position \d/.test(parseError('{"a":1,}'));

/**
 * The longest the page may go without a turn in a test. The target is 50 ms; on a shared
 * machine a test cannot hold it without flaking (the browser's own download of a 27 MB body
 * makes tasks of 50-70 ms), so tests catch what the target is about, work done in one piece
 * (seconds for 50,000 rows before it was split), with a bound several times the target.
 */
export const STALL_MS = 250;
