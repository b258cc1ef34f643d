import type { IsoDate } from '../contracts/money';
import type { PolicyFacts } from '../contracts/facts';
import { monthOf } from '../calendar/date-only';

/** Farm machinery 2010: the busy farming season shortens repair deadlines; months 1–12 come from the policy. */
export function isBusySeason(
  date: IsoDate,
  policy: Pick<PolicyFacts, 'busySeasonMonths'> | null | undefined,
): boolean {
  const months = policy?.busySeasonMonths;
  return !!months && months.includes(monthOf(date));
}
