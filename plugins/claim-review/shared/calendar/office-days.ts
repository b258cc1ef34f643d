import type { IsoDate } from '../contracts/money';
import type { WorkingCalendar } from './working-hours';

/** One day of the office calendar as staff keep it in the CMS (api::office-calendar.office-calendar-day). */
export interface OfficeDay {
  date: IsoDate;
  /** holiday: a day off (放假); workday: a weekend day worked (调休上班). */
  kind: 'holiday' | 'workday';
}

/**
 * The configured calendar with the CMS days added. The configuration stays an override:
 * a date it lists as a holiday or a make-up day is what it says, whatever the CMS holds,
 * so an operator can correct one day without editing the content.
 */
export function withOfficeDays(configured: WorkingCalendar, days: readonly OfficeDay[]): WorkingCalendar {
  if (days.length === 0) return configured;
  const named = new Set<IsoDate>([...configured.holidays, ...configured.workdays]);
  const holidays = [...configured.holidays];
  const workdays = [...configured.workdays];
  for (const day of days) {
    if (named.has(day.date)) continue;
    named.add(day.date);
    (day.kind === 'holiday' ? holidays : day.kind === 'workday' ? workdays : []).push(day.date);
  }
  return { ...configured, holidays, workdays };
}
