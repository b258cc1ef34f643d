/**
 * The exact Poisson test the quality alerts rest on. Claims of one part on one model
 * arrive as rare, independent events, so their count over an exposure (unit-months in
 * service) is Poisson; "has the rate jumped?" is then the chance of seeing at least the
 * observed count if the rate were still the baseline one.
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7): relative error below 1e-13, enough for p-values. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError('logGamma needs x > 0');
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln P(X = k) for X ~ Poisson(λ), λ > 0. */
function logPmf(k: number, lambda: number): number {
  return -lambda + k * Math.log(lambda) - logGamma(k + 1);
}

/**
 * P(X ≥ k) for X ~ Poisson(λ): the one-sided p-value of observing k or more.
 * Summed from the side where the terms are small, so a tiny p keeps its digits
 * instead of being lost in 1 − (something close to 1).
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (!Number.isInteger(k)) throw new RangeError('k must be an integer');
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError('lambda must be finite and ≥ 0');
  if (k <= 0) return 1;
  if (lambda === 0) return 0;
  if (k > lambda) {
    // Upper terms fall at least geometrically (ratio λ/(i+1) < 1) once i ≥ k > λ.
    let term = Math.exp(logPmf(k, lambda));
    let sum = 0;
    for (let i = k; term > 0 && term > sum * 1e-17 && i < k + 100_000; i++) {
      sum += term;
      term *= lambda / (i + 1);
    }
    return Math.min(1, sum);
  }
  // k ≤ λ: the lower tail P(X ≤ k − 1) is the smaller one; sum it downwards from k − 1.
  let term = Math.exp(logPmf(k - 1, lambda));
  let lower = 0;
  for (let i = k - 1; i >= 0 && term > 0; i--) {
    lower += term;
    if (term < lower * 1e-17) break;
    term *= i / lambda;
  }
  return Math.min(1, Math.max(0, 1 - lower));
}

/**
 * The exact (Garwood) upper confidence limit of a Poisson mean after observing k:
 * the λ with P(X ≤ k | λ) = 1 − confidence. Used to show how high a small count's
 * true rate could plausibly be.
 */
export function poissonUpperLimit(k: number, confidence = 0.95): number {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('k must be a non-negative integer');
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be in (0, 1)');
  const target = 1 - confidence;
  // P(X ≤ k | λ) = 1 − P(X ≥ k + 1 | λ) falls as λ grows: bisect.
  const cdf = (lambda: number) => 1 - poissonUpperTail(k + 1, lambda);
  let lo = k;
  let hi = Math.max(1, 2 * k + 10);
  while (cdf(hi) > target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-10 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
