import { DAYS_PER_UNIT_MONTH, qualitySettings } from '../settings';
import { evaluateJump } from '../alert-rule';
import { evaluateCohorts } from '../cohort-rule';
import { holmAdjust } from '../multiple-testing';

const S = qualitySettings();

/**
 * The worked example of issue 15 item 19. A model of 10,000 units claims a part at
 * 0.001 per unit-month (baseline: 59 claims over 59,500 unit-months, Jeffreys (59 + ½) ÷
 * 59,500 = 0.001). In a 30-day window that predicts 10,000 × 30 ÷ 30.4375 × 0.001 = 9.86
 * claims. One build month of 100 units then fails: 5 extra claims, 15 in all.
 */
describe('a bad build month hidden in a big model (item 19)', () => {
  const unitMonths = (units: number) => (units * 30) / DAYS_PER_UNIT_MONTH;
  const baseline = { baselineClaims: 59, baselineExposureUnitMonths: 59_500, keyPart: false };
  // 11 ordinary build months of 900 units with their ordinary 10 claims, and the bad 100-unit month with 5.
  const ordinary = [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1].map((claims, i) => ({
    buildMonth: `2025-${String(i + 1).padStart(2, '0')}`,
    claims,
    exposureUnitMonths: unitMonths(900),
  }));
  const bad = { buildMonth: '2025-12', claims: 5, exposureUnitMonths: unitMonths(100) };

  it('the model-level test gives p = 0.076: no alarm', () => {
    const v = evaluateJump({ claims: 15, exposureUnitMonths: unitMonths(10_000), ...baseline }, S);
    expect(v.expected).toBeCloseTo(9.856, 3);
    expect(v.pValue).toBeCloseTo(0.076, 3);
    expect(v.raise).toBe(false);
  });

  it('the build-month test gives p ≈ 7×10⁻⁸ and raises after Holm over the 12 months', () => {
    const verdicts = evaluateCohorts({ cohorts: [...ordinary, bad], ...baseline }, S);
    expect(verdicts).toHaveLength(12);
    const month = verdicts.find((v) => v.buildMonth === '2025-12')!;
    expect(month.expected).toBeCloseTo(0.09856, 5);
    expect(month.pValue).toBeGreaterThan(6.5e-8);
    expect(month.pValue).toBeLessThan(7.5e-8);
    expect(month.adjustedPValue).toBeCloseTo(12 * month.pValue, 12);
    expect(month.familySize).toBe(12);
    expect(month).toMatchObject({ raise: true, outcome: 'raise', claims: 5 });
    expect(verdicts.filter((v) => v.raise).map((v) => v.buildMonth)).toEqual(['2025-12']);
  });

  it('is corrected for the number of months tested: a p that passes alone fails among many', () => {
    // 2 claims where 0.0986 are expected: p ≈ 0.0046, under a key part's α = 0.01 alone, not ×12.
    const keyPart = { ...baseline, keyPart: true };
    const lone = evaluateJump({ claims: 2, exposureUnitMonths: unitMonths(100), ...keyPart }, S);
    expect(lone.raise).toBe(true);
    const among = evaluateCohorts({ cohorts: [...ordinary, { ...bad, claims: 2 }], ...keyPart }, S);
    expect(among.find((v) => v.buildMonth === '2025-12')).toMatchObject({ raise: false, outcome: 'not_significant' });
  });

  it('leaves a model with one build month to the model-level test, and skips months without exposure', () => {
    expect(evaluateCohorts({ cohorts: [bad], ...baseline }, S)).toEqual([]);
    expect(evaluateCohorts({ cohorts: [bad, { buildMonth: '2026-01', claims: 0, exposureUnitMonths: 0 }], ...baseline }, S)).toEqual([]);
  });

  it('keeps the count and ratio floors per month', () => {
    const verdicts = evaluateCohorts({ cohorts: [...ordinary, { ...bad, claims: 2 }], ...baseline }, S);
    expect(verdicts.find((v) => v.buildMonth === '2025-12')!.outcome).toBe('too_few_claims');
  });
});

describe('holmAdjust', () => {
  it('multiplies the i-th smallest p by (m − i), keeps the order, caps at 1', () => {
    expect(holmAdjust([0.01, 0.04, 0.03, 0.5])).toEqual([0.04, 0.09, 0.09, 0.5]);
    expect(holmAdjust([0.3, 0.4])).toEqual([0.6, 0.6]);
    expect(holmAdjust([0.9, 0.8])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});
