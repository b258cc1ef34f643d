import type { PrecheckRule } from './rule';
import { visibleUnit } from './rule';
import { clauseOf, makeFinding } from './finding';
import { daysBetween } from '../calendar/date-only';
import { isBusySeason } from '../policy/busy-season';
import { repairClockStart } from '../policy/repair-period';

/**
 * Farm machinery 2010, busy season: a whole-unit or main-part fault is fixed within N
 * days, a wear-part fault within M, counted from the report (the hand-over date where
 * the claim has one, else the failure). A fault is a wear-part fault when every part
 * replaced is a wear part and the component is not a main one.
 */
export const busySeasonLate: PrecheckRule = (input, ctx) => {
  const policy = ctx.policy;
  const start = repairClockStart(input);
  if (!policy || !isBusySeason(input.failureDate, policy) || start > input.repairDate) return [];
  const mainComponents = visibleUnit(ctx)?.mainComponents ?? [];
  const wearFault =
    !mainComponents.includes(input.fault.component) &&
    input.parts.length > 0 &&
    input.parts.every((p) => ctx.parts?.[p.partNumber]?.category === 'wear');
  const limit = wearFault ? policy.busySeasonWearRepairDays : policy.busySeasonMainRepairDays;
  if (limit === null || limit === undefined) return [];
  const days = daysBetween(start, input.repairDate);
  if (days <= limit) return [];
  return [
    makeFinding('BUSY_SEASON_LATE', {
      field: 'repairDate',
      params: { days, limit },
      clause: clauseOf('clause.busy_season', policy, {
        mainDays: policy.busySeasonMainRepairDays ?? '—',
        wearDays: policy.busySeasonWearRepairDays ?? '—',
      }),
    }),
  ];
};
