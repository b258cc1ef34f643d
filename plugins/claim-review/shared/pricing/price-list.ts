import type { IsoDate } from '../contracts/money';
import type { LabourOpFacts, RateFacts } from '../contracts/facts';

/**
 * The row in force on a date: the latest effectiveFrom not after it (docs/api.md). On equal
 * dates the later row in the list wins, so a correction entered later takes over.
 */
export function priceOn<T extends { effectiveFrom: IsoDate }>(
  rows: readonly T[],
  date: IsoDate,
): T | null {
  let best: T | null = null;
  for (const r of rows) {
    if (r.effectiveFrom <= date && (best === null || r.effectiveFrom >= best.effectiveFrom)) best = r;
  }
  return best;
}

/** The labour rate of a dealer tier in force on a date. */
export function rateOn(
  rates: readonly (RateFacts & { effectiveFrom: IsoDate })[],
  tier: number,
  date: IsoDate,
): RateFacts | null {
  return priceOn(
    rates.filter((r) => r.tier === tier),
    date,
  );
}

/** A model's own standard hours win over the operation's generic row. */
export function operationFor(
  operations: readonly LabourOpFacts[],
  code: string,
  modelCode: string | null | undefined,
): LabourOpFacts | null {
  const same = operations.filter((o) => o.code === code);
  return (
    same.find((o) => !!modelCode && o.modelCode === modelCode) ??
    same.find((o) => !o.modelCode) ??
    null
  );
}

/** operationFor over every code, as PrecheckContext.operations wants it. */
export function operationsFor(
  operations: readonly LabourOpFacts[],
  modelCode: string | null | undefined,
): Record<string, LabourOpFacts> {
  const out: Record<string, LabourOpFacts> = {};
  for (const code of new Set(operations.map((o) => o.code))) {
    const op = operationFor(operations, code, modelCode);
    if (op) out[code] = op;
  }
  return out;
}
