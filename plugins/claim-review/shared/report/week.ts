import type { IsoDate } from '../contracts/money';
import { addDaysIso } from '../calendar/date-only';
import { isoWeek, periodDates } from '../kpi';

export interface ReportWeek {
  /** ISO week key, 2026-W48. */
  key: string;
  /** Monday and Sunday, business dates. */
  from: IsoDate;
  to: IsoDate;
}

/** The ISO week (Monday–Sunday) before the one holding `today`: the week a Monday report covers. */
export function weekBefore(today: IsoDate): ReportWeek {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const from = addDaysIso(today, -weekday - 7);
  return { key: isoWeek(from), from, to: addDaysIso(from, 6) };
}

/** A week from its key (2026-W48); null when the key is not a week. */
export function weekOf(key: string): ReportWeek | null {
  const dates = periodDates(key, 'week');
  return dates ? { key, ...dates } : null;
}
