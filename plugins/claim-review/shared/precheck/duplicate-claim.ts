import type { Finding } from '../contracts/findings';
import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';
import { countedPriors } from './claim-history';
import { daysBetween } from '../calendar/date-only';

/** The same part on the same unit in another counted claim repaired within the window (either side). */
export const duplicateClaim: PrecheckRule = (input, ctx) => {
  const priors = countedPriors(ctx);
  const days = ctx.policy?.duplicateWindowDays;
  if (!priors || !ctx.policy || days === null || days === undefined) return [];
  const out: Finding[] = [];
  input.parts.forEach((p, i) => {
    const twin = priors.find(
      (c) => c.partNumbers.includes(p.partNumber) && Math.abs(daysBetween(c.repairDate, input.repairDate)) <= days,
    );
    if (!twin) return;
    out.push(
      makeFinding('DUPLICATE_CLAIM', {
        field: `parts.${i}.partNumber`,
        params: { partNumber: p.partNumber, claimNumber: twin.number, repairDate: twin.repairDate, days },
        clause: clauseOf('clause.duplicate', ctx.policy, { days }),
      }),
    );
  });
  return out;
};
