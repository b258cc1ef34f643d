import type { IsoDate } from '../contracts/money';
import { addDaysIso } from './date-only';
import { isWorkingDay, type RestDayCalendar } from './working-hours';

/** A year of days: no official calendar has a rest period that long. */
const MAX_REST_DAYS = 366;

/**
 * Civil Code art. 203: a period whose last day is a rest day — a public holiday, or a
 * weekend day that is not a make-up working day (调休上班) — ends on the first working
 * day after it. Without a calendar the art. 201–202 day stands.
 */
export function periodEnd(lastDay: IsoDate, calendar?: RestDayCalendar | null): IsoDate {
  if (!calendar) return lastDay;
  let day = lastDay;
  for (let i = 0; i < MAX_REST_DAYS; i += 1, day = addDaysIso(day, 1)) {
    if (isWorkingDay(day, calendar)) return day;
  }
  return lastDay;
}
