import type { PrecheckRule } from './rule';
import { makeFinding } from './finding';
import { repeatFailure as entitlement } from './remedy-entitlements';

/** REPEAT_FAILURE: a warning to the reviewer that replacement or refund is now due. */
export const repeatFailure: PrecheckRule = (input, ctx) => {
  const e = entitlement(input, ctx);
  return e ? [makeFinding(e.code, { field: e.field, variant: e.variant, params: e.params, clause: e.clause })] : [];
};
