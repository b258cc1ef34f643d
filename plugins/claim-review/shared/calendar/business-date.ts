import type { IsoDate, IsoDateTime } from '../contracts/money';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * The business date of an instant in the company's zone (docs/api.md: dates are business
 * dates in the company's time zone), whatever zone the host runs in.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function businessDate(now: Date, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  // A formatter costs far more to build than to use: one per zone.
  let fmt = formats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, fmt);
  }
  const byType: Record<string, string> = {};
  for (const p of fmt.formatToParts(now)) byType[p.type] = p.value;
  return `${byType.year.padStart(4, '0')}-${byType.month}-${byType.day}`;
}

/**
 * Repair days as the 2021 household-vehicle rules count them: each 24 hours is a day
 * and a remainder counts as a whole day.
 */
export function repairDays(start: IsoDateTime, end: IsoDateTime): number {
  const ms = Date.parse(end) - Date.parse(start);
  if (!Number.isFinite(ms) || ms <= 0) return 0;
  return Math.ceil(ms / 86_400_000);
}
