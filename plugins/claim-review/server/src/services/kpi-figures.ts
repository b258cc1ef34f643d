import type { Core } from '@strapi/strapi';
import type { KpiAnswer, KpiQuery, KpiRecordRow, KpiRecordsQuery, TalliedRow } from '../../../shared';
import { KPI_TALLY_FIELDS, complaintTally, countsOf, denominatorField, kpiFigures, listAnswer, periodDates } from '../../../shared';
import { ApiError } from '../api-error';
import type { BuiltRecord, KpiRangeFilter, LaterRequest } from './kpi-records';
import { KPI_DAY_UID, KPI_FACT_UID } from './kpi-rollup';
import type { Clock } from './service-clock';
import { sqlSchema } from './sql-schema';

const filterOf = (q: { from: string; to: string; dealer?: string; region?: string; model?: string }): KpiRangeFilter => ({
  from: q.from,
  to: q.to,
  dealer: q.dealer,
  region: q.region,
  model: q.model,
});

/**
 * The KPI page's figures. From the rollup: one grouped sum over the day rows of the
 * range. From the base tables: every request of the range read and tallied by the core,
 * the reference the rollup is tested and benchmarked against. Both are folded into
 * periods and groups by the same core function.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const clockOf = (): Promise<Clock> => plugin().service('serviceClock').clock();

  async function fromRollup(q: KpiQuery): Promise<TalliedRow[]> {
    const s = sqlSchema(strapi);
    const db = await s.connection();
    const col = (a: string) => s.column(KPI_DAY_UID, a);
    const sums = KPI_TALLY_FIELDS.map((f) => db.raw('SUM(??) AS ??', [col(f), f]));
    const base = db(s.table(KPI_DAY_UID)).where(col('date'), '>=', q.from).where(col('date'), '<=', q.to);
    if (q.dealer) base.where(col('dealer'), q.dealer);
    if (q.region) base.where(col('region'), q.region);
    if (q.model) base.where(col('model'), q.model);
    const rows: Record<string, unknown>[] = await base
      .select(db.raw('?? AS ??', [col('date'), 'date']), db.raw('?? AS ??', [col(q.by), 'dim']), ...sums)
      .groupBy(col('date'), col(q.by));
    return rows.map((r) => ({
      date: String(r.date),
      dealer: q.by === 'dealer' ? ((r.dim as string | null) ?? null) : null,
      region: q.by === 'region' ? ((r.dim as string | null) ?? null) : null,
      model: q.by === 'model' ? ((r.dim as string | null) ?? null) : null,
      tally: Object.fromEntries(KPI_TALLY_FIELDS.map((f) => [f, Number(r[f] ?? 0)])),
    }));
  }

  async function fromBase(q: KpiQuery, now: Date): Promise<TalliedRow[]> {
    const clock = await clockOf();
    const reader = plugin().service('kpiRecords');
    const rollup = plugin().service('kpiRollup');
    const rows: TalliedRow[] = [];
    await reader.eachInRange(filterOf(q), now, clock, async (batch: BuiltRecord[]) => {
      const later: LaterRequest[] = await reader.unitRequests(batch.map((b) => b.record.unit).filter(Boolean) as string[]);
      for (const { built, tally } of rollup.tallies(batch, later, now)) {
        const r = built.record;
        rows.push({ date: r.date, dealer: r.dealer, region: r.region, model: r.model, tally });
      }
    });
    for (const c of await reader.complaintsInRange(filterOf(q))) rows.push({ date: c.date, dealer: c.dealer, region: c.region, model: c.model, tally: complaintTally(c) });
    return rows;
  }

  return {
    async figures(q: KpiQuery, now = new Date()): Promise<KpiAnswer> {
      let rows: TalliedRow[];
      if (q.source === 'base') rows = await fromBase(q, now);
      else {
        // What time alone changed since the last minute's scan is brought in first: the figures are those of now.
        await plugin().service('kpiRollup').refreshDue(await clockOf(), now);
        await plugin().service('complaintTimers').recordDue(now);
        rows = await fromRollup(q);
      }
      return { from: q.from, to: q.to, period: q.period, by: q.by, source: q.source, asOf: now.toISOString(), ...kpiFigures(rows, q.period, q.by) };
    },

    /** The records behind one figure (those that add to its numerator or denominator), from their facts, paged. */
    async records(q: KpiRecordsQuery) {
      let { from, to } = q;
      if (q.periodKey) {
        const dates = periodDates(q.periodKey, q.period);
        if (!dates) throw new ApiError('VALIDATION_FAILED', { fields: { periodKey: 'invalid' } });
        from = dates.from > from ? dates.from : from;
        to = dates.to < to ? dates.to : to;
      }
      const s = sqlSchema(strapi);
      const db = await s.connection();
      const col = (a: string) => s.column(KPI_FACT_UID, a);
      const base = db(s.table(KPI_FACT_UID)).where(col('date'), '>=', from).where(col('date'), '<=', to);
      if (q.dealer) base.where(col('dealer'), q.dealer);
      if (q.region) base.where(col('region'), q.region);
      if (q.model) base.where(col('model'), q.model);
      if (q.by && q.group !== undefined) {
        if (q.group === '') base.whereNull(col(q.by));
        else base.where(col(q.by), q.group);
      }
      if (q.kpi === 'complaints_per_100') base.where((w) => w.where(col('services'), '>', 0).orWhere(col('complaints'), '>', 0));
      else base.where(col(denominatorField(q.kpi)), '>', 0);
      const [{ n }] = await base.clone().count({ n: '*' });
      const rows: Record<string, unknown>[] = await base
        .clone()
        .select(db.raw(s.columns(KPI_FACT_UID, s.table(KPI_FACT_UID), '')))
        .orderBy([
          { column: col('date'), order: 'asc' },
          { column: col('number'), order: 'asc' },
        ])
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      const items: KpiRecordRow[] = rows.map((raw) => {
        const f = s.attributes<Record<string, unknown>>(KPI_FACT_UID, raw, '');
        const tally = Object.fromEntries(KPI_TALLY_FIELDS.map((k) => [k, Number(f[k] ?? 0)]));
        const own = countsOf(tally, q.kpi);
        return {
          kind: f.kind as KpiRecordRow['kind'],
          number: f.number as string,
          date: f.date as string,
          dealer: (f.dealer as string | null) ?? null,
          region: (f.region as string | null) ?? null,
          model: (f.model as string | null) ?? null,
          numerator: own.numerator,
          denominator: own.denominator,
        };
      });
      return listAnswer(items, q.page, q.pageSize, Number(n));
    },
  };
};
