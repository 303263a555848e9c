/**
 * A `fetch` for the element's `fetch` property that passes every call on (to the page's fetch
 * by default) and keeps count: calls, calls in flight, the URLs asked, and what came back.
 */

/** What one call ended in, as the widget would meet it. */
export type Outcome = 'ok' | 'http-error' | 'rejected' | 'truncated' | 'html' | 'aborted';

export class CountingFetch {
  readonly urls: string[] = [];
  readonly bodies: string[] = [];
  readonly outcomes: Outcome[] = [];
  /** HTTP status of every response that came back. */
  readonly statuses: number[] = [];
  inFlight = 0;
  /** The most calls in flight at once. */
  peak = 0;

  constructor(private readonly inner: typeof fetch = (input, init) => window.fetch(input, init)) {}

  get calls(): number {
    return this.urls.length;
  }

  count(outcome: Outcome): number {
    return this.outcomes.filter((o) => o === outcome).length;
  }

  /** Calls that failed the way an unreliable server fails (not aborts, not successes). */
  get faults(): number {
    return this.outcomes.filter((o) => o !== 'ok' && o !== 'aborted').length;
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    this.urls.push(input instanceof Request ? input.url : String(input));
    this.bodies.push(String(init?.body ?? ''));
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
    try {
      const response = await this.inner(input, init);
      this.statuses.push(response.status);
      this.outcomes.push(await classify(response.clone()));
      return response;
    } catch (e) {
      this.outcomes.push(init?.signal?.aborted ? 'aborted' : 'rejected');
      throw e;
    } finally {
      this.inFlight--;
    }
  };
}

async function classify(response: Response): Promise<Outcome> {
  if (!response.ok) return 'http-error';
  let text: string;
  try {
    text = await response.text();
  } catch {
    return 'rejected';
  }
  if (text.trimStart().startsWith('<')) return 'html';
  try {
    JSON.parse(text);
    return 'ok';
  } catch {
    return 'truncated';
  }
}
