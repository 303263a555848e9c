/**
 * An in-page stand-in for the platform, answering the element's `fetch` with real `Response`s.
 * It records every request body as text (to check digits verbatim) and can delay or fail answers.
 * Pages are cut as the mock platform cuts them (mock/paging.js).
 */
import { pageRange } from '../../mock/paging.js';

export interface FakeOperation {
  Id: number | string;
  [field: string]: unknown;
}

export interface FakeOptions {
  /** Operations, newest first. */
  rows?: FakeOperation[];
  /** How `Start` counts: 0-based, or 1-based like the platform's older procedures. */
  base?: 0 | 1;
  /** Milliseconds before each answer. */
  delay?: number | ((body: Record<string, unknown>) => number);
  /** Overrides the answer for a request; return undefined for the normal one. */
  respond?: (body: Record<string, unknown>, n: number) => Response | Promise<Response> | undefined;
}

export function makeRows(n: number, prefix = 'Кофейня'): FakeOperation[] {
  const t0 = Date.UTC(2025, 10, 6, 12, 0, 0);
  return Array.from({ length: n }, (_, i) => ({
    Id: 100000 + n - i,
    ChequeId: 500000 + i,
    PartnerName: `${prefix} №${i + 1}`,
    PosName: 'ТЦ Европейский',
    Amount: 100 + i,
    Added: 10,
    Redeemed: 0,
    Refund: false,
    Proctime: new Date(t0 - i * 3_600_000).toISOString().replace('Z', '0000+00:00'),
  }));
}

export class FakePlatform {
  readonly bodies: string[] = [];
  rows: FakeOperation[];
  private readonly options: FakeOptions;
  private pending = 0;

  constructor(options: FakeOptions = {}) {
    this.options = options;
    this.rows = options.rows ?? makeRows(45);
  }

  get requests(): number {
    return this.bodies.length;
  }

  get inFlight(): number {
    return this.pending;
  }

  /** The bodies parsed, for field checks that do not care about digits. */
  get parsed(): Record<string, unknown>[] {
    return this.bodies.map((b) => JSON.parse(b) as Record<string, unknown>);
  }

  readonly fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const text = String(init?.body ?? '');
    this.bodies.push(text);
    const body = JSON.parse(text) as Record<string, unknown>;
    const n = this.bodies.length;
    this.pending++;
    try {
      const d = typeof this.options.delay === 'function' ? this.options.delay(body) : this.options.delay ?? 0;
      if (d > 0) await abortableSleep(d, init?.signal ?? undefined);
      init?.signal?.throwIfAborted();
      const custom = await this.options.respond?.(body, n);
      if (custom) return custom;
      return json(this.page(Number(body['Start'] ?? 0), Number(body['Length'] ?? 20)));
    } finally {
      this.pending--;
    }
  };

  page(start: number, length: number): Record<string, unknown> {
    const [from, to] = pageRange(start, length, this.options.base ?? 1);
    return { Rows: this.rows.length, Operations: this.rows.slice(from, to), ErrorCode: 0, Message: '' };
  }
}

export function json(value: unknown, status = 200): Response {
  return new Response(typeof value === 'string' ? value : JSON.stringify(value), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    }, { once: true });
  });
}
