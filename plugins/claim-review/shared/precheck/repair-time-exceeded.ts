import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';
import { workingDaysBetween } from '../calendar/date-only';

/** Farm machinery 2010: a repair is finished within N working days, counted from the failure. */
export const repairTimeExceeded: PrecheckRule = (input, ctx) => {
  const limit = ctx.policy?.repairWorkingDays;
  if (!ctx.policy || !limit || input.failureDate > input.repairDate) return [];
  const days = workingDaysBetween(input.failureDate, input.repairDate);
  if (days <= limit) return [];
  return [
    makeFinding('REPAIR_TIME_EXCEEDED', {
      field: 'repairDate',
      params: { days, limit },
      clause: clauseOf('clause.repair_time', ctx.policy, { limit }),
    }),
  ];
};
