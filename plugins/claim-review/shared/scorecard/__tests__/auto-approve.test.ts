import { autoApproveDecision, type AutoApproveFacts } from '../auto-approve';

const LOW_RISK: AutoApproveFacts = { grade: 'A', payableFen: 49_999, findings: [], anomalyFlags: [], anyPartMustReturn: false };
const POLICY = { autoApproveUnderFen: 50_000 }; // ¥500.00

describe('low-risk automatic approval by dealer grade', () => {
  it('approves a top-grade claim under the amount with no finding, flag or part to return, naming the rule', () => {
    expect(autoApproveDecision(LOW_RISK, POLICY)).toEqual({ decision: 'auto_approve', rule: 'LOW_RISK_AUTO_APPROVE', reasons: [] });
  });

  it('reviews a claim at exactly the amount: it is not under it (50 000 fen ≥ 50 000 fen)', () => {
    expect(autoApproveDecision({ ...LOW_RISK, payableFen: 50_000 }, POLICY)).toMatchObject({ decision: 'review', rule: 'AMOUNT_NOT_UNDER_THRESHOLD' });
  });

  it('reviews on each single risk, naming it', () => {
    expect(autoApproveDecision({ ...LOW_RISK, grade: 'B' }, POLICY).rule).toBe('GRADE_NOT_TOP');
    expect(autoApproveDecision({ ...LOW_RISK, grade: null }, POLICY).rule).toBe('GRADE_NOT_TOP');
    expect(autoApproveDecision({ ...LOW_RISK, findings: [{ code: 'LABOUR_OVER_STANDARD', severity: 'warning' }] }, POLICY).rule).toBe('HAS_FINDINGS');
    expect(autoApproveDecision({ ...LOW_RISK, anomalyFlags: [{ code: 'DEALER_CLAIM_SPIKE' }] }, POLICY).rule).toBe('HAS_ANOMALY_FLAGS');
    expect(autoApproveDecision({ ...LOW_RISK, anyPartMustReturn: true }, POLICY).rule).toBe('PART_MUST_RETURN');
  });

  it('lists every reason for the reviewer, the first one deciding', () => {
    expect(autoApproveDecision({ grade: 'C', payableFen: 80_000, findings: [{}], anomalyFlags: [], anyPartMustReturn: true }, POLICY)).toEqual({
      decision: 'review',
      rule: 'GRADE_NOT_TOP',
      reasons: ['GRADE_NOT_TOP', 'AMOUNT_NOT_UNDER_THRESHOLD', 'HAS_FINDINGS', 'PART_MUST_RETURN'],
    });
  });

  it('is off when the policy sets no amount', () => {
    expect(autoApproveDecision(LOW_RISK, { autoApproveUnderFen: null })).toMatchObject({ decision: 'review', rule: 'AUTO_APPROVE_OFF' });
    expect(autoApproveDecision({ ...LOW_RISK, payableFen: 0 }, { autoApproveUnderFen: 0 })).toMatchObject({ decision: 'review', rule: 'AUTO_APPROVE_OFF' });
  });

  it('always reviews a bottom-grade dealer, even a ¥0.01 claim with nothing against it', () => {
    expect(autoApproveDecision({ ...LOW_RISK, grade: 'D', payableFen: 1 }, POLICY)).toEqual({
      decision: 'review',
      rule: 'BOTTOM_GRADE_ALWAYS_REVIEWED',
      reasons: ['BOTTOM_GRADE_ALWAYS_REVIEWED'],
    });
  });

  it('refuses an amount that is not whole fen', () => {
    expect(() => autoApproveDecision({ ...LOW_RISK, payableFen: 100.5 }, POLICY)).toThrow(RangeError);
  });
});
