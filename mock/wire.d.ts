/**
 * The OperationHistory answer on the wire, keyed by the platform's own names: what the mock
 * writes and what the widget reads (src/api/wire.ts reads the same names into `Operation`;
 * test/model/wire.test.ts fails to compile when the two lists differ).
 *
 * Integers are 64-bit on the platform. The mock keeps them as decimal digit strings and writes
 * them into the JSON text verbatim, as numbers, so ids above 2^53 arrive exact.
 */

/** A 64-bit integer: in the mock, its digits (`"9007199254740993"`); on the wire, a JSON number. */
export type WireInteger = string;

/**
 * A date as the platform's database gives it: Moscow wall time without an offset, 0 to 7
 * fractional digits (`2026-11-20T09:33:42.5717535`, `2026-11-20T09:33:42.12`, `2026-11-20T09:33:42`).
 */
export type WireDate = string;

/**
 * The platform's `BonusSource` codes: 1 purchase, 2 promotion, 3 accrued by the operator by hand,
 * 4 welcome, 5 referral (a friend), 6 birthday. Other values may come and must change nothing.
 */
export type WireBonusSource = 1 | 2 | 3 | 4 | 5 | 6;

/** One row. The platform writes every field, `null` where it does not apply. */
export interface WireOperation {
  Id: WireInteger;
  Pos: WireInteger | null;
  BonusId: WireInteger | null;
  ChequeId: WireInteger | null;
  PartnerName: string | null;
  PosName: string | null;
  Amount: number | null;
  Added: number | null;
  Redeemed: number | null;
  Refund: boolean | null;
  Proctime: WireDate;
  Discount: number | null;
  SertRedeemed: number | null;
  CouponNumber: string | null;
  /** The name from the platform's `bonussource` table; may be null even when the code is set. */
  BonusSourceName: string | null;
  ComponentType: number | null;
  BonusSource: WireBonusSource | null;
  ChequeNumber: string | null;
  Active: boolean | null;
  ActiveDate: WireDate | null;
  ExpiryDate: WireDate | null;
  Remain: number | null;
  Parent: WireInteger | null;
  OrderId: WireInteger | null;
}

/**
 * The answer's envelope. Success: `ErrorCode` 0 and `Message` "". A business error (HTTP 200):
 * the code, the platform's text (an exception's text for 10), `Operations` empty, `Rows` 0 and
 * Client, Phone, Card null.
 */
export interface WireEnvelope {
  Client: WireInteger | null;
  Phone: WireInteger | null;
  Card: WireInteger | null;
  Rows: number;
  Operations: WireOperation[];
  ErrorCode: number;
  Message: string;
}
