import { claimRates, scorecardRate } from '../figures';
import { gradeChangeInputSchema, spotCheckDecisionSchema } from '../schemas';

describe('scorecard rates', () => {
  it('counts approvals (whole or partial) among decided claims, and cuts among approvals', () => {
    const { approvalRate, adjustmentRate } = claimRates({ approved: 6, partiallyApproved: 2, rejected: 2 });
    expect(approvalRate).toEqual({ numerator: 8, denominator: 10, rate: 0.8 });
    expect(adjustmentRate).toEqual({ numerator: 2, denominator: 8, rate: 0.25 });
  });

  it('has no rate where nothing was counted', () => {
    expect(claimRates({ approved: 0, partiallyApproved: 0, rejected: 0 }).approvalRate.rate).toBeNull();
    expect(scorecardRate(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});

describe('grade change and spot-check input', () => {
  it('needs a grade A–D and a reason', () => {
    expect(gradeChangeInputSchema.safeParse({ grade: 'D', reason: '虚报索赔，降级' }).success).toBe(true);
    expect(gradeChangeInputSchema.safeParse({ grade: 'E', reason: 'x' }).success).toBe(false);
    expect(gradeChangeInputSchema.safeParse({ grade: 'C', reason: '  ' }).success).toBe(false);
  });

  it('needs a note for a failed check only', () => {
    expect(spotCheckDecisionSchema.safeParse({ result: 'passed' }).success).toBe(true);
    expect(spotCheckDecisionSchema.safeParse({ result: 'failed' }).success).toBe(false);
    expect(spotCheckDecisionSchema.safeParse({ result: 'failed', note: '维修记录与现场不符' }).success).toBe(true);
  });
});
