import type { IsoDate } from '../contracts/money';
import { addDaysIso } from '../calendar/date-only';
import type { KpiDimension, KpiGroupFigures } from './contracts';
import { periodKey, type KpiPeriod } from './grouping';
import type { KpiDimensions } from './records';
import { addTally, emptyTally, kpiFiguresOfTally, type KpiTally } from './tally';

/** A tally at some dimensions: one record's (base tables) or one day's group (the rollup). */
export interface TalliedRow extends KpiDimensions {
  tally: KpiTally;
}

function fold(rows: readonly TalliedRow[], keyOf: (r: TalliedRow) => string | null): KpiGroupFigures[] {
  const sums = new Map<string | null, KpiTally>();
  for (const r of rows) {
    const k = keyOf(r);
    let t = sums.get(k);
    if (!t) sums.set(k, (t = emptyTally()));
    addTally(t, r.tally);
  }
  // Values first in order, records without a value last: the same order as groupRecords.
  const keys = [...sums.keys()].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  return keys.map((key) => ({ key, figures: kpiFiguresOfTally(sums.get(key)!) }));
}

/**
 * The page's figures from tallied rows, whichever source summed them: the totals, the
 * trend by period and the table by one dimension. Both sources go through this one fold,
 * so equal tallies give equal answers.
 */
export function kpiFigures(rows: readonly TalliedRow[], period: KpiPeriod, by: KpiDimension) {
  const total = emptyTally();
  for (const r of rows) addTally(total, r.tally);
  return {
    totals: kpiFiguresOfTally(total),
    periods: fold(rows, (r) => periodKey(r.date, period)),
    groups: fold(rows, (r) => r[by]),
  };
}

/** The first and last business dates of a period key (2026-11, 2026-W45, 2026-11-02); null when the key is not one. */
export function periodDates(key: string, period: KpiPeriod): { from: IsoDate; to: IsoDate } | null {
  if (period === 'day') return /^\d{4}-\d{2}-\d{2}$/.test(key) ? { from: key, to: key } : null;
  if (period === 'month') {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) return null;
    const [y, m] = key.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${key}-01`, to: `${key}-${String(last).padStart(2, '0')}` };
  }
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  // Week 1 holds 4 January; its Monday starts the ISO year.
  const jan4 = new Date(Date.UTC(Number(match[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const from = new Date(monday.getTime() + (Number(match[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  if (periodKey(from, 'week') !== key) return null;
  return { from, to: addDaysIso(from, 6) };
}
