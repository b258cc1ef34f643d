import type { ScorecardRate } from './answers';

/** Claims of one dealer counted by their outcome (the server counts them in one GROUP BY). */
export interface ScorecardClaimCounts {
  approved: number;
  partiallyApproved: number;
  rejected: number;
}

export function scorecardRate(numerator: number, denominator: number): ScorecardRate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/** Approval: any approval (whole or partial) among decided claims; adjustment: partial among approvals. */
export function claimRates(c: ScorecardClaimCounts): { approvalRate: ScorecardRate; adjustmentRate: ScorecardRate } {
  const approvals = c.approved + c.partiallyApproved;
  return {
    approvalRate: scorecardRate(approvals, approvals + c.rejected),
    adjustmentRate: scorecardRate(c.partiallyApproved, approvals),
  };
}

/**
 * A claim's decision as it stands, from the statuses it can be in after one: `approved`
 * or beyond counts as an approval; whether it was cut is the claim's own record
 * (`partially`), since approved and partially approved claims both move on to parts return.
 */
export const DECIDED_STATUSES = ['rejected', 'approved', 'partially_approved', 'awaiting_parts', 'ready_to_settle', 'settled'] as const;
