import type { IsoDateTime } from '../contracts/money';
import type { Sla } from '../contracts/claim';
import { addWorkingHours, DEFAULT_WORKING_CALENDAR, workingMsBetween, type WorkingCalendar } from '../calendar/working-hours';

const HOUR = 3_600_000;

/** docs/api.md: a policy without reviewHours gives the reviewer 48 (working) hours. */
export const DEFAULT_REVIEW_HOURS = 48;

const instant = (t: Date | IsoDateTime) => (typeof t === 'string' ? new Date(t) : t);

/**
 * The review timer of the staff queue: the policy's reviewHours are working hours of the
 * office calendar, so a claim filed on Friday evening is not overdue on Sunday. Age is
 * working time too, so age and due time speak the same unit.
 */
export function slaOf(since: IsoDateTime, reviewHours: number, now: Date | IsoDateTime, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): Sla {
  const start = instant(since);
  return timerOf(start, addWorkingHours(start, reviewHours, calendar), now, calendar);
}

/** The timer of a clock whose due instant is already fixed (stored on the claim when it started). */
export function timerOf(since: Date | IsoDateTime, dueAt: Date | IsoDateTime, now: Date | IsoDateTime, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): Sla {
  const start = instant(since);
  const due = instant(dueAt);
  const at = instant(now);
  return {
    ageHours: Math.floor(workingMsBetween(start, at, calendar) / HOUR),
    dueAt: due.toISOString(),
    overdue: at.getTime() > due.getTime(),
  };
}
