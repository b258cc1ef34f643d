import type { PolicyFacts } from '../contracts/facts';
import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';

const capped = (n: number | null | undefined) => typeof n === 'number';

/** A policy caps usage when any of its windows is counted in km or hours as well as in time. */
export function capsUsage(policy: PolicyFacts): boolean {
  return !!policy.usageUnit && (capped(policy.usageCap) || capped(policy.warrantyUsageCap) || capped(policy.earlyRemedyUsage));
}

/**
 * USAGE_REQUIRED: where the policy caps usage, the odometer or hour-meter reading is
 * required, in the policy's unit; leaving it out or giving it in another unit would
 * skip the cap instead of meeting it.
 */
export const usageRequired: PrecheckRule = (input, ctx) => {
  const policy = ctx.policy;
  if (!policy || !capsUsage(policy)) return [];
  const unit = policy.usageUnit!;
  const clause = clauseOf('clause.usage_reading', policy, { unit });
  if (!input.usage) return [makeFinding('USAGE_REQUIRED', { field: 'usage.value', params: { unit }, clause })];
  if (input.usage.unit !== unit) {
    return [
      makeFinding('USAGE_REQUIRED', {
        field: 'usage.unit',
        variant: 'unit',
        params: { unit, given: input.usage.unit },
        clause,
      }),
    ];
  }
  return [];
};
