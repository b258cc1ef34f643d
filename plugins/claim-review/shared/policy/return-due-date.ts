import type { IsoDate } from '../contracts/money';
import { daysInMonth, isIsoDate } from '../calendar/date-only';

export const DEFAULT_RETURN_CUTOFFS: readonly string[] = ['06-30', '12-31'];

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
 * The cut-off by which a claim's parts must be back: the first cut-off date ON OR AFTER
 * the approval date. Decided so because the seeds ask parts to return "by the first
 * cut-off after approval" with the cut-off day itself still open, and the dealer can
 * ship with the same delivery run (随销售发货车): an approval on 30 June is due that
 * 30 June, one on 1 July is due 31 December, one on 1 January is due 30 June.
 * Null when the policy lists no valid cut-off.
 */
export function returnDueDate(
  approvalDate: IsoDate,
  returnCutoffs: readonly string[] | null | undefined = DEFAULT_RETURN_CUTOFFS,
): IsoDate | null {
  const year = Number(approvalDate.slice(0, 4));
  let best: IsoDate | null = null;
  for (const y of [year, year + 1]) {
    for (const mmdd of returnCutoffs ?? []) {
      const d = cutoffIn(y, mmdd);
      if (d && d >= approvalDate && (best === null || d < best)) best = d;
    }
    if (best) return best;
  }
  return best;
}
