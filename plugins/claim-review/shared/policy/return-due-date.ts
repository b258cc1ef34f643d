import type { IsoDate } from '../contracts/money';
import { addDaysIso, daysInMonth, isIsoDate } from '../calendar/date-only';

export const DEFAULT_RETURN_CUTOFFS: readonly string[] = ['06-30', '12-31'];
/** Half a month to pack and ship: a claim approved on 29 June is not due on 30 June. */
export const DEFAULT_RETURN_MIN_DAYS = 15;

const MM_DD = /^(\d{2})-(\d{2})$/;

function cutoffIn(year: number, mmdd: string): IsoDate | null {
  const m = MM_DD.exec(mmdd);
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  // "02-29" in a common year falls on the month's last day, as periods do (art. 201).
  const day = Math.min(Number(m[2]), daysInMonth(year, month));
  const iso = `${String(year).padStart(4, '0')}-${m[1]}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The cut-off by which a claim's parts must be back: the first cut-off date at least
 * `minDays` (policy returnMinDays, default 15) after the approval date, that day
 * included, counted as periods are (approval + N). The cut-off day itself is still open.
 * With the 30 June / 31 December defaults: an approval on 15 June is due 30 June, one on
 * 16 or 29 June is due 31 December, one on 17 December is due 30 June next year.
 * With minDays 0 the cut-off on the approval day itself counts. Null when the policy
 * lists no valid cut-off.
 */
export function returnDueDate(
  approvalDate: IsoDate,
  returnCutoffs: readonly string[] | null | undefined = DEFAULT_RETURN_CUTOFFS,
  minDays: number | null | undefined = DEFAULT_RETURN_MIN_DAYS,
): IsoDate | null {
  const earliest = addDaysIso(approvalDate, Math.max(0, minDays ?? DEFAULT_RETURN_MIN_DAYS));
  const year = Number(earliest.slice(0, 4));
  let best: IsoDate | null = null;
  for (const y of [year, year + 1]) {
    for (const mmdd of returnCutoffs ?? []) {
      const d = cutoffIn(y, mmdd);
      if (d && d >= earliest && (best === null || d < best)) best = d;
    }
    if (best) return best;
  }
  return best;
}
