import type { PrecheckRule } from './rule';
import { makeFinding } from './finding';
import { repairTimeExceeded as entitlement } from './remedy-entitlements';

/** REPAIR_TIME_EXCEEDED: farm machinery, the repair overran its working days, so an exchange is due. */
export const repairTimeExceeded: PrecheckRule = (input, ctx) => {
  const e = entitlement(input, ctx);
  return e ? [makeFinding(e.code, { field: e.field, params: e.params, clause: e.clause })] : [];
};
