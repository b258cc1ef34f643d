import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';
import { filingDeadline } from '../policy/coverage';

export const filedLate: PrecheckRule = (input, ctx) => {
  const policy = ctx.policy;
  if (!policy) return [];
  const deadline = filingDeadline(input.repairDate, policy, ctx.calendar);
  const filedOn = ctx.filedOn ?? ctx.today;
  if (!deadline || filedOn <= deadline) return [];
  const days = policy.filingDays;
  return [
    makeFinding('FILED_LATE', {
      field: 'repairDate',
      params: { repairDate: input.repairDate, days, deadline },
      clause: clauseOf('clause.filing', policy, { days }),
    }),
  ];
};
