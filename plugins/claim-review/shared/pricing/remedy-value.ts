import type { ClaimInput } from '../contracts/inputs';
import type { PrecheckContext } from '../contracts/facts';
import type { RemedyValue } from '../contracts/claim';
import { addDaysIso } from '../calendar/date-only';
import { earlyRemedyApplies } from '../precheck/remedy-not-allowed';
import { soldUnitWithPolicy } from '../precheck/rule';
import { usageCharge } from './usage-charge';

/**
 * The money of a replacement or refund: the unit's price and, where the policy has a
 * usage-charge rate, the charge on the km driven. Household vehicles 2021 waive it in
 * the refund/replacement window from the sale (7 days) and the early-remedy window
 * (60 days / 3,000 km). Null for a repair, or when the unit or policy is not known here.
 */
export function remedyValue(input: ClaimInput, ctx: PrecheckContext): RemedyValue | null {
  if (input.remedy === 'repair') return null;
  const s = soldUnitWithPolicy(ctx);
  if (!s) return null;
  const { policy, saleDate } = s;
  const remedy = input.remedy;
  const unitPrice = typeof s.unit.unitPrice === 'number' ? s.unit.unitPrice : null;
  const windowDays = remedy === 'refund' ? policy.refundDays : policy.replacementDays;
  const components = policy.refundComponents ?? [];
  const inWindow =
    typeof windowDays === 'number' &&
    input.failureDate <= addDaysIso(saleDate, windowDays) &&
    (!components.length || components.includes(input.fault.component));
  const free = inWindow ? 'refund_window' : earlyRemedyApplies(input, policy, saleDate) ? 'early_remedy' : null;
  const rateBp = typeof policy.usageChargeRateBp === 'number' && policy.usageChargeRateBp > 0 ? policy.usageChargeRateBp : null;
  // Odometers read whole km; a decimal reading is rounded so the charge stays exact integer arithmetic.
  const km = rateBp !== null && input.usage?.unit === 'km' ? Math.round(input.usage.value) : null;
  let charge: number | null = 0;
  if (rateBp !== null && free === null) charge = km === null || unitPrice === null ? null : usageCharge(unitPrice, km, rateBp);
  return {
    remedy,
    unitPrice,
    km: rateBp !== null && free === null ? km : null,
    rateBp: free === null ? rateBp : null,
    usageCharge: charge,
    free,
    net: unitPrice !== null && charge !== null ? unitPrice - charge : null,
  };
}
