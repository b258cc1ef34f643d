import { appointmentProblem, arrivalProblem, contactAttemptProblem, followUpProblem, purchaseDateProblem, receiptProblem, receivedAtProblem } from '../time-checks';

const NOW = '2026-11-30T06:00:00Z';
const DISPATCHED = '2026-11-30T01:00:00Z';

describe('the order of a service call in time', () => {
  it('refuses an appointment in the past with APPOINTMENT_IN_PAST', () => {
    expect(appointmentProblem('2026-11-30T05:59:00Z', NOW)).toEqual({ reason: 'APPOINTMENT_IN_PAST', fields: { at: 'in_past' } });
    expect(appointmentProblem('2026-11-30T07:00:00Z', NOW)).toBeNull();
  });

  it('refuses an appointment more than 30 days ahead with APPOINTMENT_TOO_FAR', () => {
    expect(appointmentProblem('2026-12-30T06:00:00Z', NOW)).toBeNull();
    expect(appointmentProblem('2026-12-30T06:01:00Z', NOW)).toEqual({ reason: 'APPOINTMENT_TOO_FAR', fields: { at: 'too_far' } });
    expect(appointmentProblem('2062-11-30T06:00:00Z', NOW)).toEqual({ reason: 'APPOINTMENT_TOO_FAR', fields: { at: 'too_far' } });
  });

  it('refuses a receipt before the arrival, or with no arrival, with RECEIPT_BEFORE_ARRIVAL', () => {
    const problem = { reason: 'RECEIPT_BEFORE_ARRIVAL', fields: { completedAt: 'before_arrival' } };
    expect(receiptProblem('2026-11-30T03:00:00Z', '2026-11-30T04:00:00Z', NOW)).toEqual(problem);
    expect(receiptProblem('2026-11-30T03:00:00Z', null, NOW)).toEqual(problem);
    expect(receiptProblem('2026-11-30T05:00:00Z', '2026-11-30T04:00:00Z', NOW)).toBeNull();
  });

  it('refuses a follow-up before the service ended with FOLLOW_UP_BEFORE_COMPLETION', () => {
    const problem = { reason: 'FOLLOW_UP_BEFORE_COMPLETION', fields: { at: 'before_completion' } };
    expect(followUpProblem('2026-11-30T05:00:00Z', null, NOW)).toEqual(problem);
    expect(followUpProblem('2026-11-30T04:00:00Z', '2026-11-30T05:00:00Z', NOW)).toEqual(problem);
    expect(followUpProblem('2026-11-30T05:30:00Z', '2026-11-30T05:00:00Z', NOW)).toBeNull();
  });

  it('refuses a purchase date after today (business date) as TIME_IN_FUTURE on unit.purchaseDate', () => {
    expect(purchaseDateProblem('2026-12-01', '2026-11-30')).toEqual({ reason: 'TIME_IN_FUTURE', fields: { 'unit.purchaseDate': 'in_future' } });
    expect(purchaseDateProblem('2026-11-30', '2026-11-30')).toBeNull();
    expect(purchaseDateProblem(null, '2026-11-30')).toBeNull();
  });

  it('refuses arrivals and calls before the dispatch, and times beyond a few minutes of clock skew', () => {
    expect(arrivalProblem('2026-11-30T00:59:00Z', DISPATCHED, NOW)).toEqual({ reason: 'TIME_BEFORE_DISPATCH', fields: { at: 'before_dispatch' } });
    expect(contactAttemptProblem('2026-11-30T00:59:00Z', DISPATCHED, NOW)).toEqual({ reason: 'TIME_BEFORE_DISPATCH', fields: { at: 'before_dispatch' } });
    expect(arrivalProblem('2026-11-30T06:04:00Z', DISPATCHED, NOW)).toBeNull();
    expect(arrivalProblem('2026-11-30T06:06:00Z', DISPATCHED, NOW)).toEqual({ reason: 'TIME_IN_FUTURE', fields: { at: 'in_future' } });
    expect(receivedAtProblem('2026-11-30T07:00:00Z', NOW)).toEqual({ reason: 'TIME_IN_FUTURE', fields: { receivedAt: 'in_future' } });
    expect(receivedAtProblem('2026-11-30T05:00:00Z', NOW)).toBeNull();
  });
});
