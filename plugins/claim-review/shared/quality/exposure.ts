import type { IsoDate } from '../contracts/money';
import { daysBetween } from '../calendar/date-only';
import { DAYS_PER_UNIT_MONTH } from './settings';

/**
 * Days of warranty a period of `months` gives, as the exposure counts them: months ×
 * 30.4375 rounded, the average month length (a Civil Code month period differs from it
 * by at most two days, which is noise next to a unit-month).
 */
export function coverageDays(months: number): number {
  return Math.round(months * DAYS_PER_UNIT_MONTH);
}

/**
 * Days a unit sold on `saleDate` is in service AND in warranty inside [from, end], the
 * sale day included and the last covered day sale + coverDays included: a unit out of
 * warranty cannot claim, so it adds nothing to the denominator of a claim rate.
 * `coverDays` null = the period is not known (no policy): every day counts.
 * The SQL of the analytics service computes the same sum in the database.
 */
export function inWarrantyDays(saleDate: IsoDate | null, from: IsoDate, end: IsoDate, coverDays: number | null): number {
  if (!saleDate || saleDate > end || from > end) return 0;
  const s = daysBetween(from, saleDate);
  const e = daysBetween(from, end);
  const first = Math.max(s, 0);
  const last = coverDays === null ? e : Math.min(e, s + coverDays);
  return last >= first ? last - first + 1 : 0;
}
