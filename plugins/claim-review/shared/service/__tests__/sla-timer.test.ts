import { DEFAULT_WORKING_CALENDAR, type WorkingCalendar } from '../../calendar/working-hours';
import { DEFAULT_SERVICE_TIMERS, newBreaches, serviceTimer, timerDue } from '../sla-timer';

/*
 * The office calendar: 08:30–12:00 and 13:00–17:30 Shanghai (UTC+8), Monday–Friday.
 * 2026-11-27 is a Friday, 2026-11-30 a Monday; in OFFICE, Tuesday 2026-12-01 is a public
 * holiday and Saturday 2026-12-05 a make-up workday (调休上班).
 */
const OFFICE: WorkingCalendar = { ...DEFAULT_WORKING_CALENDAR, holidays: ['2026-12-01'], workdays: ['2026-12-05'] };
const H = 3_600_000;

describe('office-hours timers (arrange 2 h, check 4 h)', () => {
  it('does not run over the weekend: dispatched Friday 17:00, arrange is due Monday 10:00 and check Monday 12:00', () => {
    const clock = { startedAt: '2026-11-27T09:00:00Z' };
    const sunday = '2026-11-29T12:00:00Z';
    const arrange = serviceTimer('arrange', clock, sunday, OFFICE);
    expect(arrange).toMatchObject({ calendar: 'office', dueAt: '2026-11-30T02:00:00.000Z', state: 'running', remainingMs: 1.5 * H, overdueMs: 0 });
    expect(serviceTimer('check', clock, sunday, OFFICE).dueAt).toBe('2026-11-30T04:00:00.000Z');
  });

  it('counts overdue time in office hours: at Monday 14:00 arrange is 3 working hours late (lunch not counted)', () => {
    const t = serviceTimer('arrange', { startedAt: '2026-11-27T09:00:00Z' }, '2026-11-30T06:00:00Z', OFFICE);
    expect(t).toMatchObject({ state: 'breached', remainingMs: 0, overdueMs: 3 * H, stoppedAt: null });
  });

  it('skips a public holiday: dispatched Monday 16:30, arrange is due Wednesday 09:30, not Tuesday', () => {
    const clock = { startedAt: '2026-11-30T08:30:00Z' };
    expect(serviceTimer('arrange', clock, '2026-12-01T08:00:00Z', OFFICE)).toMatchObject({
      dueAt: '2026-12-02T01:30:00.000Z',
      state: 'running',
      // On the holiday afternoon, the whole Wednesday hour is still ahead.
      remainingMs: 1 * H,
    });
    expect(serviceTimer('check', clock, '2026-12-01T08:00:00Z', OFFICE).dueAt).toBe('2026-12-02T03:30:00.000Z');
    // The same dispatch on the plain calendar is due on the Tuesday.
    expect(serviceTimer('arrange', clock, '2026-12-01T08:00:00Z', DEFAULT_WORKING_CALENDAR).dueAt).toBe('2026-12-01T01:30:00.000Z');
  });

  it('runs on a make-up Saturday: dispatched Friday 17:00, arrange is due Saturday 10:00', () => {
    expect(serviceTimer('arrange', { startedAt: '2026-12-04T09:00:00Z' }, '2026-12-04T09:30:00Z', OFFICE).dueAt).toBe('2026-12-05T02:00:00.000Z');
  });

  it('is met when the dealer answered by the due instant, and breached when later', () => {
    const startedAt = '2026-11-27T09:00:00Z';
    expect(serviceTimer('arrange', { startedAt, stoppedAt: '2026-11-30T02:00:00Z' }, '2026-12-09T00:00:00Z', OFFICE)).toMatchObject({
      state: 'met',
      stoppedAt: '2026-11-30T02:00:00.000Z',
      remainingMs: 0,
      overdueMs: 0,
    });
    expect(serviceTimer('arrange', { startedAt, stoppedAt: '2026-11-30T02:45:00Z' }, '2026-12-09T00:00:00Z', OFFICE)).toMatchObject({
      state: 'breached',
      overdueMs: 0.75 * H,
    });
  });
});

describe('round-the-clock timers (on site 3 h, follow-up 24 h and 3 h)', () => {
  it('runs through the evening and the weekend: dispatched Friday 17:00, on site is due Friday 20:00', () => {
    const t = serviceTimer('on_site', { startedAt: '2026-11-27T09:00:00Z' }, '2026-11-27T11:00:00Z', OFFICE);
    expect(t).toMatchObject({ calendar: 'round_the_clock', dueAt: '2026-11-27T12:00:00.000Z', state: 'running', remainingMs: 1 * H });
  });

  it('gives the follow-up 24 hours after a Saturday completion, whatever the office calendar', () => {
    const t = serviceTimer('follow_up', { startedAt: '2026-11-28T02:00:00Z' }, '2026-11-28T14:00:00Z', OFFICE);
    expect(t).toMatchObject({ dueAt: '2026-11-29T02:00:00.000Z', state: 'running', remainingMs: 12 * H });
  });

  it('runs on a holiday: guidance on holiday 15:00, call back due 18:00 the same day, overdue at 19:30 by 1.5 h', () => {
    const t = serviceTimer('guidance_follow_up', { startedAt: '2026-12-01T07:00:00Z' }, '2026-12-01T11:30:00Z', OFFICE);
    expect(t).toMatchObject({ dueAt: '2026-12-01T10:00:00.000Z', state: 'breached', overdueMs: 1.5 * H });
  });

  it('is due at the appointment the customer agreed to instead of 3 h after dispatch', () => {
    const clock = { startedAt: '2026-11-27T09:00:00Z', dueAt: '2026-11-28T01:00:00Z' };
    expect(serviceTimer('on_site', clock, '2026-11-27T20:00:00Z', OFFICE)).toMatchObject({ dueAt: '2026-11-28T01:00:00.000Z', state: 'running', remainingMs: 5 * H });
    expect(serviceTimer('on_site', { ...clock, stoppedAt: '2026-11-28T00:50:00Z' }, '2026-11-28T05:00:00Z', OFFICE).state).toBe('met');
    expect(serviceTimer('on_site', { ...clock, stoppedAt: '2026-11-28T01:20:00Z' }, '2026-11-28T05:00:00Z', OFFICE)).toMatchObject({
      state: 'breached',
      overdueMs: 20 * 60_000,
    });
  });
});

describe('calendars are set per timer', () => {
  it('a follow-up set to office hours gives 24 working hours: Friday 16:30 → Wednesday 16:30', () => {
    const settings = { ...DEFAULT_SERVICE_TIMERS, follow_up: { hours: 24, calendar: 'office' as const } };
    const t = serviceTimer('follow_up', { startedAt: '2026-11-27T08:30:00Z' }, '2026-11-27T09:00:00Z', DEFAULT_WORKING_CALENDAR, settings);
    expect(t).toMatchObject({ calendar: 'office', dueAt: '2026-12-02T08:30:00.000Z', remainingMs: 23.5 * H });
  });

  it('an arrange timer set round the clock ignores the weekend', () => {
    const settings = { ...DEFAULT_SERVICE_TIMERS, arrange: { hours: 2, calendar: 'round_the_clock' as const } };
    expect(timerDue(settings.arrange, '2026-11-27T09:00:00Z', OFFICE).toISOString()).toBe('2026-11-27T11:00:00.000Z');
  });
});

describe('cancelled timers and breaches recorded once', () => {
  it('cancels a clock whose order ended before due, and keeps a breach that came first', () => {
    const startedAt = '2026-11-27T09:00:00Z';
    expect(serviceTimer('on_site', { startedAt, cancelledAt: '2026-11-27T10:00:00Z' }, '2026-11-30T00:00:00Z', OFFICE)).toMatchObject({
      state: 'cancelled',
      overdueMs: 0,
    });
    expect(serviceTimer('on_site', { startedAt, cancelledAt: '2026-11-27T13:00:00Z' }, '2026-11-30T00:00:00Z', OFFICE)).toMatchObject({
      state: 'breached',
      overdueMs: 1 * H,
    });
  });

  it('names only the breaches not yet recorded', () => {
    const now = '2026-11-30T06:00:00Z';
    const timers = [
      serviceTimer('arrange', { startedAt: '2026-11-27T09:00:00Z' }, now, OFFICE),
      serviceTimer('check', { startedAt: '2026-11-27T09:00:00Z' }, now, OFFICE),
      serviceTimer('on_site', { startedAt: '2026-11-30T05:00:00Z' }, now, OFFICE),
    ];
    expect(newBreaches(timers, new Set()).map((t) => t.name)).toEqual(['arrange', 'check']);
    expect(newBreaches(timers, new Set(['arrange'])).map((t) => t.name)).toEqual(['check']);
  });
});
