import { addWorkingHours, calendarProblem, DEFAULT_WORKING_CALENDAR, isWorkingDay, workingMsBetween, type WorkingCalendar } from '../working-hours';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const due = (start: string, hours: number, cal?: WorkingCalendar) => addWorkingHours(at(start), hours, cal).toISOString();
/** National Day week 2026 as the State Council's notices shape it: 1–7 Oct off, Sat 10 Oct worked. */
const GOLDEN_WEEK: WorkingCalendar = {
  ...DEFAULT_WORKING_CALENDAR,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};

describe('addWorkingHours (Shanghai office: 08:30–12:00, 13:00–17:30, Monday–Friday)', () => {
  it.each([
    ['inside the morning', '2026-11-23T01:00:00Z', 1, '2026-11-23T02:00:00.000Z'], // Mon 09:00 + 1 h = 10:00
    ['across lunch', '2026-11-23T03:30:00Z', 1, '2026-11-23T05:30:00.000Z'], // 11:30 + 1 h = 13:30
    ['ending exactly at 17:30 stays that day', '2026-11-23T08:30:00Z', 1, '2026-11-23T09:30:00.000Z'],
    ['after 17:30 starts next morning', '2026-11-23T10:00:00Z', 1, '2026-11-24T01:30:00.000Z'], // Mon 18:00 → Tue 09:30
    ['before 08:30 starts at 08:30', '2026-11-23T00:00:00Z', 0.5, '2026-11-23T01:00:00.000Z'],
    ['in the lunch break starts at 13:00', '2026-11-23T04:30:00Z', 2, '2026-11-23T07:00:00.000Z'],
    ['Friday evening to Monday', '2026-11-27T09:00:00Z', 1, '2026-11-30T01:00:00.000Z'], // Fri 17:00: 0.5 h left, Mon 08:30 + 0.5
    ['on a Sunday', '2026-11-29T02:00:00Z', 8, '2026-11-30T09:30:00.000Z'],
    ['48 h from Monday 08:30 is the next Monday 17:30', '2026-11-23T00:30:00Z', 48, '2026-11-30T09:30:00.000Z'],
    ['zero hours is the start', '2026-11-29T02:00:00Z', 0, '2026-11-29T02:00:00.000Z'],
  ])('%s', (_name, start, hours, expected) => {
    expect(due(start, hours)).toBe(expected);
  });

  it('skips public holidays and works make-up Saturdays', () => {
    // Wed 30 Sep 17:00 + 1 h: 0.5 h that day, then 1–7 Oct off (3–4 are the weekend), Thu 8 Oct 09:00.
    expect(due('2026-09-30T09:00:00Z', 1, GOLDEN_WEEK)).toBe('2026-10-08T01:00:00.000Z');
    // Fri 9 Oct 17:00 + 1 h: Saturday 10 Oct is worked.
    expect(due('2026-10-09T09:00:00Z', 1, GOLDEN_WEEK)).toBe('2026-10-10T01:00:00.000Z');
  });

  it('reads office hours in the zone it is given, DST included', () => {
    const berlin: WorkingCalendar = { ...DEFAULT_WORKING_CALENDAR, timeZone: 'Europe/Berlin' };
    // Summer (UTC+2): Mon 29 Jun 2026 08:30 local is 06:30Z; winter (UTC+1): Mon 30 Nov 08:30 is 07:30Z.
    expect(due('2026-06-29T00:00:00Z', 1, berlin)).toBe('2026-06-29T07:30:00.000Z');
    expect(due('2026-11-30T00:00:00Z', 1, berlin)).toBe('2026-11-30T08:30:00.000Z');
  });
});

describe('workingMsBetween', () => {
  it('counts only office time, and nothing backwards', () => {
    expect(workingMsBetween(at('2026-11-23T00:30:00Z'), at('2026-11-23T09:30:00Z'))).toBe(8 * HOUR);
    expect(workingMsBetween(at('2026-11-27T09:00:00Z'), at('2026-11-30T01:00:00Z'))).toBe(1 * HOUR);
    expect(workingMsBetween(at('2026-11-30T01:00:00Z'), at('2026-11-27T09:00:00Z'))).toBe(0);
  });

  it('counts whole weeks, holidays and make-up days between far-apart instants as a day-by-day walk would', () => {
    // 2026-09-01 (Tue) 10:00 → 2026-12-01 (Tue) 10:00 Shanghai.
    const start = at('2026-09-01T02:00:00Z');
    const end = at('2026-12-01T02:00:00Z');
    let walked = 0;
    for (let t = start.getTime(); t < end.getTime(); t += 60_000 * 30) walked += workingMsBetween(new Date(t), new Date(Math.min(t + 60_000 * 30, end.getTime())), GOLDEN_WEEK);
    expect(workingMsBetween(start, end, GOLDEN_WEEK)).toBe(walked);
    // 64 weekdays from 2 Sep to 30 Nov, minus 5 holidays, plus 1 make-up Saturday: 60 whole
    // days of 8 h; then 6.5 h after 10:00 on the first day and 1.5 h before 10:00 on the last.
    expect(workingMsBetween(start, end, GOLDEN_WEEK)).toBe((60 * 8 + 6.5 + 1.5) * HOUR);
  });

  it('is the inverse of addWorkingHours', () => {
    for (const [start, hours] of [['2026-11-23T03:17:00Z', 13.25], ['2026-09-28T06:00:00Z', 30]] as const) {
      const end = addWorkingHours(at(start), hours, GOLDEN_WEEK);
      expect(workingMsBetween(at(start), end, GOLDEN_WEEK)).toBe(hours * HOUR);
    }
  });
});

describe('calendar checks', () => {
  it('knows holidays and make-up days', () => {
    expect(isWorkingDay('2026-10-01', GOLDEN_WEEK)).toBe(false);
    expect(isWorkingDay('2026-10-10', GOLDEN_WEEK)).toBe(true);
    expect(isWorkingDay('2026-10-11', GOLDEN_WEEK)).toBe(false);
  });

  it('refuses calendars with no working time or bad periods', () => {
    expect(calendarProblem(DEFAULT_WORKING_CALENDAR)).toBeNull();
    expect(calendarProblem({ ...DEFAULT_WORKING_CALENDAR, periods: [] })).toMatch(/at least one period/);
    expect(calendarProblem({ ...DEFAULT_WORKING_CALENDAR, periods: [['13:00', '12:00']] })).toMatch(/order/);
    expect(calendarProblem({ ...DEFAULT_WORKING_CALENDAR, periods: [['8:30', '12:00']] })).toMatch(/HH:MM/);
    expect(calendarProblem({ ...DEFAULT_WORKING_CALENDAR, weekdays: [] })).toMatch(/no weekday/);
  });
});
