import fc from 'fast-check';
import { logGamma, poissonUpperLimit, poissonUpperTail } from '../poisson';

describe('poissonUpperTail: P(X ≥ k), X ~ Poisson(λ)', () => {
  // Reference values from scipy.stats.poisson.sf(k − 1, λ).
  it.each([
    [3, 1, 0.08030139707139418],
    [20, 10, 0.0034543419758568334],
    [2, 0.0833, 0.00328266227452231],
    [3, 0.0833, 9.051237718549802e-5],
    [5, 1.2, 0.007745788276441408],
    [10, 2, 4.649807501726386e-5],
    [50, 20, 1.2458926079719434e-8],
    [1, 5, 0.9932620530009145],
    [4, 4, 0.566529879633291],
    [100, 60, 1.4815276326460494e-6],
  ])('k = %d, λ = %d → %d', (k, lambda, p) => {
    expect(poissonUpperTail(k, lambda) / p).toBeCloseTo(1, 9);
  });

  it.each([
    [0, 3, 1],
    [-1, 3, 1],
    [0, 0, 1],
    [1, 0, 0],
    [7, 0, 0],
  ])('edge k = %d, λ = %d → %d', (k, lambda, p) => {
    expect(poissonUpperTail(k, lambda)).toBe(p);
  });

  it('refuses a fractional count and a negative or infinite λ', () => {
    expect(() => poissonUpperTail(1.5, 1)).toThrow(RangeError);
    expect(() => poissonUpperTail(1, -1)).toThrow(RangeError);
    expect(() => poissonUpperTail(1, Infinity)).toThrow(RangeError);
  });

  const count = fc.integer({ min: 0, max: 400 });
  const lambda = fc.double({ min: 1e-6, max: 300, noNaN: true });

  it('is a probability that falls as k grows and rises as λ grows (property)', () => {
    fc.assert(
      fc.property(count, lambda, fc.double({ min: 0, max: 50, noNaN: true }), (k, l, dl) => {
        const p = poissonUpperTail(k, l);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(poissonUpperTail(k + 1, l)).toBeLessThanOrEqual(p + 1e-12);
        expect(poissonUpperTail(k, l + dl)).toBeGreaterThanOrEqual(p - 1e-12);
      }),
    );
  });

  it('steps down by exactly P(X = k) from k to k + 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.01, max: 40, noNaN: true }), (k, l) => {
        const pmf = Math.exp(-l + k * Math.log(l) - logGamma(k + 1));
        expect(poissonUpperTail(k, l) - poissonUpperTail(k + 1, l)).toBeCloseTo(pmf, 10);
      }),
    );
  });
});

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, Math.log(2)],
    [11, Math.log(3628800)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
  ])('ln Γ(%d)', (x, v) => {
    expect(logGamma(x)).toBeCloseTo(v, 12);
  });

  it('refuses x ≤ 0', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('poissonUpperLimit (exact Garwood bound)', () => {
  // chi2.ppf(0.95, 2(k + 1)) / 2
  it.each([
    [0, 2.9957322735539895],
    [1, 4.743864518390577],
    [2, 6.295793621871988],
    [5, 10.513034908741535],
    [10, 16.962219235721903],
  ])('95 %% upper limit after %d events', (k, limit) => {
    expect(poissonUpperLimit(k)).toBeCloseTo(limit, 6);
  });

  it('leaves exactly 1 − confidence below k + 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (k, conf) => {
        const u = poissonUpperLimit(k, conf);
        expect(u).toBeGreaterThanOrEqual(k);
        expect(1 - poissonUpperTail(k + 1, u)).toBeCloseTo(1 - conf, 6);
      }),
    );
  });
});
