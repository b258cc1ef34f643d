import type { PrecheckRule } from './rule';
import { visibleUnit } from './rule';
import { makeFinding } from './finding';

export const policyNotFound: PrecheckRule = (_input, ctx) => {
  const unit = visibleUnit(ctx);
  return unit && unit.saleDate && ctx.policy === null
    ? [makeFinding('POLICY_NOT_FOUND', { field: 'serial', params: { model: unit.modelCode } })]
    : [];
};
