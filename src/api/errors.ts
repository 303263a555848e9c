import type { ErrorKind } from './types.js';

export interface HistoryErrorInit {
  /** `api`: the platform's ErrorCode. */
  readonly code?: number;
  /** `http`: the response status. */
  readonly status?: number;
  /** `config`: the attribute that is wrong, e.g. `page-size`. */
  readonly attribute?: string;
  readonly cause?: unknown;
}

/**
 * Every failure the widget can meet, with a kind a host can switch on.
 * Messages are for developers and never contain the token.
 */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
  readonly kind: ErrorKind;
  readonly code?: number;
  readonly status?: number;
  readonly attribute?: string;

  constructor(kind: ErrorKind, message: string, { cause, ...init }: HistoryErrorInit = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.kind = kind;
    // Only the fields that are set, so toDetail() can copy them all.
    for (const [k, v] of Object.entries(init)) if (v !== undefined) Object.assign(this, { [k]: v });
  }

  /** The plain object sent in `loyalty-history-error` events: kind, message, and code, status, attribute when set. */
  toDetail(): ErrorDetail {
    const { name: _, ...own } = this; // own enumerable fields: kind and the set ones of code, status, attribute
    return { ...own, message: this.message };
  }
}

export interface ErrorDetail {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly code?: number;
  readonly status?: number;
  readonly attribute?: string;
}

/** The answer is not what the widget can read: `message` says what came (never quotes it: it may hold the token). */
export const invalid = (message: string): HistoryError => new HistoryError('invalid-response', message);

/** A value for a developer message: JSON-quoted, cut to 60 characters. */
export function quote(value: unknown): string {
  const s = String(value);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

/**
 * True for a cancellation (the caller's AbortSignal), which is not a failure to show:
 * a DOMException or any error named `AbortError`.
 */
export const isAbortError = (e: unknown): boolean => (e as { name?: unknown } | null | undefined)?.name === 'AbortError';
