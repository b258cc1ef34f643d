import type { ErrorBody, ErrorCode, ErrorDetails, ErrorReason } from '../contracts/errors';
import { message, type MessageParams } from './message';

/** Every finer reason answers with the HTTP status and docs/api.md code of its family. */
export const ERROR_REASONS: Record<ErrorReason, { status: number; code: ErrorCode }> = {
  VALIDATION_FAILED: { status: 400, code: 'VALIDATION_FAILED' },
  UNAUTHENTICATED: { status: 401, code: 'UNAUTHENTICATED' },
  FORBIDDEN: { status: 403, code: 'FORBIDDEN' },
  DEALER_SUSPENDED: { status: 403, code: 'FORBIDDEN' },
  WRONG_ACTOR: { status: 403, code: 'FORBIDDEN' },
  NOT_FOUND: { status: 404, code: 'NOT_FOUND' },
  CONFLICT: { status: 409, code: 'CONFLICT' },
  ALREADY_REGISTERED: { status: 409, code: 'CONFLICT' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, code: 'CONFLICT' },
  WRONG_STATE: { status: 409, code: 'CONFLICT' },
  STALE_VERSION: { status: 409, code: 'CONFLICT' },
  NOTHING_TO_SETTLE: { status: 409, code: 'CONFLICT' },
  SETTLEMENT_ISSUED: { status: 409, code: 'CONFLICT' },
  ALREADY_SETTLED: { status: 409, code: 'CONFLICT' },
  ALREADY_SHIPPED: { status: 409, code: 'CONFLICT' },
  ALREADY_ACKNOWLEDGED: { status: 409, code: 'CONFLICT' },
  PRECHECK_FAILED: { status: 422, code: 'PRECHECK_FAILED' },
  PHONE_INVALID: { status: 400, code: 'VALIDATION_FAILED' },
  REASON_REQUIRED: { status: 400, code: 'VALIDATION_FAILED' },
  TIME_IN_FUTURE: { status: 400, code: 'VALIDATION_FAILED' },
  TIME_BEFORE_DISPATCH: { status: 400, code: 'VALIDATION_FAILED' },
  APPOINTMENT_IN_PAST: { status: 400, code: 'VALIDATION_FAILED' },
  APPOINTMENT_TOO_FAR: { status: 400, code: 'VALIDATION_FAILED' },
  RECEIPT_BEFORE_ARRIVAL: { status: 400, code: 'VALIDATION_FAILED' },
  FOLLOW_UP_BEFORE_COMPLETION: { status: 400, code: 'VALIDATION_FAILED' },
  REQUEST_WRONG_STATE: { status: 409, code: 'CONFLICT' },
  WORK_ORDER_WRONG_STATE: { status: 409, code: 'CONFLICT' },
  COMPLAINT_WRONG_STATE: { status: 409, code: 'CONFLICT' },
  COMPLAINT_CLOSED: { status: 409, code: 'CONFLICT' },
  NOT_COMPLAINT_OWNER: { status: 403, code: 'FORBIDDEN' },
  CLAIM_NEEDS_SERIAL: { status: 409, code: 'CONFLICT' },
  RECEIPT_OUT_OF_WARRANTY: { status: 409, code: 'CONFLICT' },
  SHEET_TOO_LARGE: { status: 400, code: 'VALIDATION_FAILED' },
  SHEET_TOO_MANY_ROWS: { status: 400, code: 'VALIDATION_FAILED' },
  SPOT_CHECK_DECIDED: { status: 409, code: 'CONFLICT' },
  CLAIM_IN_SETTLEMENT: { status: 409, code: 'CONFLICT' },
  GRADE_UNCHANGED: { status: 409, code: 'CONFLICT' },
};

/** The docs/api.md error body for a reason; `details.reason` is set only when finer than the code. */
export function errorBody(reason: ErrorReason, details: ErrorDetails = {}, params: MessageParams = {}): ErrorBody {
  const { status, code } = ERROR_REASONS[reason];
  const out: ErrorDetails = { ...details };
  if (reason !== code) out.reason = reason;
  else delete out.reason;
  return { error: { status, code, message: message(reason, params), details: out } };
}
