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

/**
 * Business errors that are the platform's own faults: 10, a service that caught an exception
 * (its `Message` is the exception's text), and 500. Asking again may help; the member is never
 * shown their `Message`. Not 2: on OperationHistory, which identifies the member with the
 * platform's `Identify`, 2 means a card of another operator.
 */
export const PLATFORM_FAULT_CODES: readonly number[] = [10, 500];

/** A business error that is a fault of the platform, not of the request. */
export const isPlatformFault = (error: ErrorDetail): boolean => error.kind === 'api' && PLATFORM_FAULT_CODES.includes(error.code ?? 0);

/**
 * Whether asking again can help: a network fault, a timeout, HTTP 5xx or 429, an answer that
 * could not be read, or a platform fault reported as a business error. Not for other business
 * errors (an unknown card, an invalid token), HTTP 401/403 and other 4xx, or the widget's own
 * configuration.
 */
export function canRetry(error: ErrorDetail): boolean {
  const { kind, status = 500 } = error;
  return kind === 'api' ? isPlatformFault(error) : kind === 'http' ? status >= 500 || status === 429 : kind !== 'config';
}

/**
 * What is wrong when the platform could not identify the member (codes 1-9 of its `Identify`):
 * `setup` the operator or partner is not found (1) or the card is another operator's (2), so the
 * widget is set up wrongly; `card` the card is not linked to a client (3) or not found (4);
 * `phone` no client has the phone (5) or its ending is not unique (6) or found nowhere (7);
 * `no-card` the client has no card (8); `many-cards` more than one (9).
 */
export type IdentificationProblem = 'setup' | 'card' | 'phone' | 'no-card' | 'many-cards';

const IDENTIFICATION: readonly (IdentificationProblem | undefined)[] = [
  undefined, 'setup', 'setup', 'card', 'card', 'phone', 'phone', 'phone', 'no-card', 'many-cards',
];

/** The identification problem a business error reports; undefined for any other error. */
export function identificationProblem(error: ErrorDetail): IdentificationProblem | undefined {
  return error.kind === 'api' && Number.isInteger(error.code) ? IDENTIFICATION[error.code!] : undefined;
}
