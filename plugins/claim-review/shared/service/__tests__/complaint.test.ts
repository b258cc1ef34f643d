import { DEFAULT_WORKING_CALENDAR } from '../../calendar/working-hours';
import { parseInput } from '../../schemas/validation-details';
import { complaintConfirmationInputSchema, complaintFromFollowUp, complaintFromFollowUpSchema, complaintInputSchema, complaintResolutionInputSchema, confirmationEvent } from '../complaint';
import { complaintTimer } from '../complaint-timer';
import { DEFAULT_SERVICE_TIMERS } from '../sla-timer';

const H = 3_600_000;
const COMPLAINT = {
  channel: 'phone',
  complainant: { name: '李女士', phone: '138 0013 8000' },
  subject: { kind: 'dealer', code: 'D-HF01' },
  severity: 'major',
  links: { serviceRequest: 'SR-202611-00042' },
  description: '技术员约好上午上门，下午才到，且态度恶劣',
  receivedAt: '2026-11-27T17:00:00+08:00',
};

describe('a complaint as recorded (客户投诉记录表)', () => {
  it('takes a complaint about a dealer with a linked request, and normalises the phone', () => {
    const r = parseInput(complaintInputSchema, COMPLAINT);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data.complainant.phone).toBe('13800138000');
      expect(r.data.links).toEqual({ serviceRequest: 'SR-202611-00042' });
    }
  });

  it('names each wrong field: an unknown subject kind, a severity not in the list, a blank description', () => {
    const r = parseInput(complaintInputSchema, { ...COMPLAINT, subject: { kind: 'weather', code: 'x' }, severity: 'urgent', description: '  ' });
    expect(r).toEqual({ ok: false, fields: { 'subject.kind': 'invalid_enum', severity: 'invalid_enum', description: 'required' } });
  });

  it('refuses the follow_up channel on a direct complaint: that one is created from the call', () => {
    expect(parseInput(complaintInputSchema, { ...COMPLAINT, channel: 'follow_up' })).toEqual({ ok: false, fields: { channel: 'invalid_enum' } });
  });
});

describe('a complaint raised during a follow-up call', () => {
  it('asks only what the customer complained about, and takes the request, customer, unit and time from the call', () => {
    const r = parseInput(complaintFromFollowUpSchema, { subject: { kind: 'staff', code: 'wang.tech' }, severity: 'minor', description: '维修后未清理现场' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const call = { requestNumber: 'SR-202611-00042', calledAt: '2026-11-28T10:00:00+08:00', unitSerial: 'LZ2026A0001', customer: { name: '李女士', phone: '13800138000' } };
    expect(complaintFromFollowUp(r.data, call)).toEqual({
      channel: 'follow_up',
      complainant: { name: '李女士', phone: '13800138000' },
      subject: { kind: 'staff', code: 'wang.tech' },
      severity: 'minor',
      links: { serviceRequest: 'SR-202611-00042', claim: null, unit: 'LZ2026A0001' },
      description: '维修后未清理现场',
      receivedAt: '2026-11-28T10:00:00+08:00',
    });
  });
});

describe('resolution and the confirmation call', () => {
  it('keeps the documents as attachment ids, at most 20', () => {
    const ok = parseInput(complaintResolutionInputSchema, { at: '2026-11-30T10:00:00+08:00', resolution: '更换技术员，上门致歉', documents: [11, 12] });
    expect(ok).toMatchObject({ ok: true, data: { documents: [11, 12] } });
    const many = Array.from({ length: 21 }, (_, i) => i + 1);
    expect(parseInput(complaintResolutionInputSchema, { at: '2026-11-30T10:00:00+08:00', resolution: 'x', documents: many })).toEqual({
      ok: false,
      fields: { documents: 'too_many' },
    });
  });

  it('closes on 满意 or better, reopens below, moves nothing when the customer did not answer', () => {
    expect(confirmationEvent({ reached: true, satisfaction: 4 })).toBe('confirm_satisfied');
    expect(confirmationEvent({ reached: true, satisfaction: 3 })).toBe('confirm_unsatisfied');
    expect(confirmationEvent({ reached: false })).toBeNull();
    expect(parseInput(complaintConfirmationInputSchema, { at: '2026-11-30T10:00:00+08:00', reached: true })).toEqual({
      ok: false,
      fields: { satisfaction: 'required' },
    });
  });
});

describe('the resolution deadline by severity', () => {
  // Received Friday 2026-11-27 17:00 Shanghai (09:00Z); office days are 08:30–12:00 and 13:00–17:30 (8 h).
  const receivedAt = '2026-11-27T09:00:00Z';
  const cal = DEFAULT_WORKING_CALENDAR;

  it('critical: 24 h round the clock → Saturday 17:00', () => {
    expect(complaintTimer({ severity: 'critical', receivedAt }, receivedAt, cal).dueAt).toBe('2026-11-28T09:00:00.000Z');
  });

  it('major: 24 office hours → Wednesday 17:00', () => {
    // Fri 17:00–17:30 = 0.5 h; Mon + Tue = 16 h (16.5); Wed 08:30–12:00 = 3.5 h (20), 13:00–17:00 = 4 h (24).
    expect(complaintTimer({ severity: 'major', receivedAt }, receivedAt, cal).dueAt).toBe('2026-12-02T09:00:00.000Z');
  });

  it('minor: 40 office hours → the next Friday 17:00', () => {
    // Fri 0.5 h; Mon–Thu 4 × 8 = 32 h (32.5); next Fri 3.5 h (36) + 4 h (40) → 17:00.
    expect(complaintTimer({ severity: 'minor', receivedAt }, receivedAt, cal).dueAt).toBe('2026-12-04T09:00:00.000Z');
  });

  it('is met by a resolution by the deadline, breached by a later one, and keeps running after a rejected one', () => {
    const critical = { severity: 'critical' as const, receivedAt };
    expect(complaintTimer({ ...critical, resolvedAt: '2026-11-28T08:00:00Z' }, '2026-12-01T00:00:00Z', cal).state).toBe('met');
    // Resolved Saturday 19:00 Shanghai: 2 h past the 17:00 deadline.
    expect(complaintTimer({ ...critical, resolvedAt: '2026-11-28T11:00:00Z' }, '2026-12-01T00:00:00Z', cal)).toMatchObject({ state: 'breached', overdueMs: 2 * H });
    // The customer rejected the resolution: no standing resolution, and at Saturday 12:00 Shanghai 5 h remain.
    expect(complaintTimer({ ...critical, resolvedAt: null }, '2026-11-28T04:00:00Z', cal)).toMatchObject({ state: 'running', remainingMs: 5 * H });
  });

  it('takes a configured deadline instead of the default', () => {
    const settings = { ...DEFAULT_SERVICE_TIMERS, complaint_critical: { hours: 12, calendar: 'round_the_clock' as const } };
    expect(complaintTimer({ severity: 'critical', receivedAt }, receivedAt, cal, settings).dueAt).toBe('2026-11-27T21:00:00.000Z');
  });
});
