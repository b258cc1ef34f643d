import { parseInput } from '../../schemas/validation-details';
import { appointmentInputSchema, contactAttemptMove, countedFailedContacts, declineInputSchema, reassignInputSchema } from '../work-order';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 1, minutes)).toISOString();
const failed = (minutes: number) => ({ at: at(minutes), reached: false });

describe('contact attempts (seed 002 4.2.1: call again after 10 minutes; three failures go back to the desk)', () => {
  it('hands the order back at the third counted failure', () => {
    expect(contactAttemptMove('accepted', [], failed(0))).toBeNull();
    expect(contactAttemptMove('accepted', [failed(0)], failed(10))).toBeNull();
    expect(contactAttemptMove('accepted', [failed(0), failed(10)], failed(20))).toBe('return_to_coordinator');
  });

  it('counts a redial within ten minutes as the same attempt', () => {
    expect(countedFailedContacts([failed(0), failed(2), failed(5), failed(9)])).toBe(1);
    expect(contactAttemptMove('accepted', [failed(0), failed(10)], failed(15))).toBeNull();
  });

  it('starts the count again once the customer was reached', () => {
    const attempts = [failed(0), failed(10), { at: at(15), reached: true }, failed(30), failed(40)];
    expect(countedFailedContacts(attempts)).toBe(2);
    expect(contactAttemptMove('contacted', attempts, failed(50))).toBe('return_to_coordinator');
  });

  it('moves an accepted order to contacted when the customer answers, and leaves a scheduled one scheduled', () => {
    expect(contactAttemptMove('accepted', [], { at: at(0), reached: true })).toBe('contact');
    expect(contactAttemptMove('scheduled', [], { at: at(0), reached: true })).toBeNull();
  });
});

describe('work order inputs', () => {
  it('records who agreed to the appointment', () => {
    expect(parseInput(appointmentInputSchema, { at: '2026-12-01T10:00:00+08:00', agreedBy: '王师傅' }).ok).toBe(true);
    expect(parseInput(appointmentInputSchema, { at: '2026-12-01T10:00:00+08:00' })).toEqual({ ok: false, fields: { agreedBy: 'required' } });
  });

  it('asks for the reason of a decline and of a reassign', () => {
    expect(parseInput(declineInputSchema, { reason: '' })).toEqual({ ok: false, fields: { reason: 'required' } });
    expect(parseInput(reassignInputSchema, { dealer: 'D004' })).toEqual({ ok: false, fields: { reason: 'required' } });
  });
});
