import type { IsoDate } from '../contracts/money';
import { addDaysIso } from '../calendar/date-only';

/** A month after the cut-off for parts still on their way or forgotten. */
export const DEFAULT_RETURN_GRACE_DAYS = 30;

/**
 * The last day parts may still arrive after their cut-off (policy returnGraceDays,
 * default 30, counted as periods are: cut-off + N). A receipt up to then clears the
 * overdue flag; the day after, what has not arrived is forfeited.
 */
export function returnGraceUntil(dueDate: IsoDate, graceDays: number | null | undefined): IsoDate {
  return addDaysIso(dueDate, Math.max(0, graceDays ?? DEFAULT_RETURN_GRACE_DAYS));
}

export function isReturnForfeited(today: IsoDate, dueDate: IsoDate, graceDays: number | null | undefined): boolean {
  return today > returnGraceUntil(dueDate, graceDays);
}
