import type { IsoDate } from '../contracts/money';
import type { ClaimInput } from '../contracts/inputs';
import type { RepairPeriod } from '../contracts/claim';
import { daysBetween } from '../calendar/date-only';

/**
 * Household vehicles 2021 count a repair day per 24 hours and a remainder as a day. The
 * claim holds dates, not times: the days between hand-over and return are the days a
 * same-time-of-day return takes, and a return on the day of hand-over is one day.
 * Undefined dates (or a return before the hand-over) give no days.
 */
export function repairPeriodDays(repair: RepairPeriod | null | undefined): number | null {
  if (!repair) return null;
  const days = daysBetween(repair.handedOverAt, repair.returnedAt);
  if (days < 0) return null;
  return Math.max(1, days);
}

/**
 * Where the farm-machinery clocks start: the law counts from the repair report and the
 * hand-over (送修之日), which the claim holds as `repair.handedOverAt`; a claim without
 * it falls back to the failure date.
 */
export function repairClockStart(input: Pick<ClaimInput, 'failureDate' | 'repair'>): IsoDate {
  return input.repair?.handedOverAt ?? input.failureDate;
}
