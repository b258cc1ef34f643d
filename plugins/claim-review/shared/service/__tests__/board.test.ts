import { DEFAULT_WORKING_CALENDAR } from '../../calendar/working-hours';
import { breachKey, nextBreachAt, pendingDueAt, timerSettingsOf, timerSettingsProblem } from '../board';
import { followUpTimer, workOrderTimers } from '../service-timers';

const CAL = DEFAULT_WORKING_CALENDAR;
// Dispatched Monday 2026-11-30 09:00 Shanghai: arrange due 11:00, on site 12:00, check 14:00.
const DISPATCHED = '2026-11-30T01:00:00Z';

describe('pendingDueAt', () => {
  it('sorts a fresh order by its first due timer (arrange)', () => {
    expect(pendingDueAt(workOrderTimers({ dispatchedAt: DISPATCHED }, DISPATCHED, CAL))).toBe('2026-11-30T03:00:00.000Z');
  });

  it('keeps a breached timer that has not stopped: the most overdue sorts first', () => {
    expect(pendingDueAt(workOrderTimers({ dispatchedAt: DISPATCHED }, '2026-12-01T00:00:00Z', CAL))).toBe('2026-11-30T03:00:00.000Z');
  });

  it('moves on to on site once the order is accepted, and to nothing once the technician arrived', () => {
    const accepted = workOrderTimers({ dispatchedAt: DISPATCHED, acceptedAt: '2026-11-30T01:10:00Z' }, '2026-11-30T01:20:00Z', CAL);
    expect(pendingDueAt(accepted)).toBe('2026-11-30T04:00:00.000Z');
    const arrived = workOrderTimers(
      { dispatchedAt: DISPATCHED, acceptedAt: '2026-11-30T01:10:00Z', arrivedAt: '2026-11-30T03:00:00Z' },
      '2026-11-30T03:10:00Z',
      CAL,
    );
    expect(pendingDueAt([...arrived, null])).toBeNull();
  });

  it('sorts a completed request by its follow-up call', () => {
    expect(pendingDueAt([followUpTimer({ completedAt: '2026-11-30T08:00:00Z' }, '2026-11-30T09:00:00Z', CAL)])).toBe('2026-12-01T08:00:00.000Z');
  });
});

describe('nextBreachAt', () => {
  it('skips timers whose breach is recorded: the scan looks at the request again only when another can breach', () => {
    const timers = workOrderTimers({ dispatchedAt: DISPATCHED }, '2026-11-30T03:30:00Z', CAL);
    expect(nextBreachAt(timers, new Set())).toBe('2026-11-30T03:00:00.000Z');
    expect(nextBreachAt(timers, new Set(['arrange']))).toBe('2026-11-30T04:00:00.000Z');
    expect(nextBreachAt(timers, new Set(['arrange', 'on_site', 'check']))).toBeNull();
  });
});

describe('breachKey', () => {
  it('tells apart work orders and follow-up cycles', () => {
    expect(breachKey('SR-202611-00001', 'WO-202611-00001', 'arrange', 0)).toBe('SR-202611-00001|WO-202611-00001|arrange|0');
    expect(breachKey('SR-202611-00001', null, 'follow_up', 1)).not.toBe(breachKey('SR-202611-00001', null, 'follow_up', 2));
  });
});

describe('timer settings', () => {
  it('fills the defaults timer by timer and keeps what is configured', () => {
    const s = timerSettingsOf({ on_site: { hours: 4 } });
    expect(s.on_site).toEqual({ hours: 4, calendar: 'round_the_clock' });
    expect(s.arrange).toEqual({ hours: 2, calendar: 'office' });
  });

  it('names what is wrong with a configuration, so the server refuses to start with it', () => {
    expect(timerSettingsProblem(undefined)).toBeNull();
    expect(timerSettingsProblem({ arrange: { hours: 1, calendar: 'round_the_clock' } })).toBeNull();
    expect(timerSettingsProblem({ arange: { hours: 1 } })).toMatch(/unknown timer "arange"/);
    expect(timerSettingsProblem({ check: { hours: -1 } })).toMatch(/check.hours/);
    expect(timerSettingsProblem({ check: { calendar: 'weekdays' } })).toMatch(/check.calendar/);
    expect(timerSettingsProblem([])).toMatch(/object/);
  });
});
