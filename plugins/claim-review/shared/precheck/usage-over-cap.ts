import type { PrecheckRule } from './rule';
import { makeFinding, clauseOf } from './finding';

/**
 * The cap that ends all cover: the repair warranty's where the policy has one
 * (household vehicles: 60,000 km), else the 三包 cap. Usage in another unit than the
 * policy's cannot be compared and is left to the reviewer.
 */
export const usageOverCap: PrecheckRule = (input, ctx) => {
  const policy = ctx.policy;
  const usage = input.usage;
  if (!policy || !usage || !policy.usageUnit || usage.unit !== policy.usageUnit) return [];
  const caps = [policy.usageCap, policy.warrantyUsageCap].filter(
    (c): c is number => typeof c === 'number',
  );
  if (!caps.length) return [];
  const cap = Math.max(...caps);
  if (usage.value <= cap) return [];
  return [
    makeFinding('USAGE_OVER_CAP', {
      field: 'usage.value',
      params: { value: usage.value, cap, unit: usage.unit },
      clause: clauseOf('clause.usage_cap', policy, { cap, unit: usage.unit }),
    }),
  ];
};
