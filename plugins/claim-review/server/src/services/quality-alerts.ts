import { isUniqueViolation } from './unique-violation';
import type { Core } from '@strapi/strapi';
import type { AlertAcknowledgeInput, AlertListAnswer, AlertListQuery, IsoDate, QualityAlert } from '../../../shared';
import {
  COUNTED_STATUSES,
  NOT_A_FAILURE_RESULTS,
  alertDedupeKey,
  alertWindows,
  alreadyAlerted,
  evaluateCohorts,
  evaluateJump,
  isKeyComponent,
  listAnswer,
  unitMonths,
  type JumpInput,
  type JumpVerdict,
} from '../../../shared';
import type { PluginConfig } from '../config';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { isRowId } from './row-id';
import { CLAIM_UID, LINE_UID } from './claim-store';
import { sqlSchema } from './sql-schema';
import { ALERT_UID, alertOf, type AlertRow } from './quality-alert-view';
import { WEBHOOK_EVENTS } from './webhooks';
import { exposureOfPart, type UnitCounts } from './analytics';

export const QUALITY_ALERT_JOB = 'claim-review.quality-alerts';
/** 06:00 company time: yesterday's claims are in, and the alert is waiting when the quality team arrives. */
const DEFAULT_RULE = '0 0 6 * * *';
const CLAIMS_PER_ALERT = 50;
const BACKFILL_BATCH = 500;

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const cohortKey = (part: string, model: string, buildMonth: string | null) => `${part}\u0001${model}\u0001${buildMonth ?? ''}`;


export interface QualityRunResult {
  asOf: IsoDate;
  /** Part × model pairs with a claim in the window, each tested once. */
  evaluated: number;
  raised: QualityAlert[];
}

/**
 * The daily quality job: every part × model with a claim in the window (`windowDays`
 * ending `filingLagDays` before the run date, so late filings are in) is tested against
 * its own trailing baseline (exact Poisson test, core `evaluateJump`); when the model as
 * a whole does not jump, each of its build months is tested against the same baseline,
 * Holm-corrected (core `evaluateCohorts`), so that a bad batch cannot hide in the
 * model's volume. Exposure is in-warranty unit-months of the part's period; a part line
 * inspected as no fault found is not counted. A jump is stored as a quality alert
 * (`buildMonth` set on a cohort's), shown on the Quality dashboard and sent as the
 * `quality.alert` webhook. Runs again on the same day are harmless: an alert is unique
 * per part × model (× build month) × window end, and one already alerted in the window
 * stays quiet.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const analytics = () => plugin().service('analytics');
  const knex = () => strapi.db.connection;
  const names = () => sqlSchema(strapi);
  const table = (uid: string) => names().table(uid);

  /** Claims written before claim.buildMonth existed get it from their unit once. */
  async function backfillBuildMonths(): Promise<number> {
    let filled = 0;
    for (;;) {
      const rows = await strapi.db.query(CLAIM_UID).findMany({
        where: { buildMonth: { $null: true }, unit: { buildDate: { $notNull: true } } },
        select: ['id'],
        populate: { unit: { select: ['buildDate'] } },
        limit: BACKFILL_BATCH,
      });
      if (rows.length === 0) return filled;
      const byMonth = new Map<string, number[]>();
      for (const row of rows as Array<{ id: number; unit: { buildDate: string } }>) {
        const month = row.unit.buildDate.slice(0, 7);
        byMonth.set(month, [...(byMonth.get(month) ?? []), row.id]);
      }
      for (const [buildMonth, ids] of byMonth) {
        await strapi.db.query(CLAIM_UID).updateMany({ where: { id: { $in: ids } }, data: { buildMonth } });
      }
      filled += rows.length;
      if (rows.length < BACKFILL_BATCH) return filled;
    }
  }

  /** Part lines of counted claims failing in [from, to], without those inspected as no fault found. */
  function failedParts(from: IsoDate, to: IsoDate) {
    const k = names().link(LINE_UID, 'claim');
    const inspection = `l.${names().column(LINE_UID, 'inspectionResult')}`;
    return knex()(`${table(CLAIM_UID)} as c`)
      .join(`${k.name} as k`, `k.${k.other}`, 'c.id')
      .join(`${table(LINE_UID)} as l`, 'l.id', `k.${k.own}`)
      .where('c.failure_date', '>=', from)
      .where('c.failure_date', '<=', to)
      .whereIn('c.status', COUNTED_STATUSES as string[])
      .where('l.kind', 'part')
      .where((q) => q.whereNull(inspection).orWhereNotIn(inspection, NOT_A_FAILURE_RESULTS as string[]));
  }

  /** Counted claims per part × model in the window and in the baseline before it: one grouped query. */
  async function partCounts(baselineFrom: IsoDate, windowFrom: IsoDate, windowTo: IsoDate) {
    const rows: any[] = await failedParts(baselineFrom, windowTo)
      .whereNotNull('c.model_code')
      .select('l.ref as part', 'c.model_code as model')
      .select(knex().raw('COUNT(DISTINCT CASE WHEN c.failure_date >= ? THEN c.id END) AS window_claims', [windowFrom]))
      .select(knex().raw('COUNT(DISTINCT CASE WHEN c.failure_date < ? THEN c.id END) AS baseline_claims', [windowFrom]))
      .max({ name: 'l.name', name_en: 'l.name_en', component: 'l.component' })
      .groupBy('l.ref', 'c.model_code');
    return rows.map((r) => ({
      part: String(r.part),
      model: String(r.model),
      windowClaims: n(r.window_claims),
      baselineClaims: n(r.baseline_claims),
      name: r.name ?? null,
      nameEn: r.name_en ?? null,
      component: r.component ?? null,
    }));
  }

  /** Counted claims per part × model × build month in the window: the cohorts' counts. */
  async function cohortCounts(windowFrom: IsoDate, windowTo: IsoDate): Promise<Map<string, number>> {
    const rows: any[] = await failedParts(windowFrom, windowTo)
      .whereNotNull('c.model_code')
      .select('l.ref as part', 'c.model_code as model', 'c.build_month as build_month')
      .countDistinct({ claims: 'c.id' })
      .groupBy('l.ref', 'c.model_code', 'c.build_month');
    return new Map(rows.map((r) => [cohortKey(String(r.part), String(r.model), r.build_month ? String(r.build_month) : null), n(r.claims)]));
  }

  async function claimNumbersOf(part: string, model: string, from: IsoDate, to: IsoDate, buildMonth: string | null): Promise<string[]> {
    const query = failedParts(from, to).where({ 'l.ref': part, 'c.model_code': model });
    if (buildMonth) query.where('c.build_month', buildMonth);
    const rows: any[] = await query
      .distinct('c.number', 'c.failure_date')
      .orderBy([{ column: 'c.failure_date', order: 'desc' }, { column: 'c.number', order: 'desc' }])
      .limit(CLAIMS_PER_ALERT);
    return rows.map((r) => String(r.number));
  }

  const service = {
    /** One run for the business day `asOf` (default: today); tests pass the day. */
    async run(options: { asOf?: IsoDate; now?: Date } = {}): Promise<QualityRunResult> {
      const settings = analytics().settings();
      const asOf: IsoDate = options.asOf ?? plugin().service('facts').today(options.now ?? new Date());
      await backfillBuildMonths();
      const { current, baseline } = alertWindows(asOf, settings);
      const coverage = await analytics().coverageByModel(current.to);
      const windowRange = { from: current.from, to: current.to, end: current.to };
      const [counts, cohortClaims, windowUnits, baselineUnits, windowCohorts] = await Promise.all([
        partCounts(baseline.from, current.from, current.to),
        cohortCounts(current.from, current.to),
        analytics().unitCounts('model', windowRange, coverage),
        analytics().unitCounts('model', { from: baseline.from, to: baseline.to, end: baseline.to }, coverage),
        analytics().unitCounts('cohort', windowRange, coverage),
      ]);
      type Units = UnitCounts & { model: string | null; buildMonth: string | null };
      const exposure = (units: Units | undefined, model: string, component: string | null) =>
        units ? unitMonths(exposureOfPart(units, component, coverage.get(model))) : 0;

      const raised: QualityAlert[] = [];
      const raise = async (
        c: (typeof counts)[number],
        input: JumpInput,
        verdict: JumpVerdict,
        cohort: { buildMonth: string; adjustedPValue: number; familySize: number } | null,
      ) => {
        const buildMonth = cohort?.buildMonth ?? null;
        const previous = await strapi.db.query(ALERT_UID).findOne({
          where: { modelCode: c.model, partNumber: c.part, buildMonth: buildMonth ?? { $null: true } },
          orderBy: { windowEnd: 'desc' },
          select: ['windowEnd'],
        });
        if (alreadyAlerted(previous?.windowEnd, current.to, settings)) return;
        try {
          const row: AlertRow = await strapi.db.query(ALERT_UID).create({
            data: {
              dedupeKey: alertDedupeKey(c.model, c.part, current.to, buildMonth),
              status: 'open',
              modelCode: c.model,
              partNumber: c.part,
              buildMonth,
              partName: c.name,
              partNameEn: c.nameEn,
              component: c.component,
              keyPart: input.keyPart,
              windowStart: current.from,
              windowEnd: current.to,
              baselineStart: baseline.from,
              baselineEnd: baseline.to,
              claims: input.claims,
              exposureUnitMonths: input.exposureUnitMonths,
              baselineClaims: input.baselineClaims,
              baselineExposureUnitMonths: input.baselineExposureUnitMonths,
              expected: verdict.expected,
              ratio: verdict.ratio,
              pValue: verdict.pValue,
              adjustedPValue: cohort?.adjustedPValue ?? null,
              familySize: cohort?.familySize ?? null,
              alpha: verdict.threshold.alpha,
              minCount: verdict.threshold.minCount,
              minRatio: verdict.threshold.minRatio,
              claimNumbers: await claimNumbersOf(c.part, c.model, current.from, current.to, buildMonth),
              raisedAt: new Date(),
            },
          });
          const alert = alertOf(row);
          raised.push(alert);
          plugin().service('webhooks').emit(WEBHOOK_EVENTS.QUALITY_ALERT, { ...alert, at: new Date().toISOString() });
        } catch (error) {
          // Another instance raised the same alert a moment ago.
          if (!isUniqueViolation(error)) throw error;
        }
      };

      const candidates = counts.filter((c) => c.windowClaims > 0);
      for (const c of candidates) {
        const keyPart = isKeyComponent(c.component, settings);
        const input: JumpInput = {
          claims: c.windowClaims,
          exposureUnitMonths: exposure(windowUnits.find((u: Units) => u.model === c.model), c.model, c.component),
          baselineClaims: c.baselineClaims,
          baselineExposureUnitMonths: exposure(baselineUnits.find((u: Units) => u.model === c.model), c.model, c.component),
          keyPart,
        };
        const verdict: JumpVerdict = evaluateJump(input, settings);
        if (verdict.raise) {
          await raise(c, input, verdict, null);
          continue;
        }
        // The model did not jump as a whole: did one of its build months?
        const cohorts = windowCohorts
          .filter((u: Units) => u.model === c.model && u.buildMonth)
          .map((u: Units) => ({
            buildMonth: u.buildMonth as string,
            claims: cohortClaims.get(cohortKey(c.part, c.model, u.buildMonth)) ?? 0,
            exposureUnitMonths: exposure(u, c.model, c.component),
          }));
        const verdicts = evaluateCohorts({ cohorts, baselineClaims: input.baselineClaims, baselineExposureUnitMonths: input.baselineExposureUnitMonths, keyPart }, settings);
        for (const v of verdicts.filter((x) => x.raise)) {
          await raise(c, { ...input, claims: v.claims, exposureUnitMonths: v.exposureUnitMonths }, v, {
            buildMonth: v.buildMonth as string,
            adjustedPValue: v.adjustedPValue,
            familySize: v.familySize,
          });
        }
      }
      if (raised.length) {
        strapi.log.warn(`[claim-review] quality alerts: ${raised.map((a) => `${a.model.code}${a.buildMonth ? ` (${a.buildMonth})` : ''} ${a.part.number}`).join(', ')}`);
      }
      return { asOf, evaluated: candidates.length, raised };
    },

    async list(query: AlertListQuery): Promise<AlertListAnswer> {
      const where = query.status ? { status: query.status } : {};
      const [rows, total] = await Promise.all([
        strapi.db.query(ALERT_UID).findMany({
          where,
          orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        strapi.db.query(ALERT_UID).count({ where }),
      ]);
      return listAnswer((rows as AlertRow[]).map(alertOf), query.page, query.pageSize, total);
    },

    /** Marks an open alert as seen by the quality side; the same alert twice → 409. */
    async acknowledge(id: number, actor: Actor, input: AlertAcknowledgeInput): Promise<QualityAlert> {
      if (!isRowId(id)) throw new ApiError('NOT_FOUND');
      return strapi.db.transaction(async () => {
        const row = (await strapi.db.query(ALERT_UID).findOne({ where: { id } })) as AlertRow | null;
        if (!row) throw new ApiError('NOT_FOUND');
        const { count } = await strapi.db.query(ALERT_UID).updateMany({
          where: { id, status: 'open' },
          data: { status: 'acknowledged', acknowledgedAt: new Date(), acknowledgedBy: actor.name, acknowledgeNote: input.note ?? null },
        });
        if (count !== 1) throw new ApiError('ALREADY_ACKNOWLEDGED');
        return alertOf((await strapi.db.query(ALERT_UID).findOne({ where: { id } })) as AlertRow);
      });
    },

    /** Registers the daily job; Strapi's cron only runs where server.cron.enabled (tests turn it off and call `run`). */
    schedule() {
      if (!strapi.config.get('server.cron.enabled')) return;
      const config = strapi.config.get('plugin::claim-review') as PluginConfig & { qualityAlertRule?: string };
      const rule = config.qualityAlertRule ?? DEFAULT_RULE;
      if (!rule) return;
      strapi.cron.add({
        [QUALITY_ALERT_JOB]: {
          task: async () => {
            await service.run();
          },
          options: { rule, tz: config.timeZone },
        },
      });
    },
  };
  return service;
};
