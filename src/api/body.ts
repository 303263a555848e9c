/**
 * A response body's text as it arrives: each chunk decoded as UTF-8 when it comes (stream mode
 * keeps a character split between chunks whole), so a 30 MB answer is never one long decode or
 * one string scanned at once. Every read goes through `step`, which ends it on the attempt's
 * timeout or abort; a body given up is cancelled. A Response without a body stream (a custom
 * fetch's) is read with `text()`.
 */
export async function* bodyText(response: Response, step: <T>(read: () => Promise<T>) => Promise<T>): AsyncGenerator<string> {
  const stream = response.body;
  if (typeof stream?.getReader !== 'function') {
    yield await step(() => response.text());
    return;
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await step(() => reader.read());
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
    yield decoder.decode();
  } finally {
    // After the end this does nothing; before it (an error, a timeout, an abort) it stops the body.
    reader.cancel().catch(() => {});
  }
}
