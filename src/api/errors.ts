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

  constructor(kind: ErrorKind, message: string, init: HistoryErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.code = init.code;
    this.status = init.status;
    this.attribute = init.attribute;
  }

  /** The plain object sent in `loyalty-history-error` events. */
  toDetail(): ErrorDetail {
    const d: { -readonly [K in keyof ErrorDetail]: ErrorDetail[K] } = { kind: this.kind, message: this.message };
    if (this.code !== undefined) d.code = this.code;
    if (this.status !== undefined) d.status = this.status;
    if (this.attribute !== undefined) d.attribute = this.attribute;
    return d;
  }
}

export interface ErrorDetail {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly code?: number;
  readonly status?: number;
  readonly attribute?: string;
}

/**
 * True for a cancellation (the caller's AbortSignal), which is not a failure to show:
 * a DOMException or any error named `AbortError`.
 */
export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}
