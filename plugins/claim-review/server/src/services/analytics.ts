import type { Core } from '@strapi/strapi';
import type {
  AnalyticsQuery,
  FailureAnswer,
  FailureCohort,
  FailureDealer,
  FailureModel,
  FailureRow,
  IsoDate,
} from '../../../shared';
import {
  COUNTED_STATUSES,
  EMPTY_COUNTS,
  NOT_A_FAILURE_RESULTS,
  addCounts,
  addDaysIso,
  addMonthsIso,
  coverageDays,
  daysBetween,
  figuresOf,
  isKeyComponent,
  methodOf,
  minIso,
  qualitySettings,
  ratePerUnitMonth,
  resolvePolicy,
  type CohortCounts,
  type QualityOverrides,
  type QualitySettings,
} from '../../../shared';
import { ApiError } from '../api-error';
import { CLAIM_UID, LINE_UID } from './claim-store';
import { ALERT_UID, alertOf, type AlertRow } from './quality-alert-view';
import { sqlDates } from './sql-dates';
import { dialectOf, rowsOf } from './sql-dialect';
import { sqlSchema } from './sql-schema';

const UNIT_UID = 'api::unit.unit';
const MODEL_UID = 'api::product-model.product-model';
const DEALER_UID = 'api::dealer.dealer';
const ALERTS_IN_ANSWER = 50;

/** A date range of the analytics: claims by failure date in [from, to]; exposure stops at `end` = min(to, asOf). */
export interface Range {
  from: IsoDate;
  to: IsoDate;
  end: IsoDate;
}

export interface UnitCounts {
  built: number;
  sold: number;
  /** Unit-days inside the main-component period (the longest a claim can come in): the denominator of every claim. */
  exposureDays: number;
  /** Unit-days inside the whole-unit period: the denominator of a part that is not a main component. */
  wholeExposureDays: number;
}

/** A model's warranty periods in days (null: no policy, every day counts) and its main components. */
export interface ModelCoverage {
  whole: number | null;
  main: number | null;
  mainComponents: string[];
}

export interface ClaimCounts {
  claims: number;
  cost: number;
}

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** Which exposure a part's claims are rated against: its own warranty period. */
export function exposureOfPart(units: Pick<UnitCounts, 'exposureDays' | 'wholeExposureDays'>, component: string | null, coverage: ModelCoverage | undefined): number {
  return component && coverage?.mainComponents.includes(component) ? units.exposureDays : units.wholeExposureDays;
}
const sep = '\u0001';
const key = (...parts: Array<string | null | undefined>) => parts.map((p) => p ?? '').join(sep);
const monthOrNull = (v: unknown) => (v ? String(v) : null);

/** Highest rate first; rows with no exposure at the end; ties by claims, then key. */
const byRateDesc = (a: FailureRow, b: FailureRow) =>
  (b.rate.perThousandUnitMonths ?? -1) - (a.rate.perThousandUnitMonths ?? -1) || b.claims - a.claims || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Failure rates for the quality dashboard, aggregated by the database: claims by
 * part × model × build month, units built and sold per cohort with their exposure in
 * unit-months, cost per unit sold, claims per dealer against its sales. Node only
 * assembles the (few) grouped rows; the statistics are the domain core's.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const names = () => sqlSchema(strapi);
  const table = (uid: string) => names().table(uid);
  const joinTable = (uid: string, attribute: string) => names().link(uid, attribute);

  const inspection = () => names().column(LINE_UID, 'inspectionResult');

  /**
   * Claims counted as failures in the range: filed and not rejected, and not cleared by
   * inspection (a claim with part lines that were all inspected as no fault found is
   * not a failure; a claim without part lines still counts).
   */
  const countedClaims = (range: { from: IsoDate; to: IsoDate }) => {
    const link = joinTable(LINE_UID, 'claim');
    const partLines = (cleared: boolean) =>
      knex()(`${link.name} as nk`)
        .join(`${table(LINE_UID)} as nl`, 'nl.id', `nk.${link.own}`)
        .whereRaw(`nk.${link.other} = c.id`)
        .where('nl.kind', 'part')
        .where((q) => {
          if (cleared) q.whereIn(`nl.${inspection()}`, NOT_A_FAILURE_RESULTS as string[]);
          else q.whereNull(`nl.${inspection()}`).orWhereNotIn(`nl.${inspection()}`, NOT_A_FAILURE_RESULTS as string[]);
        })
        .select(knex().raw('1'));
    return knex()(`${table(CLAIM_UID)} as c`)
      .where('c.failure_date', '>=', range.from)
      .where('c.failure_date', '<=', range.to)
      .whereIn('c.status', COUNTED_STATUSES as string[])
      .whereNot((q) => q.whereExists(partLines(true)).whereNotExists(partLines(false)));
  };

  const service = {
    settings(): QualitySettings {
      const config = strapi.config.get('plugin::claim-review') as { quality?: QualityOverrides } | undefined;
      return qualitySettings(config?.quality ?? {});
    },

    /** The range a query asks for: the last 12 months up to today when not given. */
    rangeOf(query: Pick<AnalyticsQuery, 'from' | 'to'>, asOf: IsoDate): Range {
      const to = query.to ?? asOf;
      const from = query.from ?? addDaysIso(addMonthsIso(to, -12), 1);
      if (from > to) throw new ApiError('VALIDATION_FAILED', { fields: { from: 'invalid_range' } });
      return { from, to, end: minIso(to, asOf) };
    },

    /**
     * Each model's warranty periods as days, from the policy that governs a unit of it
     * sold on `onDate` (policies change rarely; a unit sold under an older one is counted
     * with the current one's periods).
     */
    async coverageByModel(onDate: IsoDate): Promise<Map<string, ModelCoverage>> {
      const [policies, models] = await Promise.all([
        strapi.plugin('claim-review').service('facts').policies(),
        strapi.db.query(MODEL_UID).findMany({ select: ['code', 'category', 'mainComponents'] }),
      ]);
      const out = new Map<string, ModelCoverage>();
      for (const m of models as Array<{ code: string; category: string | null; mainComponents: unknown }>) {
        const policy = resolvePolicy(policies, { modelCode: m.code, category: m.category ?? null, saleDate: null }, onDate);
        out.set(m.code, {
          whole: policy ? coverageDays(policy.wholeUnitMonths) : null,
          main: policy ? coverageDays(Math.max(policy.wholeUnitMonths, policy.mainComponentMonths)) : null,
          mainComponents: Array.isArray(m.mainComponents) ? (m.mainComponents as string[]) : [],
        });
      }
      return out;
    },

    /**
     * Units built by `to`, grouped by model × build month, by model, or by selling dealer:
     * how many, how many sold by `end`, and their days in service and in warranty inside
     * [from, end] (sale day included, last covered day included; shared/quality
     * `inWarrantyDays` is the same sum for one unit). One aggregate query over the units.
     */
    async unitCounts(
      by: 'cohort' | 'model' | 'dealer',
      range: Range,
      coverage?: Map<string, ModelCoverage>,
    ): Promise<Array<{ model: string | null; buildMonth: string | null; dealer: string | null } & UnitCounts>> {
      const d = sqlDates(strapi);
      const cover = coverage ?? (await service.coverageByModel(range.end));
      const units = table(UNIT_UID);
      const modelLink = joinTable(UNIT_UID, 'model');
      const via = by === 'dealer' ? joinTable(UNIT_UID, 'dealer') : modelLink;
      const target = by === 'dealer' ? table(DEALER_UID) : table(MODEL_UID);
      // The model of each unit, for its warranty periods (the dealer grouping joins it besides).
      const modelJoin = by === 'dealer' ? `LEFT JOIN ${modelLink.name} mv ON mv.${modelLink.own} = u.id LEFT JOIN ${table(MODEL_UID)} m ON m.id = mv.${modelLink.other}` : '';
      const m = by === 'dealer' ? 'm' : 't';
      const params: Record<string, string | number> = { from: range.from, end: range.end, to: range.to };
      const periodOf = (which: 'whole' | 'main') => {
        const whens = [...cover.entries()]
          .filter(([, c]) => c[which] !== null)
          .map(([code, c], i) => {
            params[`${which}M${i}`] = code;
            params[`${which}D${i}`] = c[which] as number;
            return `WHEN :${which}M${i} THEN ${d.integer(`:${which}D${i}`)}`;
          });
        return whens.length ? `(CASE ${m}.code ${whens.join(' ')} ELSE NULL END)` : d.integer('NULL');
      };
      // In days from `from`: the sale (s), the end (e), the last covered day (s + period).
      const s = d.daysBetween(d.param('from'), 'u.sale_date');
      const exposureWithin = (period: string) => {
        if (range.from > range.end) return '0';
        params.e = daysBetween(range.from, range.end);
        const last = `(CASE WHEN ${period} IS NULL OR ${s} + ${period} >= ${d.integer(':e')} THEN ${d.integer(':e')} ELSE ${s} + ${period} END)`;
        const first = `(CASE WHEN ${s} > 0 THEN ${s} ELSE 0 END)`;
        return `(CASE WHEN ${last} >= ${first} THEN ${last} - ${first} + 1 ELSE 0 END)`;
      };
      const groups =
        by === 'cohort'
          ? { select: `t.code AS model, ${d.month('u.build_date')} AS build_month, NULL AS dealer`, group: 'GROUP BY 1, 2' }
          : by === 'model'
            ? { select: 't.code AS model, NULL AS build_month, NULL AS dealer', group: 'GROUP BY 1' }
            : { select: 'NULL AS model, NULL AS build_month, t.code AS dealer', group: 'GROUP BY 3' };
      const sql = `
        SELECT ${groups.select},
          COUNT(*) AS built,
          SUM(CASE WHEN u.sale_date <= ${d.param('end')} THEN 1 ELSE 0 END) AS sold,
          SUM(CASE WHEN u.sale_date <= ${d.param('end')} THEN ${exposureWithin(periodOf('main'))} ELSE 0 END) AS exposure_days,
          SUM(CASE WHEN u.sale_date <= ${d.param('end')} THEN ${exposureWithin(periodOf('whole'))} ELSE 0 END) AS whole_exposure_days
        FROM ${units} u
        JOIN ${via.name} v ON v.${via.own} = u.id
        JOIN ${target} t ON t.id = v.${via.other}
        ${modelJoin}
        WHERE u.build_date IS NULL OR u.build_date <= ${d.param('to')}
        ${groups.group}`;
      const result = await knex().raw(sql, params);
      const rows: any[] = rowsOf(dialectOf(strapi), result);
      return rows.map((r) => ({
        model: r.model ?? null,
        buildMonth: monthOrNull(r.build_month),
        dealer: r.dealer ?? null,
        built: n(r.built),
        sold: n(r.sold),
        exposureDays: n(r.exposure_days),
        wholeExposureDays: n(r.whole_exposure_days),
      }));
    },

    /** Counted claims and their payable amounts per model × build month. */
    async claimsByCohort(range: { from: IsoDate; to: IsoDate }) {
      const rows: any[] = await countedClaims(range)
        .select('c.model_code as model', 'c.build_month as build_month')
        .count({ claims: 'c.id' })
        .sum({ cost: 'c.payable_amount' })
        .groupBy('c.model_code', 'c.build_month');
      return rows.map((r) => ({ model: r.model ?? null, buildMonth: monthOrNull(r.build_month), claims: n(r.claims), cost: n(r.cost) }));
    },

    /** Counted claims per filing dealer. */
    async claimsByDealer(range: { from: IsoDate; to: IsoDate }) {
      const rows: any[] = await countedClaims(range)
        .select('c.dealer_code as dealer')
        .count({ claims: 'c.id' })
        .sum({ cost: 'c.payable_amount' })
        .groupBy('c.dealer_code');
      return rows.map((r) => ({ dealer: String(r.dealer), claims: n(r.claims), cost: n(r.cost) }));
    },

    /**
     * Claims naming a part, per part × model × build month (a claim counts once per part
     * however many lines of it), with the part lines' payable amounts and the part's
     * names as written on the lines.
     */
    async claimsByPartCohort(range: { from: IsoDate; to: IsoDate }) {
      const link = joinTable(LINE_UID, 'claim');
      const rows: any[] = await countedClaims(range)
        .join(`${link.name} as k`, `k.${link.other}`, 'c.id')
        .join(`${table(LINE_UID)} as l`, 'l.id', `k.${link.own}`)
        .where('l.kind', 'part')
        .where((q) => q.whereNull(`l.${inspection()}`).orWhereNotIn(`l.${inspection()}`, NOT_A_FAILURE_RESULTS as string[]))
        .select('l.ref as part', 'c.model_code as model', 'c.build_month as build_month')
        .countDistinct({ claims: 'c.id' })
        .sum({ cost: 'l.payable' })
        .max({ name: 'l.name', name_en: 'l.name_en', component: 'l.component' })
        .groupBy('l.ref', 'c.model_code', 'c.build_month');
      return rows.map((r) => ({
        part: String(r.part),
        model: r.model ?? null,
        buildMonth: monthOrNull(r.build_month),
        claims: n(r.claims),
        cost: n(r.cost),
        name: r.name ?? null,
        nameEn: r.name_en ?? null,
        component: r.component ?? null,
      }));
    },

    async failures(query: AnalyticsQuery, asOf: IsoDate): Promise<FailureAnswer> {
      const settings = service.settings();
      const range = service.rangeOf(query, asOf);
      const coverage = await service.coverageByModel(range.end);
      // Every aggregate at once (PostgreSQL runs them on parallel connections): none needs
      // another's answer, and the names they are shown with come from small tables read whole.
      const [unitCohorts, claimCohorts, alertRows, alertKeys, models, parts, dealerFigures] = await Promise.all([
        service.unitCounts('cohort', range, coverage),
        service.claimsByCohort(range),
        strapi.db.query(ALERT_UID).findMany({
          where: { windowEnd: { $gte: range.from, $lte: range.to } },
          orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }],
          limit: ALERTS_IN_ANSWER,
        }) as Promise<AlertRow[]>,
        knex()(table(ALERT_UID)).distinct('model_code', 'part_number').where('window_end', '>=', range.from).where('window_end', '<=', range.to),
        service.modelNames(),
        query.groupBy === 'part' ? service.claimsByPartCohort(range) : Promise.resolve([]),
        query.groupBy === 'dealer'
          ? Promise.all([service.unitCounts('dealer', range, coverage), service.claimsByDealer(range), service.dealerNames()])
          : Promise.resolve(null),
      ]);
      const alertedParts = new Set((alertKeys as any[]).map((r) => key(r.model_code, r.part_number)));
      const alertedModels = new Set((alertKeys as any[]).map((r) => String(r.model_code)));

      // Per cohort (model × build month): units and all counted claims.
      const unitsOf = new Map<string, UnitCounts>();
      for (const u of unitCohorts) unitsOf.set(key(u.model, u.buildMonth), u);
      const claimsOf = new Map<string, ClaimCounts>();
      for (const c of claimCohorts) claimsOf.set(key(c.model, c.buildMonth), c);

      const cohortKeys = new Map<string, { model: string; buildMonth: string | null }>();
      for (const u of unitCohorts) if (u.model) cohortKeys.set(key(u.model, u.buildMonth), { model: u.model, buildMonth: u.buildMonth });
      for (const c of claimCohorts) if (c.model) cohortKeys.set(key(c.model, c.buildMonth), { model: c.model, buildMonth: c.buildMonth });
      const cohortsByModel = new Map<string, Array<{ model: string; buildMonth: string | null }>>();
      for (const ck of [...cohortKeys.values()].sort((a, b) => ((a.buildMonth ?? '') < (b.buildMonth ?? '') ? -1 : 1))) {
        if (!cohortsByModel.has(ck.model)) cohortsByModel.set(ck.model, []);
        cohortsByModel.get(ck.model)!.push(ck);
      }
      /** `component` rates a part's claims against its own warranty period; without one, every claim's. */
      const countsOf = (model: string, buildMonth: string | null, claims?: ClaimCounts, component?: string | null): CohortCounts => {
        const u = unitsOf.get(key(model, buildMonth));
        const c = claims ?? claimsOf.get(key(model, buildMonth));
        const exposureDays = !u ? 0 : component === undefined ? u.exposureDays : exposureOfPart(u, component, coverage.get(model));
        return { claims: c?.claims ?? 0, cost: c?.cost ?? 0, built: u?.built ?? 0, sold: u?.sold ?? 0, exposureDays };
      };

      const total = addCounts(
        unitCohorts.reduce<CohortCounts>((s, u) => addCounts(s, { ...EMPTY_COUNTS, built: u.built, sold: u.sold, exposureDays: u.exposureDays }), EMPTY_COUNTS),
        claimCohorts.reduce<CohortCounts>((s, c) => addCounts(s, { ...EMPTY_COUNTS, claims: c.claims, cost: c.cost }), EMPTY_COUNTS),
      );
      const fleetRate = ratePerUnitMonth(total);

      const modelOf = (code: string): FailureModel => models.get(code) ?? { code, name: null, nameEn: null };
      const row = (over: Partial<FailureRow> & { key: string }, counts: CohortCounts, parentRate: number | null): FailureRow => ({
        part: null,
        model: null,
        buildMonth: null,
        dealer: null,
        alerted: false,
        ...figuresOf(counts, parentRate),
        ...over,
      });
      const cohortRows = (list: Array<{ buildMonth: string | null; counts: CohortCounts }>, parentRate: number | null): FailureCohort[] =>
        list.map((c) => ({ buildMonth: c.buildMonth, ...figuresOf(c.counts, parentRate) }));

      let data: FailureRow[] = [];
      if (query.groupBy === 'part') {
        const byPartModel = new Map<string, typeof parts>();
        for (const p of parts) {
          if (!p.model) continue;
          const k = key(p.part, p.model);
          if (!byPartModel.has(k)) byPartModel.set(k, []);
          byPartModel.get(k)!.push(p);
        }
        for (const list of byPartModel.values()) {
          const { part, model } = list[0];
          const component = list.find((p) => p.component)?.component ?? null;
          const cohorts = (cohortsByModel.get(model!) ?? []).map((ck) => {
            const own = list.find((p) => p.buildMonth === ck.buildMonth);
            return { buildMonth: ck.buildMonth, counts: countsOf(model!, ck.buildMonth, own ? { claims: own.claims, cost: own.cost } : { claims: 0, cost: 0 }, component) };
          });
          const counts = cohorts.reduce((s, c) => addCounts(s, c.counts), EMPTY_COUNTS);
          const named = list.find((p) => p.name) ?? list[0];
          data.push(
            row(
              {
                key: `${part}|${model}`,
                part: { number: part, name: named.name, nameEn: named.nameEn, component, keyPart: isKeyComponent(component, settings) },
                model: modelOf(model!),
                alerted: alertedParts.has(key(model, part)),
                cohorts: cohortRows(cohorts, ratePerUnitMonth(counts)),
              },
              counts,
              null,
            ),
          );
        }
        data.sort(byRateDesc);
      } else if (query.groupBy === 'model' || query.groupBy === 'buildMonth') {
        for (const [model, cks] of [...cohortsByModel.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const cohorts = cks.map((ck) => ({ buildMonth: ck.buildMonth, counts: countsOf(model, ck.buildMonth) }));
          const counts = cohorts.reduce((s, c) => addCounts(s, c.counts), EMPTY_COUNTS);
          const modelRate = ratePerUnitMonth(counts);
          if (query.groupBy === 'model') {
            data.push(row({ key: model, model: modelOf(model), alerted: alertedModels.has(model), cohorts: cohortRows(cohorts, modelRate) }, counts, fleetRate));
          } else {
            for (const c of cohorts) {
              data.push(row({ key: `${model}|${c.buildMonth ?? ''}`, model: modelOf(model), buildMonth: c.buildMonth, alerted: alertedModels.has(model) }, c.counts, modelRate));
            }
          }
        }
      } else {
        const [units, claims, dealers] = dealerFigures!;
        const codes = [...new Set([...units.map((u) => u.dealer!), ...claims.map((c) => c.dealer)])].filter(Boolean);
        data = codes.map((code) => {
          const u = units.find((x) => x.dealer === code);
          const c = claims.find((x) => x.dealer === code);
          const counts: CohortCounts = { claims: c?.claims ?? 0, cost: c?.cost ?? 0, built: u?.built ?? 0, sold: u?.sold ?? 0, exposureDays: u?.exposureDays ?? 0 };
          return row({ key: code, dealer: dealers.get(code) ?? { code, name: null, nameEn: null } }, counts, fleetRate);
        });
        data.sort(byRateDesc);
      }

      return {
        groupBy: query.groupBy,
        from: range.from,
        to: range.to,
        asOf,
        totals: figuresOf(total),
        data,
        alerts: alertRows.map(alertOf),
        method: methodOf(settings),
      };
    },

    /** Names of every product model (a short list), by code. */
    async modelNames(): Promise<Map<string, FailureModel>> {
      const rows = await strapi.db.query(MODEL_UID).findMany({ select: ['code', 'name', 'nameEn'] });
      return new Map(rows.map((r: any) => [r.code, { code: r.code, name: r.name ?? null, nameEn: r.nameEn ?? null }]));
    },

    /** Names of every dealer of the network, by code. */
    async dealerNames(): Promise<Map<string, FailureDealer>> {
      const rows = await strapi.db.query(DEALER_UID).findMany({ select: ['code', 'name', 'nameEn'] });
      return new Map(rows.map((r: any) => [r.code, { code: r.code, name: r.name ?? null, nameEn: r.nameEn ?? null }]));
    },
  };
  return service;
};
