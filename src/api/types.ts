/**
 * The data the widget works with, independent of the wire format.
 * Identifiers are decimal digit strings: the platform's integers are 64-bit and
 * JavaScript numbers round above 2^53.
 */

/** A decimal integer written as its digits, e.g. "9007199254740993". Negative allowed: "-5". */
export type Digits = string;

/** What to ask the platform for. Only the fields that are set go into the request body. */
export interface HistoryQuery {
  readonly token?: Digits;
  readonly siteCode?: string;
  readonly card?: Digits;
  readonly phone?: Digits;
  readonly client?: Digits;
  readonly partner?: Digits;
  readonly posCode?: string;
  readonly operator?: Digits;
  readonly orderId?: Digits;
  /** Only bonus rows that are not for purchases. */
  readonly bonus?: boolean;
  /** Only cheques. */
  readonly cheque?: boolean;
}

/** One row of the history, as parsed from the server. Every field but `key` may be absent. */
export interface Operation {
  /** `Id` as digits; absent when the server sent none. */
  readonly id?: Digits;
  readonly pos?: Digits;
  readonly bonusId?: Digits;
  readonly chequeId?: Digits;
  readonly partnerName?: string;
  readonly posName?: string;
  readonly amount?: number;
  readonly added?: number;
  readonly redeemed?: number;
  readonly refund?: boolean;
  readonly proctime?: Date;
  readonly discount?: number;
  readonly sertRedeemed?: number;
  readonly couponNumber?: string;
  readonly bonusSourceName?: string;
  readonly componentType?: number;
  readonly bonusSource?: number;
  readonly chequeNumber?: string;
  readonly active?: boolean;
  readonly activeDate?: Date;
  readonly expiryDate?: Date;
  readonly remain?: number;
  readonly parent?: Digits;
  readonly orderId?: Digits;
}

/** One successful response. */
export interface HistoryPage {
  /** Total rows matching the request (`Rows`); undefined when the server sent none. */
  readonly rows?: number;
  readonly operations: readonly Operation[];
  readonly client?: Digits;
  readonly phone?: Digits;
  readonly card?: Digits;
}

export type ErrorKind = 'api' | 'http' | 'network' | 'timeout' | 'invalid-response' | 'config';

/** The filters a member can choose; `filter` attribute values. */
export type HistoryFilter = 'all' | 'cheque' | 'bonus';
