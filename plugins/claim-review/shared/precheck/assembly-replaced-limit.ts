import type { PrecheckRule } from './rule';
import { makeFinding } from './finding';
import { assemblyReplacedLimit as entitlement } from './remedy-entitlements';

/** ASSEMBLY_REPLACED_LIMIT: a warning to the reviewer that replacement or refund is now due. */
export const assemblyReplacedLimit: PrecheckRule = (input, ctx) => {
  const e = entitlement(input, ctx);
  return e ? [makeFinding(e.code, { field: e.field, variant: e.variant, params: e.params, clause: e.clause })] : [];
};
