import { KPI_TARGETS, type KpiName, type KpiTarget } from './targets';

/** A record's share in a KPI: how much it adds to the numerator and to the denominator (0 and 0: not counted). */
export interface KpiCounts {
  numerator: number;
  denominator: number;
}

export const NO_COUNTS: KpiCounts = { numerator: 0, denominator: 0 };

export interface KpiFigure extends KpiCounts {
  kpi: KpiName;
  /** numerator × scale ÷ denominator, unrounded; null when nothing was counted. */
  rate: number | null;
  /** null when nothing was counted: no figure meets or misses a target. */
  meetsTarget: boolean | null;
  target: KpiTarget;
}

export function addKpiCounts(a: KpiCounts, b: KpiCounts): KpiCounts {
  return { numerator: a.numerator + b.numerator, denominator: a.denominator + b.denominator };
}

export function sumCounts<R>(records: readonly R[], countsOf: (r: R) => KpiCounts): KpiCounts {
  let numerator = 0;
  let denominator = 0;
  for (const r of records) {
    const c = countsOf(r);
    numerator += c.numerator;
    denominator += c.denominator;
  }
  return { numerator, denominator };
}

/** Compared on integers: n × scale × q ≥ p × d for a threshold p/q, so 98/100 is met by exactly 98 %. */
export function meetsTarget(counts: KpiCounts, target: KpiTarget): boolean | null {
  if (counts.denominator === 0) return null;
  const left = counts.numerator * target.scale * target.denominator;
  const right = target.numerator * counts.denominator;
  return target.direction === 'at_least' ? left >= right : left <= right;
}

export function kpiFigure(kpi: KpiName, counts: KpiCounts, targets: Readonly<Record<KpiName, KpiTarget>> = KPI_TARGETS): KpiFigure {
  const target = targets[kpi];
  const rate = counts.denominator === 0 ? null : (counts.numerator * target.scale) / counts.denominator;
  return { kpi, numerator: counts.numerator, denominator: counts.denominator, rate, meetsTarget: meetsTarget(counts, target), target };
}
