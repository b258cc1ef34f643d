import type { IsoDate } from '../contracts/money';
import type { KpiDimensions } from './records';

export const KPI_PERIODS = ['day', 'week', 'month'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

export interface KpiGrouping {
  period?: KpiPeriod | null;
  dealer?: boolean;
  region?: boolean;
  model?: boolean;
}

/** A group's key: null where the grouping does not split (or the record has no value). */
export interface KpiGroupKey {
  period: string | null;
  dealer: string | null;
  region: string | null;
  model: string | null;
}

/** ISO 8601 week (Monday first; week 1 holds the year's first Thursday), as the weekly report (日结周报) runs Monday to Sunday. */
export function isoWeek(date: IsoDate): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function periodKey(date: IsoDate, period: KpiPeriod): string {
  if (period === 'day') return date;
  if (period === 'month') return date.slice(0, 7);
  return isoWeek(date);
}

export function groupKeyOf(r: KpiDimensions, by: KpiGrouping): KpiGroupKey {
  return {
    period: by.period ? periodKey(r.date, by.period) : null,
    dealer: by.dealer ? r.dealer : null,
    region: by.region ? r.region : null,
    model: by.model ? r.model : null,
  };
}

const keyText = (k: KpiGroupKey) => JSON.stringify([k.period, k.dealer, k.region, k.model]);

/** Records split into groups, in key order (period, dealer, region, model; none last). */
export function groupRecords<R extends KpiDimensions>(records: readonly R[], by: KpiGrouping): Array<{ key: KpiGroupKey; records: R[] }> {
  const groups = new Map<string, { key: KpiGroupKey; records: R[] }>();
  for (const r of records) {
    const key = groupKeyOf(r, by);
    const text = keyText(key);
    const g = groups.get(text);
    if (g) g.records.push(r);
    else groups.set(text, { key, records: [r] });
  }
  return [...groups.values()].sort((a, b) => compareKeys(a.key, b.key));
}

function compareKeys(a: KpiGroupKey, b: KpiGroupKey): number {
  for (const f of ['period', 'dealer', 'region', 'model'] as const) {
    const x = a[f];
    const y = b[f];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** One figure per group. */
export function byGroup<R extends KpiDimensions, F>(records: readonly R[], by: KpiGrouping, figure: (group: R[]) => F): Array<{ key: KpiGroupKey; figure: F }> {
  return groupRecords(records, by).map((g) => ({ key: g.key, figure: figure(g.records) }));
}

/** One figure per group of two record sets (complaints per 100 services): a group present in either counts. */
export function byGroupOfTwo<A extends KpiDimensions, B extends KpiDimensions, F>(
  a: readonly A[],
  b: readonly B[],
  by: KpiGrouping,
  figure: (a: A[], b: B[]) => F,
): Array<{ key: KpiGroupKey; figure: F }> {
  const ga = new Map(groupRecords(a, by).map((g) => [keyText(g.key), g]));
  const gb = new Map(groupRecords(b, by).map((g) => [keyText(g.key), g]));
  const keys = new Map<string, KpiGroupKey>();
  for (const [text, g] of [...ga, ...gb]) keys.set(text, g.key);
  return [...keys.entries()]
    .sort((x, y) => compareKeys(x[1], y[1]))
    .map(([text, key]) => ({ key, figure: figure(ga.get(text)?.records ?? [], gb.get(text)?.records ?? []) }));
}
