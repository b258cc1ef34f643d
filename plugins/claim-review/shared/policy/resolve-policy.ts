import type { IsoDate } from '../contracts/money';
import type { PolicyFacts, UnitFacts } from '../contracts/facts';

function newest(candidates: PolicyFacts[]): PolicyFacts | null {
  let best: PolicyFacts | null = null;
  for (const p of candidates) if (best === null || p.effectiveFrom > best.effectiveFrom) best = p;
  return best;
}

/**
 * The policy that governs a unit (docs/api.md): the newest whose effectiveFrom is not after
 * the sale date, for the unit's model, else for its category. A policy naming neither
 * model nor category is the company-wide fallback (the seeded company default).
 * `onDate` stands in for the sale date of a unit not yet sold (e.g. a registration
 * being checked, or a quote); the unit's own sale date always wins.
 */
export function resolvePolicy(
  policies: readonly PolicyFacts[],
  unit: Pick<UnitFacts, 'modelCode' | 'category' | 'saleDate'>,
  onDate?: IsoDate | null,
): PolicyFacts | null {
  const date = unit.saleDate ?? onDate;
  if (!date) return null;
  const inForce = policies.filter((p) => p.effectiveFrom <= date);
  const byModel = inForce.filter((p) => !!p.modelCode && p.modelCode === unit.modelCode);
  if (byModel.length) return newest(byModel);
  const byCategory = inForce.filter(
    (p) => !p.modelCode && !!p.category && p.category === unit.category,
  );
  if (byCategory.length) return newest(byCategory);
  return newest(inForce.filter((p) => !p.modelCode && !p.category));
}
