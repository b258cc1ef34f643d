/**
 * Spot checks of auto-approved claims (seed 000: 销售业务员…对三包维修进行抽查监督). The draw is
 * a pure function of a seed, so an auditor can replay it: the same seed and claim always
 * give the same answer, and the share is a setting in basis points (1000 = 10 %).
 */
export const BASIS_POINTS = 10_000;

/** FNV-1a, 32 bits: spreads a seed text over the generator's state. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator of 32-bit unsigned integers; not for secrets, only for a replayable draw. */
export function seededRandom(seed: number | string): () => number {
  let state = (typeof seed === 'string' ? hashSeed(seed) : seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function checkShare(shareBp: number): void {
  if (!Number.isInteger(shareBp) || shareBp < 0 || shareBp > BASIS_POINTS) throw new RangeError(`spot-check share must be 0–10000 basis points: ${shareBp}`);
}

/**
 * Whether one auto-approved claim is drawn, decided when it is approved: a 32-bit draw u
 * from the seed and the claim number, drawn when u × 10000 < share × 2³² (integers, exact).
 */
export function isDrawnForSpotCheck(claimNumber: string, shareBp: number, seed: string): boolean {
  checkShare(shareBp);
  const u = seededRandom(`${seed}|${claimNumber}`)();
  return u * BASIS_POINTS < shareBp * 2 ** 32;
}

/**
 * A batch draw of exactly ceil(share × n) claims from a list (a reviewer's weekly sample),
 * by a partial Fisher–Yates shuffle on the given generator; the answer keeps list order.
 */
export function drawSpotChecks<T>(items: readonly T[], shareBp: number, random: () => number): T[] {
  checkShare(shareBp);
  const count = Math.ceil((items.length * shareBp) / BASIS_POINTS);
  const index = items.map((_, i) => i);
  for (let i = 0; i < count; i += 1) {
    const j = i + (random() % (index.length - i));
    [index[i], index[j]] = [index[j], index[i]];
  }
  return index
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}
