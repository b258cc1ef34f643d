import { drawSpotChecks, isDrawnForSpotCheck, seededRandom } from '../spot-check';

const claims = Array.from({ length: 25 }, (_, i) => `CR-202611-${String(i + 1).padStart(5, '0')}`);

describe('the spot-check draw', () => {
  it('draws ceil(share × n): 10 % of 25 claims = 2.5 → 3, from the list, in list order, without repeats', () => {
    const drawn = drawSpotChecks(claims, 1000, seededRandom('2026-W49'));
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn).size).toBe(3);
    expect(drawn.every((c) => claims.includes(c))).toBe(true);
    expect(drawn).toEqual([...drawn].sort((a, b) => claims.indexOf(a) - claims.indexOf(b)));
  });

  it('is the same under the same seed, and another seed draws another sample', () => {
    const a = drawSpotChecks(claims, 2000, seededRandom('2026-W49'));
    expect(drawSpotChecks(claims, 2000, seededRandom('2026-W49'))).toEqual(a);
    const others = ['2026-W50', '2026-W51', '2026-W52'].map((s) => drawSpotChecks(claims, 2000, seededRandom(s)));
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(a))).toBe(true);
  });

  it('draws none at 0 % and all at 100 %', () => {
    expect(drawSpotChecks(claims, 0, seededRandom(1))).toEqual([]);
    expect(drawSpotChecks(claims, 10_000, seededRandom(1))).toEqual(claims);
  });

  it('decides one claim at approval the same way every time', () => {
    const first = claims.map((c) => isDrawnForSpotCheck(c, 3000, 'policy-2026'));
    expect(claims.map((c) => isDrawnForSpotCheck(c, 3000, 'policy-2026'))).toEqual(first);
    expect(claims.every((c) => !isDrawnForSpotCheck(c, 0, 'policy-2026'))).toBe(true);
    expect(claims.every((c) => isDrawnForSpotCheck(c, 10_000, 'policy-2026'))).toBe(true);
  });

  it('draws about the share over many claims: 10 % of 10 000 is 1 000, σ = √(10 000 × 0.1 × 0.9) = 30, so within ±4σ = 880–1 120', () => {
    let drawn = 0;
    for (let i = 1; i <= 10_000; i += 1) if (isDrawnForSpotCheck(`CR-2026-${i}`, 1000, 'seed')) drawn += 1;
    expect(drawn).toBeGreaterThanOrEqual(880);
    expect(drawn).toBeLessThanOrEqual(1120);
  });

  it('refuses a share outside 0–10 000 basis points', () => {
    expect(() => drawSpotChecks(claims, 10_001, seededRandom(1))).toThrow(RangeError);
    expect(() => isDrawnForSpotCheck('CR-1', -1, 's')).toThrow(RangeError);
    expect(() => isDrawnForSpotCheck('CR-1', 12.5, 's')).toThrow(RangeError);
  });
});
