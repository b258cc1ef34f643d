/**
 * The dealer scorecard's grade acting on a claim (seed 000: 经销商降级; DOMAIN.md: credit grade
 * A–D). A claim from a top-grade dealer, under the policy's amount, with no finding, no
 * anomaly flag and no part to return, is approved by the system; anything else is reviewed.
 * A bottom-grade dealer's claims are always reviewed, whatever the policy says.
 */
export const DEALER_GRADES = ['A', 'B', 'C', 'D'] as const;
export type DealerGrade = (typeof DEALER_GRADES)[number];
export const TOP_GRADE: DealerGrade = 'A';
export const BOTTOM_GRADE: DealerGrade = 'D';

/** The rule that decided, named in the audit event; checked in this order, the first that holds decides. */
export type AutoApproveRule =
  | 'BOTTOM_GRADE_ALWAYS_REVIEWED'
  | 'AUTO_APPROVE_OFF'
  | 'GRADE_NOT_TOP'
  | 'AMOUNT_NOT_UNDER_THRESHOLD'
  | 'HAS_FINDINGS'
  | 'HAS_ANOMALY_FLAGS'
  | 'PART_MUST_RETURN'
  | 'LOW_RISK_AUTO_APPROVE';

export interface AutoApproveFacts {
  /** null: the dealer has no grade yet, which is not the top grade. */
  grade: DealerGrade | null;
  payableFen: number;
  /** Precheck findings of any severity: a warning is exactly what a reviewer is for. */
  findings: readonly unknown[];
  anomalyFlags: readonly unknown[];
  anyPartMustReturn: boolean;
}

/** The policy's amount in fen; null or 0 switches automatic approval off. */
export interface AutoApprovePolicy {
  autoApproveUnderFen: number | null;
}

export interface AutoApproveDecision {
  decision: 'auto_approve' | 'review';
  rule: AutoApproveRule;
  /** Every rule that sends it to review, for the reviewer to read; empty when approved. */
  reasons: AutoApproveRule[];
}

export function autoApproveDecision(f: AutoApproveFacts, policy: AutoApprovePolicy): AutoApproveDecision {
  if (!Number.isInteger(f.payableFen)) throw new RangeError(`payable amount must be integer fen: ${f.payableFen}`);
  if (f.grade === BOTTOM_GRADE) return { decision: 'review', rule: 'BOTTOM_GRADE_ALWAYS_REVIEWED', reasons: ['BOTTOM_GRADE_ALWAYS_REVIEWED'] };
  const threshold = policy.autoApproveUnderFen;
  const reasons: AutoApproveRule[] = [];
  if (threshold === null || threshold <= 0) reasons.push('AUTO_APPROVE_OFF');
  if (f.grade !== TOP_GRADE) reasons.push('GRADE_NOT_TOP');
  // "Under" the amount: a claim at exactly the threshold is reviewed.
  if (threshold !== null && threshold > 0 && f.payableFen >= threshold) reasons.push('AMOUNT_NOT_UNDER_THRESHOLD');
  if (f.findings.length > 0) reasons.push('HAS_FINDINGS');
  if (f.anomalyFlags.length > 0) reasons.push('HAS_ANOMALY_FLAGS');
  if (f.anyPartMustReturn) reasons.push('PART_MUST_RETURN');
  if (reasons.length > 0) return { decision: 'review', rule: reasons[0], reasons };
  return { decision: 'auto_approve', rule: 'LOW_RISK_AUTO_APPROVE', reasons: [] };
}
