import type { FailureFigures, FailureRates } from '../contracts/analytics';
import { mulDivRoundHalfUp } from '../pricing/fen';
import { DAYS_PER_UNIT_MONTH } from './settings';

/** Sums as the database hands them over: exposure in unit-days, cost in fen. */
export interface CohortCounts {
  claims: number;
  built: number;
  sold: number;
  exposureDays: number;
  cost: number;
}

export const EMPTY_COUNTS: CohortCounts = { claims: 0, built: 0, sold: 0, exposureDays: 0, cost: 0 };

export function addCounts(a: CohortCounts, b: CohortCounts): CohortCounts {
  return {
    claims: a.claims + b.claims,
    built: a.built + b.built,
    sold: a.sold + b.sold,
    exposureDays: a.exposureDays + b.exposureDays,
    cost: a.cost + b.cost,
  };
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function unitMonths(exposureDays: number): number {
  return exposureDays / DAYS_PER_UNIT_MONTH;
}

/** Claims per unit-month, unrounded: what `relative` compares. */
export function ratePerUnitMonth(c: Pick<CohortCounts, 'claims' | 'exposureDays'>): number | null {
  return c.exposureDays > 0 ? c.claims / unitMonths(c.exposureDays) : null;
}

/**
 * The figures of one row or cohort. `parentRate` is the claims-per-unit-month of what
 * the row is compared with; the relative rate is null without one.
 */
export function figuresOf(c: CohortCounts, parentRate: number | null = null): FailureFigures {
  const own = ratePerUnitMonth(c);
  const rate: FailureRates = {
    perHundredSold: c.sold > 0 ? round2((c.claims * 100) / c.sold) : null,
    perThousandUnitMonths: own === null ? null : round2(own * 1000),
    relative: own === null || parentRate === null || parentRate <= 0 ? null : round2(own / parentRate),
  };
  return {
    claims: c.claims,
    units: { built: c.built, sold: c.sold },
    exposureUnitMonths: Math.round(unitMonths(c.exposureDays) * 10) / 10,
    cost: c.cost,
    costPerUnitSold: c.sold > 0 ? mulDivRoundHalfUp(c.cost, 1, c.sold) : null,
    rate,
  };
}
