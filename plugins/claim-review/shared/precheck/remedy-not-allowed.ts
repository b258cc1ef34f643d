import type { ClaimInput } from '../contracts/inputs';
import type { PolicyFacts } from '../contracts/facts';
import type { PrecheckRule } from './rule';
import { soldUnitWithPolicy } from './rule';
import { clauseOf, makeFinding } from './finding';
import { addDaysIso } from '../calendar/date-only';
import { remedyEntitlements } from './remedy-entitlements';

/**
 * Household vehicles 2021: inside N days or M km a fault of a listed system allows
 * replacement or refund. Without a usage reading the km condition cannot be shown.
 */
export function earlyRemedyApplies(input: ClaimInput, policy: PolicyFacts, saleDate: string): boolean {
  const days = policy.earlyRemedyDays;
  const components = policy.earlyRemedyComponents ?? [];
  if (days === null || days === undefined || !components.includes(input.fault.component)) return false;
  if (input.failureDate > addDaysIso(saleDate, days)) return false;
  const cap = policy.earlyRemedyUsage;
  if (cap === null || cap === undefined) return true;
  return !!input.usage && input.usage.unit === 'km' && input.usage.value <= cap;
}

/**
 * Repair is always a remedy. Refund and replacement are allowed inside their window from
 * the sale (restricted to refundComponents when the policy lists them), inside a
 * national early-remedy window, or once a repeat-repair rule has made them due.
 */
export const remedyNotAllowed: PrecheckRule = (input, ctx) => {
  if (input.remedy === 'repair') return [];
  const s = soldUnitWithPolicy(ctx);
  if (!s) return [];
  const { policy, saleDate } = s;
  const remedy = input.remedy;
  if (remedyEntitlements(input, ctx).some((e) => e.remedies.includes(remedy))) return [];
  if (earlyRemedyApplies(input, policy, saleDate)) return [];

  const days = remedy === 'refund' ? policy.refundDays : policy.replacementDays;
  const clause = clauseOf(remedy === 'refund' ? 'clause.refund' : 'clause.replacement', policy, {
    days: days ?? 0,
  });
  if (days === null || days === undefined) {
    return [makeFinding('REMEDY_NOT_ALLOWED', { field: 'remedy', clause })];
  }
  const until = addDaysIso(saleDate, days);
  if (input.failureDate > until) {
    return [
      makeFinding('REMEDY_NOT_ALLOWED', {
        field: 'remedy',
        variant: remedy,
        params: { failureDate: input.failureDate, days, until },
        clause,
      }),
    ];
  }
  const components = policy.refundComponents ?? [];
  if (components.length && !components.includes(input.fault.component)) {
    return [
      makeFinding('REMEDY_NOT_ALLOWED', {
        field: 'remedy',
        variant: `${remedy}_component`,
        params: { components: components.join(', '), component: input.fault.component },
        clause,
      }),
    ];
  }
  return [];
};
