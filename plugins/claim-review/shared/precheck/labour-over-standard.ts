import type { Finding } from '../contracts/findings';
import type { LabourOpFacts } from '../contracts/facts';
import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';
import { hoursToTenths, tenthsToHours } from '../pricing/hours';

/**
 * LABOUR_OVER_STANDARD for one labour line, or null when the hours are within the
 * operation's standard hours. Claims and quotes both warn with it.
 */
export function labourOverStandardFinding(index: number, operation: string, hours: number, op: LabourOpFacts | undefined): Finding | null {
  if (!op || hoursToTenths(hours) <= op.standardHoursTenths) return null;
  const standard = tenthsToHours(op.standardHoursTenths);
  return makeFinding('LABOUR_OVER_STANDARD', {
    field: `labour.${index}.hours`,
    params: { operation, hours, standard },
    clause: clauseOf('clause.labour_standard', null, { operation, standard }),
  });
}

/** A warning only: the hours are priced as claimed and the reviewer may adjust them. */
export const labourOverStandard: PrecheckRule = (input, ctx) => {
  const out: Finding[] = [];
  input.labour.forEach((l, i) => {
    const finding = labourOverStandardFinding(i, l.operation, l.hours, ctx.operations?.[l.operation]);
    if (finding) out.push(finding);
  });
  return out;
};
