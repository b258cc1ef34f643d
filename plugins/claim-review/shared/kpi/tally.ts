import { kpiFigure, type KpiCounts, type KpiFigure } from './figure';
import { firstTimeFixCounts, type FirstTimeFixOutcome } from './first-time-fix';
import type { ComplaintKpiRecord, ServiceKpiRecord } from './records';
import { followUpCounts, partsCorrectCounts, satisfactionCounts, timerCounts } from './service-kpis';
import { KPI_NAMES, type KpiName } from './targets';

/*
 * A tally is a record's counts in every KPI at once, flat, so that a stored fact row, an
 * aggregate row and a sum in memory have the same fields: an aggregate kept current adds
 * a record's new tally and subtracts its old one, and the base-table answer sums the same
 * tallies, so the two can be held equal.
 */

/** The KPIs with a numerator and a denominator of their own (complaints per 100 is complaints ÷ services). */
export const TALLIED_KPIS = KPI_NAMES.filter((k) => k !== 'complaints_per_100') as Array<Exclude<KpiName, 'complaints_per_100'>>;
export type TalliedKpi = (typeof TALLIED_KPIS)[number];

const camel = (kpi: string) => kpi.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** The tally field of a KPI's numerator / denominator: on_time_arrange → onTimeArrangeN / onTimeArrangeD. */
export const numeratorField = (kpi: TalliedKpi) => `${camel(kpi)}N`;
export const denominatorField = (kpi: TalliedKpi) => `${camel(kpi)}D`;

/** Every field of a tally, in a fixed order (the stored rows' integer columns). */
export const KPI_TALLY_FIELDS: readonly string[] = ['services', 'complaints', ...TALLIED_KPIS.flatMap((k) => [numeratorField(k), denominatorField(k)])];

export type KpiTally = Record<string, number>;

export function emptyTally(): KpiTally {
  return Object.fromEntries(KPI_TALLY_FIELDS.map((f) => [f, 0]));
}

function put(t: KpiTally, kpi: TalliedKpi, c: KpiCounts): void {
  t[numeratorField(kpi)] = c.numerator;
  t[denominatorField(kpi)] = c.denominator;
}

/** A service request's tally; `firstTimeFix` is its outcome against the unit's later requests. */
export function serviceTally(r: ServiceKpiRecord, firstTimeFix: FirstTimeFixOutcome): KpiTally {
  const t = emptyTally();
  t.services = 1;
  put(t, 'follow_up_rate', followUpCounts(r));
  put(t, 'satisfaction_rate', satisfactionCounts(r));
  put(t, 'parts_correct_rate', partsCorrectCounts(r));
  put(t, 'on_time_arrange', timerCounts(r.timers, 'arrange'));
  put(t, 'on_time_check', timerCounts(r.timers, 'check'));
  put(t, 'on_time_on_site', timerCounts(r.timers, 'on_site'));
  put(t, 'on_time_follow_up', timerCounts(r.timers, 'follow_up'));
  put(t, 'first_time_fix_rate', firstTimeFixCounts(firstTimeFix));
  return t;
}

/** A complaint's tally: one complaint, and its resolution timer once decided. */
export function complaintTally(c: ComplaintKpiRecord): KpiTally {
  const t = emptyTally();
  t.complaints = 1;
  put(t, 'complaint_resolved_on_time', timerCounts([c.timer], c.timer.name));
  return t;
}

export function addTally(into: KpiTally, t: KpiTally, sign: 1 | -1 = 1): KpiTally {
  for (const f of KPI_TALLY_FIELDS) into[f] = (into[f] ?? 0) + sign * (t[f] ?? 0);
  return into;
}

/** new − old, field by field (old null: the record is new; new null: it is gone). */
export function tallyDifference(next: KpiTally | null, previous: KpiTally | null): KpiTally {
  const d = emptyTally();
  if (next) addTally(d, next, 1);
  if (previous) addTally(d, previous, -1);
  return d;
}

export const isZeroTally = (t: KpiTally) => KPI_TALLY_FIELDS.every((f) => !t[f]);

/** A KPI's counts in a tally. */
export function countsOf(t: KpiTally, kpi: KpiName): KpiCounts {
  if (kpi === 'complaints_per_100') return { numerator: t.complaints ?? 0, denominator: t.services ?? 0 };
  return { numerator: t[numeratorField(kpi)] ?? 0, denominator: t[denominatorField(kpi)] ?? 0 };
}

/** Every KPI's figure of a summed tally, in KPI_NAMES order. */
export function kpiFiguresOfTally(t: KpiTally): KpiFigure[] {
  return KPI_NAMES.map((kpi) => kpiFigure(kpi, countsOf(t, kpi)));
}
