import { firstTimeFix, firstTimeFixRate } from '../first-time-fix';
import { service } from './records';

// Each repair was completed 2026-11-01 10:00Z unless said otherwise; its 30 days end 2026-12-01 10:00Z.
const done = { completedAt: '2026-11-01T10:00:00Z', faultComponent: 'MOTOR' };
const AS_OF = '2026-12-15T00:00:00Z';

describe('first-time fix: no new request for the same unit and fault component within 30 days', () => {
  const s1 = service({ ...done, unit: 'U1' });
  const l1 = service({ unit: 'U1', receivedAt: '2026-11-20T02:00:00Z', faultComponent: 'MOTOR', dealer: 'D2' });
  const s2 = service({ ...done, unit: 'U2' });
  const l2 = service({ unit: 'U2', receivedAt: '2026-11-20T02:00:00Z', faultComponent: 'CONTROLLER' });
  const s3 = service({ ...done, unit: 'U3' });
  const l3 = service({ unit: 'U3', receivedAt: '2026-12-01T10:00:01Z', faultComponent: 'MOTOR' });
  const s4 = service({ unit: 'U4', completedAt: '2026-11-25T10:00:00Z', faultComponent: 'MOTOR' });
  const s5 = service({ ...done, unit: 'U5' });
  const l5 = service({ unit: 'U5', receivedAt: '2026-11-10T02:00:00Z', faultComponent: null });
  const s6 = service({ unit: 'U6', completedAt: null, faultComponent: null });
  const later = [s1, l1, s2, l2, s3, l3, s4, s5, l5, s6];

  it('is not fixed when the same component comes back, at another dealer too', () => {
    expect(firstTimeFix(s1, later, AS_OF)).toEqual({ fixed: false, repeat: l1.request });
  });

  it('is fixed when the unit came back for another component, or only after the 30 days', () => {
    expect(firstTimeFix(s2, later, AS_OF)).toEqual({ fixed: true, repeat: null });
    expect(firstTimeFix(s3, later, AS_OF)).toEqual({ fixed: true, repeat: null });
  });

  it('counts a return at exactly 30 days as a repeat', () => {
    const atLimit = service({ unit: 'U3', receivedAt: '2026-12-01T10:00:00Z', faultComponent: 'MOTOR' });
    expect(firstTimeFix(s3, [atLimit], AS_OF)).toEqual({ fixed: false, repeat: atLimit.request });
  });

  it('is undecided while its 30 days run, while a return is not diagnosed yet, and for phone guidance', () => {
    // s4: completed 11-25, its window runs to 12-25, after AS_OF.
    expect(firstTimeFix(s4, later, AS_OF).fixed).toBeNull();
    expect(firstTimeFix(s5, later, AS_OF).fixed).toBeNull();
    expect(firstTimeFix(s6, later, AS_OF).fixed).toBeNull();
  });

  it('rates the decided ones: s1 not fixed, s2 and s3 fixed → 2 / 3, under the 90 % target', () => {
    expect(firstTimeFixRate([s1, s2, s3, s4, s5, s6], later, AS_OF)).toMatchObject({
      kpi: 'first_time_fix_rate',
      numerator: 2,
      denominator: 3,
      rate: 2 / 3,
      meetsTarget: false,
    });
  });
});
