import type { KpiFigure, KpiGroupFigures } from '../kpi';
import type { KpiName } from '../kpi/targets';
import type { ReportWeek } from './week';

/** What the server gathers for a week; everything else is derived here. */
export interface WeeklyReportInputs {
  week: ReportWeek;
  kpiTotals: KpiFigure[];
  /** Figures per dealer (key: dealer code; null: no dealer). */
  kpiByDealer: KpiGroupFigures[];
  /** Follow-up calls of the week: whether the customer was reached and the satisfaction given (1–5). */
  followUps: Array<{ reached: boolean; satisfaction: number | null }>;
  complaints: Array<{ channel: string; severity: string; subjectKind: string }>;
  breaches: Array<{ timer: string }>;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface DealerBelowTarget {
  dealer: string;
  failing: Array<{ kpi: KpiName; numerator: number; denominator: number; rate: number | null }>;
}

export interface WeeklyReport {
  week: ReportWeek;
  followUps: { total: number; reached: number; notReached: number; bySatisfaction: CountRow[] };
  complaints: { total: number; byChannel: CountRow[]; bySeverity: CountRow[]; bySubjectKind: CountRow[] };
  breaches: { total: number; byTimer: CountRow[] };
  kpis: KpiFigure[];
  dealersBelowTarget: DealerBelowTarget[];
}

/** Counts by key, keys in order: the same input always gives the same rows. */
function countBy<T>(items: readonly T[], keyOf: (t: T) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(keyOf(i), (counts.get(keyOf(i)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, count]) => ({ key, count }));
}

/** The report's sections. A dealer is below target when any of its figures misses (meetsTarget false; null is no figure). */
export function buildWeeklyReport(i: WeeklyReportInputs): WeeklyReport {
  const reached = i.followUps.filter((f) => f.reached);
  const dealersBelowTarget: DealerBelowTarget[] = [];
  for (const g of i.kpiByDealer) {
    if (g.key === null) continue;
    const failing = g.figures.filter((f) => f.meetsTarget === false).map((f) => ({ kpi: f.kpi, numerator: f.numerator, denominator: f.denominator, rate: f.rate }));
    if (failing.length) dealersBelowTarget.push({ dealer: g.key, failing });
  }
  dealersBelowTarget.sort((a, b) => (a.dealer < b.dealer ? -1 : 1));
  return {
    week: i.week,
    followUps: {
      total: i.followUps.length,
      reached: reached.length,
      notReached: i.followUps.length - reached.length,
      bySatisfaction: countBy(
        reached.filter((f) => f.satisfaction !== null),
        (f) => String(f.satisfaction),
      ),
    },
    complaints: {
      total: i.complaints.length,
      byChannel: countBy(i.complaints, (c) => c.channel),
      bySeverity: countBy(i.complaints, (c) => c.severity),
      bySubjectKind: countBy(i.complaints, (c) => c.subjectKind),
    },
    breaches: { total: i.breaches.length, byTimer: countBy(i.breaches, (b) => b.timer) },
    kpis: i.kpiTotals,
    dealersBelowTarget,
  };
}

export const WEEKLY_CSV_COLUMNS = ['week', 'section', 'key', 'dealer', 'count', 'numerator', 'denominator', 'meetsTarget'] as const;

/** One row per figure of the report, stable keys for a spreadsheet: section, key, and the figure's counts. */
export function weeklyCsvRows(r: WeeklyReport): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [];
  const counts = (section: string, list: CountRow[]) => list.forEach((c) => rows.push([r.week.key, section, c.key, null, c.count, null, null, null]));
  rows.push([r.week.key, 'follow_up', 'total', null, r.followUps.total, null, null, null]);
  rows.push([r.week.key, 'follow_up', 'reached', null, r.followUps.reached, null, null, null]);
  rows.push([r.week.key, 'follow_up', 'not_reached', null, r.followUps.notReached, null, null, null]);
  counts('follow_up_satisfaction', r.followUps.bySatisfaction);
  rows.push([r.week.key, 'complaint', 'total', null, r.complaints.total, null, null, null]);
  counts('complaint_channel', r.complaints.byChannel);
  counts('complaint_severity', r.complaints.bySeverity);
  counts('complaint_subject_kind', r.complaints.bySubjectKind);
  rows.push([r.week.key, 'breach', 'total', null, r.breaches.total, null, null, null]);
  counts('breach_timer', r.breaches.byTimer);
  for (const f of r.kpis) rows.push([r.week.key, 'kpi', f.kpi, null, null, f.numerator, f.denominator, f.meetsTarget === null ? null : String(f.meetsTarget)]);
  for (const d of r.dealersBelowTarget) for (const f of d.failing) rows.push([r.week.key, 'dealer_below_target', f.kpi, d.dealer, null, f.numerator, f.denominator, 'false']);
  return rows;
}
