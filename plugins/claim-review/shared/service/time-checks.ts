import type { IsoDateTime } from '../contracts/money';

type Instant = Date | IsoDateTime;

/** A phone's clock runs a little ahead of the server's; a few minutes of it is not "the future". */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type ServiceTimeReason =
  | 'TIME_IN_FUTURE'
  | 'APPOINTMENT_IN_PAST'
  | 'APPOINTMENT_TOO_FAR'
  | 'TIME_BEFORE_DISPATCH'
  | 'RECEIPT_BEFORE_ARRIVAL'
  | 'FOLLOW_UP_BEFORE_COMPLETION';

/** The coded 400 of an instant in the wrong order: the reason, and the field with its validation code. */
export interface TimeProblem {
  reason: ServiceTimeReason;
  fields: Record<string, 'in_future' | 'in_past' | 'too_far' | 'before_dispatch' | 'before_arrival' | 'before_completion'>;
}

const ms = (t: Instant) => new Date(t).getTime();

function inFuture(field: string, at: Instant, now: Instant): TimeProblem | null {
  return ms(at) > ms(now) + CLOCK_SKEW_MS ? { reason: 'TIME_IN_FUTURE', fields: { [field]: 'in_future' } } : null;
}

/** A call cannot be received after it is registered. */
export function receivedAtProblem(receivedAt: Instant, now: Instant): TimeProblem | null {
  return inFuture('receivedAt', receivedAt, now);
}

/** A unit is bought before anyone calls about it: a purchase date (business date) after today is a slip of the date picker. */
export function purchaseDateProblem(purchaseDate: string | null | undefined, today: string): TimeProblem | null {
  return purchaseDate && purchaseDate > today ? { reason: 'TIME_IN_FUTURE', fields: { 'unit.purchaseDate': 'in_future' } } : null;
}

/**
 * How far ahead a visit may be agreed. The on-site timer is due at the appointment, so a
 * year mistyped on a phone's date picker (2062 for 2026) would silence it for decades.
 */
export const APPOINTMENT_HORIZON_DAYS = 30;

/** An appointment is set for later: a time already past is refused (a visit that happened is an arrival), as is one beyond the horizon. */
export function appointmentProblem(at: Instant, now: Instant): TimeProblem | null {
  if (ms(at) < ms(now)) return { reason: 'APPOINTMENT_IN_PAST', fields: { at: 'in_past' } };
  return ms(at) > ms(now) + APPOINTMENT_HORIZON_DAYS * 86_400_000 ? { reason: 'APPOINTMENT_TOO_FAR', fields: { at: 'too_far' } } : null;
}

/** A contact attempt happened after dispatch and not in the future. */
export function contactAttemptProblem(at: Instant, dispatchedAt: Instant, now: Instant): TimeProblem | null {
  if (ms(at) < ms(dispatchedAt)) return { reason: 'TIME_BEFORE_DISPATCH', fields: { at: 'before_dispatch' } };
  return inFuture('at', at, now);
}

/** Arrival on site: after the dispatch, not in the future. */
export function arrivalProblem(at: Instant, dispatchedAt: Instant, now: Instant): TimeProblem | null {
  if (ms(at) < ms(dispatchedAt)) return { reason: 'TIME_BEFORE_DISPATCH', fields: { at: 'before_dispatch' } };
  return inFuture('at', at, now);
}

/** The receipt is signed after the technician arrived, and not in the future. */
export function receiptProblem(completedAt: Instant, arrivedAt: Instant | null | undefined, now: Instant): TimeProblem | null {
  if (!arrivedAt || ms(completedAt) < ms(arrivedAt)) return { reason: 'RECEIPT_BEFORE_ARRIVAL', fields: { completedAt: 'before_arrival' } };
  return inFuture('completedAt', completedAt, now);
}

/**
 * A follow-up call comes after the service ended: the receipt, or the phone guidance.
 * With neither, or a call dated before it, it is FOLLOW_UP_BEFORE_COMPLETION.
 */
export function followUpProblem(at: Instant, serviceEndedAt: Instant | null | undefined, now: Instant): TimeProblem | null {
  if (!serviceEndedAt || ms(at) < ms(serviceEndedAt)) return { reason: 'FOLLOW_UP_BEFORE_COMPLETION', fields: { at: 'before_completion' } };
  return inFuture('at', at, now);
}
