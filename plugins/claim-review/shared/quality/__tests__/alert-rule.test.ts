import fc from 'fast-check';
import { alertDedupeKey, alertMessage, alertWindows, alreadyAlerted, evaluateJump, type JumpInput } from '../alert-rule';
import { DEFAULT_QUALITY_SETTINGS as S, qualitySettings } from '../settings';

const jump = (over: Partial<JumpInput>): JumpInput => ({
  claims: 0,
  exposureUnitMonths: 100,
  baselineClaims: 6,
  baselineExposureUnitMonths: 600,
  keyPart: false,
  ...over,
});

describe('evaluateJump', () => {
  // Baseline 6 claims over 600 unit-months: (6 + ½) / 600 × 100 = 1.0833 expected in the window.
  // p-values from scipy.stats.poisson.sf(k − 1, λ).
  it.each([
    ['a jump on a standard part', jump({ claims: 6 }), 'raise', 0.0008955720391495186],
    ['five is not enough for a standard part (α = 0.001)', jump({ claims: 5 }), 'not_significant', 0.005104229657012095],
    ['five is enough for a key part (α = 0.01)', jump({ claims: 5, keyPart: true }), 'raise', 0.005104229657012095],
    ['four is noise even for a key part', jump({ claims: 4, keyPart: true }), 'not_significant', 0.0245288032779163],
    ['a part that never failed: 3 claims on a standard part', jump({ claims: 3, baselineClaims: 0, baselineExposureUnitMonths: 300, exposureUnitMonths: 50 }), 'raise', 9.061882299244246e-5],
    ['a part that never failed: 2 claims are too few for a standard part', jump({ claims: 2, baselineClaims: 0, baselineExposureUnitMonths: 300, exposureUnitMonths: 50 }), 'too_few_claims', 0.0032852174848998156],
    ['a part that never failed: 2 claims raise a key part', jump({ claims: 2, keyPart: true, baselineClaims: 0, baselineExposureUnitMonths: 300, exposureUnitMonths: 50 }), 'raise', 0.0032852174848998156],
    ['a busy part slightly up: ratio below the floor', jump({ claims: 5, baselineClaims: 20 }), 'ratio_too_small', 0.25891993861901264],
    ['a busy part up ×2 but within noise', jump({ claims: 7, baselineClaims: 20 }), 'not_significant', 0.05905423605667116],
  ])('%s', (_label, input, outcome, p) => {
    const v = evaluateJump(input, S);
    expect(v.outcome).toBe(outcome);
    expect(v.raise).toBe(outcome === 'raise');
    expect(v.pValue / p).toBeCloseTo(1, 9);
    expect(v.expected).toBeCloseTo(((input.baselineClaims + 0.5) / input.baselineExposureUnitMonths) * input.exposureUnitMonths, 12);
    expect(v.threshold).toEqual(input.keyPart ? S.alert.keyPart : S.alert.standard);
  });

  it.each([
    ['no exposure in the window', jump({ claims: 9, exposureUnitMonths: 0 }), 'no_exposure'],
    ['a baseline too short to judge', jump({ claims: 9, baselineExposureUnitMonths: 40 }), 'baseline_too_small'],
  ])('does not judge %s', (_label, input, outcome) => {
    const v = evaluateJump(input, S);
    expect(v.outcome).toBe(outcome);
    expect(v.raise).toBe(false);
    expect(v.pValue).toBe(1);
  });

  const inputs = fc.record({
    claims: fc.integer({ min: 0, max: 60 }),
    exposureUnitMonths: fc.double({ min: 1, max: 5000, noNaN: true }),
    baselineClaims: fc.integer({ min: 0, max: 300 }),
    baselineExposureUnitMonths: fc.double({ min: 1, max: 30000, noNaN: true }),
    keyPart: fc.boolean(),
  });

  it('more claims never withdraw an alert; more baseline claims never create one (property)', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 20 }), (input, more) => {
        const v = evaluateJump(input, S);
        if (v.raise) expect(evaluateJump({ ...input, claims: input.claims + more }, S).raise).toBe(true);
        if (!v.raise) expect(evaluateJump({ ...input, baselineClaims: input.baselineClaims + more }, S).raise).toBe(false);
      }),
    );
  });

  it('a key part alarms whenever the same figures alarm a standard part (property)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        if (evaluateJump({ ...input, keyPart: false }, S).raise) expect(evaluateJump({ ...input, keyPart: true }, S).raise).toBe(true);
      }),
    );
  });

  it('never raises below the minimum count, the minimum ratio or above α (property)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const v = evaluateJump(input, S);
        if (!v.raise) return;
        expect(input.claims).toBeGreaterThanOrEqual(v.threshold.minCount);
        expect(v.ratio!).toBeGreaterThanOrEqual(v.threshold.minRatio);
        expect(v.pValue).toBeLessThan(v.threshold.alpha);
      }),
    );
  });

  it('follows overridden thresholds', () => {
    const strict = qualitySettings({ alert: { keyPart: { alpha: 0.001 } } });
    expect(evaluateJump(jump({ claims: 5, keyPart: true }), strict).outcome).toBe('not_significant');
  });
});

describe('alert windows', () => {
  it('ends the window the filing lag (30 days) before the run date and puts the baseline right before it', () => {
    // Run on 30 April: claims of March failures have had their 30 days to be filed (item 20).
    expect(alertWindows('2026-04-30', S)).toEqual({
      current: { from: '2026-03-02', to: '2026-03-31' },
      baseline: { from: '2025-09-03', to: '2026-03-01' },
    });
    expect(alertWindows('2026-03-31', qualitySettings({ alert: { filingLagDays: 0 } })).current).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it.each([
    [null, '2026-03-31', false],
    ['2026-03-01', '2026-03-31', false], // the earlier window ended before this one began
    ['2026-03-02', '2026-03-31', true],
    ['2026-03-30', '2026-03-31', true],
    ['2026-04-02', '2026-03-31', true], // a rerun for an earlier day stays quiet too
  ])('an earlier alert ending %s, window ending %s → already alerted: %s', (previous, windowTo, expected) => {
    expect(alreadyAlerted(previous, windowTo, S)).toBe(expected);
  });

  it('keys an alert by model, part, window end and, for a cohort, build month', () => {
    expect(alertDedupeKey('DZ150', 'DZ-MT-601200', '2026-03-31')).toBe('DZ150|DZ-MT-601200|2026-03-31');
    expect(alertDedupeKey('DZ150', 'DZ-MT-601200', '2026-03-31', '2025-12')).toBe('DZ150|DZ-MT-601200|2026-03-31|2025-12');
  });

  it('names the build month in a cohort alert, in both languages', () => {
    const facts = { modelCode: 'DZ150', buildMonth: '2025-12', partNumber: 'P1', partName: '电机', partNameEn: 'Motor', keyPart: false, windowDays: 30, claims: 5, expected: 0.0986, ratio: 50.7, pValue: 7.1e-8 };
    const m = alertMessage(facts);
    expect(m.zh).toContain('DZ150（2025-12 批次）');
    expect(m.en).toContain('DZ150 (built 2025-12)');
  });
});

describe('alertMessage', () => {
  it('says what jumped, in both languages, and tells a key part apart', () => {
    const facts = { modelCode: 'DZ150', partNumber: 'DZ-MT-601200', partName: '驱动电机总成', partNameEn: 'Drive motor', windowDays: 30, claims: 6, expected: 1.0833, ratio: 5.538, pValue: 0.000896 };
    const standard = alertMessage({ ...facts, keyPart: false });
    expect(standard.zh).toBe('DZ150 配件 DZ-MT-601200（驱动电机总成）索赔率突增：近 30 天 6 单，按基线预期 1.08 单（5.54 倍，p = 9.0e-4）');
    expect(standard.en).toContain('Drive motor');
    const key = alertMessage({ ...facts, keyPart: true });
    expect(key.zh).toMatch(/^重要零件预警/);
    expect(key.en).toMatch(/^Key part warning/);
  });
});
