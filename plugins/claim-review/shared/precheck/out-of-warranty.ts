import type { Finding } from '../contracts/findings';
import type { PrecheckRule } from './rule';
import { soldUnitWithPolicy } from './rule';
import { clauseOf, makeFinding } from './finding';
import { coverage, coveredUntil, wearPartUntil } from '../policy/coverage';

/**
 * Covered while the failure is inside the whole-unit period (or the longer repair
 * warranty), or inside the main-component period when the fault is in a main
 * component. Each part is covered by its own component's period: past the whole-unit
 * period a main-component fault does not cover a part of another component (a headlamp
 * replaced with the motor). A part naming no component goes with the fault. A wear part
 * is covered only for its own months.
 */
export const outOfWarranty: PrecheckRule = (input, ctx) => {
  const s = soldUnitWithPolicy(ctx);
  if (!s) return [];
  const { failureDate } = input;
  const cov = coverage(s.unit, s.policy);
  const mainFault = s.unit.mainComponents.includes(input.fault.component);
  const until = coveredUntil(cov, mainFault);

  if (!until || failureDate > until) {
    const byMain = mainFault && until === cov.mainComponentsUntil;
    const byWarranty = !byMain && !!cov.warrantyUntil && until === cov.warrantyUntil;
    const clause = byMain
      ? clauseOf('clause.main_component', s.policy, { months: s.policy.mainComponentMonths })
      : byWarranty
        ? clauseOf('clause.warranty', s.policy, { months: s.policy.warrantyMonths })
        : clauseOf('clause.whole_unit', s.policy, { months: s.policy.wholeUnitMonths });
    return [
      makeFinding('OUT_OF_WARRANTY', {
        field: 'failureDate',
        variant: byMain ? 'main_component' : 'whole_unit',
        params: { failureDate, until: until ?? '—', component: input.fault.component },
        clause,
      }),
    ];
  }

  const out: Finding[] = [];
  const otherPartsUntil = coveredUntil(cov, false);
  const mainOnly = mainFault && (!otherPartsUntil || failureDate > otherPartsUntil);
  input.parts.forEach((p, i) => {
    const part = ctx.parts?.[p.partNumber];
    const ofMain =
      part?.category === 'main_component' || !part?.component || s.unit.mainComponents.includes(part.component);
    if (mainOnly && part && part.category !== 'wear' && !ofMain) {
      out.push(
        makeFinding('OUT_OF_WARRANTY', {
          field: `parts.${i}.partNumber`,
          variant: 'other_part',
          params: { partNumber: p.partNumber, component: part.component ?? '—', until: otherPartsUntil ?? '—' },
          clause: clauseOf('clause.whole_unit', s.policy, { months: s.policy.wholeUnitMonths }),
        }),
      );
      return;
    }
    const months = part?.wearMonths;
    if (part?.category !== 'wear' || months === null || months === undefined) return;
    const wearUntil = wearPartUntil(s.saleDate, months);
    if (failureDate <= wearUntil) return;
    out.push(
      makeFinding('OUT_OF_WARRANTY', {
        field: `parts.${i}.partNumber`,
        variant: 'wear_part',
        params: { partNumber: p.partNumber, months, until: wearUntil },
        clause: clauseOf('clause.wear_part', s.policy, { months }),
      }),
    );
  });
  return out;
};
