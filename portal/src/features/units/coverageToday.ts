import { compareIso, daysBetween } from '@shared/calendar/date-only';
import type { PortalUnit } from '../../api';

export type CoverageState = 'unregistered' | 'whole' | 'mainOnly' | 'expired';

/**
 * Whether the unit is covered today, from the coverage dates GET /units/:serial answers
 * (the last covered day of each period): the whole unit, its main components only, or
 * nothing any more; days left count to that last day (0 = today is the last one).
 */
export function coverageToday(unit: Pick<PortalUnit, 'registered' | 'coverage'>, today: string): { state: CoverageState; daysLeft: (until: string | null | undefined) => number | null } {
  const daysLeft = (until: string | null | undefined) => (until ? daysBetween(today, until) : null);
  const open = (until: string | null | undefined) => !!until && compareIso(today, until) <= 0;
  const c = unit.coverage;
  if (!unit.registered) return { state: 'unregistered', daysLeft };
  if (open(c.wholeUnitUntil) || open(c.warrantyUntil)) return { state: 'whole', daysLeft };
  if (open(c.mainComponentsUntil)) return { state: 'mainOnly', daysLeft };
  return { state: 'expired', daysLeft };
}
