import type { Bilingual } from './money';
import type { Finding } from './findings';

/** The `code` of an error body, per docs/api.md. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECHECK_FAILED';

/**
 * Finer reasons the server may name; each maps onto one ErrorCode (see `errorBody`),
 * so clients keyed on docs/api.md codes keep working and the message says what happened.
 */
export type ErrorReason =
  | ErrorCode
  | 'ALREADY_REGISTERED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'WRONG_STATE'
  | 'WRONG_ACTOR'
  | 'STALE_VERSION'
  | 'NOTHING_TO_SETTLE'
  | 'SETTLEMENT_ISSUED'
  | 'ALREADY_SETTLED'
  | 'ALREADY_SHIPPED'
  | 'ALREADY_ACKNOWLEDGED'
  | 'DEALER_SUSPENDED'
  // The service desk (shared/service): 400s of bad times and phones, 409s of the wrong state.
  | 'PHONE_INVALID'
  | 'REASON_REQUIRED'
  | 'TIME_IN_FUTURE'
  | 'TIME_BEFORE_DISPATCH'
  | 'APPOINTMENT_IN_PAST'
  | 'APPOINTMENT_TOO_FAR'
  | 'RECEIPT_BEFORE_ARRIVAL'
  | 'FOLLOW_UP_BEFORE_COMPLETION'
  | 'REQUEST_WRONG_STATE'
  | 'WORK_ORDER_WRONG_STATE'
  | 'COMPLAINT_WRONG_STATE'
  | 'COMPLAINT_CLOSED'
  | 'NOT_COMPLAINT_OWNER'
  | 'CLAIM_NEEDS_SERIAL'
  | 'RECEIPT_OUT_OF_WARRANTY'
  | 'SHEET_TOO_LARGE'
  | 'SHEET_TOO_MANY_ROWS'
  // Dealer scorecard: a spot check decided twice, a reversal of a claim already in a settlement, a grade set to itself.
  | 'SPOT_CHECK_DECIDED'
  | 'CLAIM_IN_SETTLEMENT'
  | 'GRADE_UNCHANGED';

export interface ErrorDetails {
  findings?: Finding[];
  /** Dotted path → validation code (see ValidationCode). */
  fields?: Record<string, string>;
  /** Each refused file of an upload: its position in the request as sent, its name, why. */
  files?: Array<{ index: number; name: string; reason: string }>;
  /** Set when the reason is finer than `code`. */
  reason?: ErrorReason;
}

export interface ErrorBody {
  error: {
    status: number;
    code: ErrorCode;
    message: Bilingual;
    details: ErrorDetails;
  };
}
