import type { Finding } from '../contracts/findings';
import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';
import { hoursToTenths, tenthsToHours } from '../pricing/hours';

/** A warning only: the hours are priced as claimed and the reviewer may adjust them. */
export const labourOverStandard: PrecheckRule = (input, ctx) => {
  const out: Finding[] = [];
  input.labour.forEach((l, i) => {
    const op = ctx.operations?.[l.operation];
    if (!op || hoursToTenths(l.hours) <= op.standardHoursTenths) return;
    const standard = tenthsToHours(op.standardHoursTenths);
    out.push(
      makeFinding('LABOUR_OVER_STANDARD', {
        field: `labour.${i}.hours`,
        params: { operation: l.operation, hours: l.hours, standard },
        clause: clauseOf('clause.labour_standard', null, { operation: l.operation, standard }),
      }),
    );
  });
  return out;
};
