import type { ClaimInput } from '../contracts/inputs';
import type { PrecheckContext, PriorClaim } from '../contracts/facts';
import type { IsoDate } from '../contracts/money';

/**
 * The unit's other claims that count as repairs: rejected claims were never repairs the
 * manufacturer recognised and drafts were never filed; the claim being checked is left
 * out. Undefined when the history is not known here.
 */
export function countedPriors(ctx: PrecheckContext): PriorClaim[] | undefined {
  if (!ctx.history) return undefined;
  return ctx.history.filter(
    (c) => c.status !== 'rejected' && c.status !== 'draft' && c.number !== ctx.claimNumber,
  );
}

/** Repairs finished before this failure whose own failure fell inside [sale, until]. */
export function repairsBefore(
  priors: readonly PriorClaim[],
  input: Pick<ClaimInput, 'failureDate'>,
  saleDate: IsoDate,
  until: IsoDate,
): PriorClaim[] {
  return priors.filter(
    (p) => p.repairDate <= input.failureDate && p.failureDate >= saleDate && p.failureDate <= until,
  );
}
