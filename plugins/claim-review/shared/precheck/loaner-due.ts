import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';
import { repairPeriodDays } from '../policy/repair-period';

/**
 * LOANER_DUE: household vehicles 2021, a single repair longer than N days entitles the
 * owner to a loaner car or a transport allowance; the reviewer sees that it was owed.
 */
export const loanerDue: PrecheckRule = (input, ctx) => {
  const limit = ctx.policy?.loanerAfterRepairDays;
  const days = repairPeriodDays(input.repair);
  if (!ctx.policy || typeof limit !== 'number' || limit <= 0 || days === null || days <= limit) return [];
  return [
    makeFinding('LOANER_DUE', {
      field: 'repair.returnedAt',
      params: { days, limit },
      clause: clauseOf('clause.loaner', ctx.policy, { limit }),
    }),
  ];
};
