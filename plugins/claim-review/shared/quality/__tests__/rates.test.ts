import fc from 'fast-check';
import { EMPTY_COUNTS, addCounts, figuresOf, ratePerUnitMonth, unitMonths } from '../rates';
import { DAYS_PER_UNIT_MONTH, qualitySettings, isKeyComponent, methodOf, KEY_COMPONENTS, DEFAULT_QUALITY_SETTINGS } from '../settings';

describe('figuresOf', () => {
  it.each([
    // 8 sold units × 91.3125 days = 730.5 unit-days = 24 unit-months.
    [
      'a cohort with claims',
      { claims: 3, built: 10, sold: 8, exposureDays: 730.5, cost: 45000 },
      0.1,
      { claims: 3, units: { built: 10, sold: 8 }, exposureUnitMonths: 24, cost: 45000, costPerUnitSold: 5625, rate: { perHundredSold: 37.5, perThousandUnitMonths: 125, relative: 1.25 } },
    ],
    [
      'nothing sold yet',
      { claims: 0, built: 4, sold: 0, exposureDays: 0, cost: 0 },
      0.1,
      { claims: 0, units: { built: 4, sold: 0 }, exposureUnitMonths: 0, cost: 0, costPerUnitSold: null, rate: { perHundredSold: null, perThousandUnitMonths: null, relative: null } },
    ],
    [
      'no parent to compare with',
      { claims: 1, built: 3, sold: 3, exposureDays: 3 * DAYS_PER_UNIT_MONTH, cost: 1001 },
      null,
      { claims: 1, units: { built: 3, sold: 3 }, exposureUnitMonths: 3, cost: 1001, costPerUnitSold: 334, rate: { perHundredSold: 33.33, perThousandUnitMonths: 333.33, relative: null } },
    ],
  ])('%s', (_label, counts, parent, expected) => {
    expect(figuresOf(counts, parent)).toEqual(expected);
  });

  it('adds cohorts into their row without losing anything (property)', () => {
    const counts = fc.record({
      claims: fc.integer({ min: 0, max: 1000 }),
      built: fc.integer({ min: 0, max: 10000 }),
      sold: fc.integer({ min: 0, max: 10000 }),
      exposureDays: fc.integer({ min: 0, max: 3_000_000 }),
      cost: fc.integer({ min: 0, max: 100_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(counts, { maxLength: 30 }), (cohorts) => {
        const row = cohorts.reduce(addCounts, EMPTY_COUNTS);
        expect(row.claims).toBe(cohorts.reduce((s, c) => s + c.claims, 0));
        const f = figuresOf(row);
        if (row.sold > 0) expect(Math.abs(f.costPerUnitSold! * row.sold - row.cost)).toBeLessThanOrEqual(row.sold / 2);
        if (row.exposureDays > 0) expect(ratePerUnitMonth(row)).toBeCloseTo(row.claims / unitMonths(row.exposureDays), 12);
      }),
    );
  });
});

describe('quality settings', () => {
  it('watches the seed 000 key parts by default', () => {
    expect(KEY_COMPONENTS).toEqual(['motor', 'controller', 'rear_axle', 'differential', 'frame', 'front_shock', 'rim']);
    expect(isKeyComponent('rim', DEFAULT_QUALITY_SETTINGS)).toBe(true);
    expect(isKeyComponent('brake', DEFAULT_QUALITY_SETTINGS)).toBe(false);
    expect(isKeyComponent(null, DEFAULT_QUALITY_SETTINGS)).toBe(false);
  });

  it('merges overrides over the defaults and reports the method', () => {
    const s = qualitySettings({ keyComponents: ['engine'], alert: { windowDays: 14, standard: { alpha: 0.005 } } });
    expect(s.alert).toMatchObject({ windowDays: 14, baselineDays: 180, standard: { alpha: 0.005, minCount: 3, minRatio: 2 } });
    expect(methodOf(s)).toEqual({
      test: 'poisson-exact',
      windowDays: 14,
      filingLagDays: 30,
      baselineDays: 180,
      cohorts: 'build-month, holm',
      exposure: 'in-warranty unit-months',
      minBaselineExposure: 50,
      standard: { alpha: 0.005, minCount: 3, minRatio: 2 },
      keyPart: { alpha: 0.01, minCount: 2, minRatio: 1.5 },
      keyComponents: ['engine'],
    });
  });

  it.each([
    [{ alert: { windowDays: 0 } }],
    [{ alert: { filingLagDays: -1 } }],
    [{ alert: { standard: { alpha: 1 } } }],
    [{ alert: { keyPart: { minCount: 0 } } }],
    [{ alert: { keyPart: { minRatio: 0.5 } } }],
    [{ anomalies: { repeat: { minClaims: 1 } } }],
    [{ keyComponents: [''] }],
  ])('refuses nonsense %j', (overrides) => {
    expect(() => qualitySettings(overrides as never)).toThrow(RangeError);
  });
});
