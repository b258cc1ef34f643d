import type { HoursTenths } from '../contracts/money';

/**
 * The one place a decimal hour becomes an integer. Inputs carry at most one decimal
 * (the schemas check), so rounding only absorbs the float error of e.g. 1.1 × 10.
 */
export function hoursToTenths(hours: number): HoursTenths {
  return Math.round(hours * 10);
}

export function tenthsToHours(tenths: HoursTenths): number {
  return tenths / 10;
}
