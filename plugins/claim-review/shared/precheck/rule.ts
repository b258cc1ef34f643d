import type { ClaimInput } from '../contracts/inputs';
import type { Finding } from '../contracts/findings';
import type { PolicyFacts, PrecheckContext, UnitFacts } from '../contracts/facts';

/** Every precheck rule: pure, and silent when the facts it needs are not known here. */
export type PrecheckRule = (input: ClaimInput, ctx: PrecheckContext) => Finding[];

/**
 * The unit as the filing dealer may see it. A unit of another dealer's network counts
 * as absent, so no rule can tell the dealer anything about it.
 */
export function visibleUnit(ctx: PrecheckContext): UnitFacts | null | undefined {
  if (ctx.unit === undefined || ctx.unit === null) return ctx.unit;
  if (ctx.dealer && ctx.unit.dealerCode !== ctx.dealer.code) return null;
  return ctx.unit;
}

export interface SoldUnitFacts {
  unit: UnitFacts;
  saleDate: string;
  policy: PolicyFacts;
}

/** Unit, sale date and policy together: what every coverage rule needs. */
export function soldUnitWithPolicy(ctx: PrecheckContext): SoldUnitFacts | undefined {
  const unit = visibleUnit(ctx);
  if (!unit || !unit.saleDate || !ctx.policy) return undefined;
  return { unit, saleDate: unit.saleDate, policy: ctx.policy };
}
