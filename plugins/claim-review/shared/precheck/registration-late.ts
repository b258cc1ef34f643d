import type { PrecheckRule } from './rule';
import { soldUnitWithPolicy } from './rule';
import { clauseOf, makeFinding } from './finding';
import { registrationDeadline } from '../policy/coverage';

/** Seed 000: a card back later than N days after sale → the unit's 三包 work is not recognised. */
export const registrationLate: PrecheckRule = (_input, ctx) => {
  const s = soldUnitWithPolicy(ctx);
  const registered = s?.unit.registrationDate;
  if (!s || !registered) return [];
  const deadline = registrationDeadline(s.saleDate, s.policy, ctx.calendar);
  if (!deadline || registered <= deadline) return [];
  const days = s.policy.registrationDays;
  return [
    makeFinding('REGISTRATION_LATE', {
      field: 'serial',
      params: { registrationDate: registered, deadline, days },
      clause: clauseOf('clause.registration', s.policy, { days }),
    }),
  ];
};
