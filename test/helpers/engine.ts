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

/** Chromium, where long tasks are observable and the 50 ms limit applies; other engines get a looser bound. */
export const LONG_TASK_MS = PerformanceObserver.supportedEntryTypes.includes('longtask') ? 50 : 200;
