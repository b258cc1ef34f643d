import { isWorkingDay, DEFAULT_WORKING_CALENDAR } from '../working-hours';
import { withOfficeDays } from '../office-days';
import { periodEnd } from '../period-end';

describe('withOfficeDays: the CMS calendar under the configured override', () => {
  const cms = [
    { date: '2024-10-01', kind: 'holiday' as const },
    { date: '2024-10-07', kind: 'holiday' as const },
    { date: '2024-10-12', kind: 'workday' as const },
  ];

  it('adds the CMS holidays and make-up days', () => {
    const cal = withOfficeDays(DEFAULT_WORKING_CALENDAR, cms);
    expect(isWorkingDay('2024-10-01', cal)).toBe(false);
    expect(isWorkingDay('2024-10-12', cal)).toBe(true);
    expect(periodEnd('2024-10-01', cal)).toBe('2024-10-02');
  });

  it('lets a date the configuration names win over the CMS', () => {
    const configured = { ...DEFAULT_WORKING_CALENDAR, holidays: ['2024-10-12'], workdays: ['2024-10-07'] };
    const cal = withOfficeDays(configured, cms);
    expect(isWorkingDay('2024-10-12', cal)).toBe(false);
    expect(isWorkingDay('2024-10-07', cal)).toBe(true);
    expect(isWorkingDay('2024-10-01', cal)).toBe(false);
  });

  it('answers the configured calendar itself without CMS days, so its memo keys stay', () => {
    expect(withOfficeDays(DEFAULT_WORKING_CALENDAR, [])).toBe(DEFAULT_WORKING_CALENDAR);
    expect(withOfficeDays(DEFAULT_WORKING_CALENDAR, cms).periods).toBe(DEFAULT_WORKING_CALENDAR.periods);
  });
});
