import type { Core } from '@strapi/strapi';
import type { AnomalyCode, DealerGrade, DealerScorecard, DealerScorecardRow, IsoDate, KpiAnswer, KpiFigure, KpiName, ScorecardQuery } from '../../../shared';
import { DEALER_GRADES, addDaysIso, claimRates, listAnswer } from '../../../shared';
import { ApiError } from '../api-error';
import { dealerFigures, figuresOrEmpty, type DealerFigures } from './scorecard-figures';
import { scorecardSettings } from './scorecard-settings';
import { COMPLAINT_UID } from './complaint-store';

const DEALER_UID = 'api::dealer.dealer';
const CLAIM_UID = 'plugin::claim-review.claim';
/** How many of the dealer's claims waiting for a reviewer have their anomaly flags counted on its card. */
const FLAG_SAMPLE = 10;

interface DealerRow {
  code: string;
  name: string;
  nameEn: string | null;
  region: string | null;
  tier: number | null;
  creditGrade: string | null;
  suspended: boolean | null;
}

const gradeOf = (v: unknown): DealerGrade | null => ((DEALER_GRADES as readonly unknown[]).includes(v) ? (v as DealerGrade) : null);
const dealerOf = (d: DealerRow): DealerScorecard['dealer'] => ({
  code: d.code,
  name: d.name,
  nameEn: d.nameEn ?? null,
  region: d.region ?? null,
  tier: d.tier ?? null,
  grade: gradeOf(d.creditGrade),
  suspended: Boolean(d.suspended),
});

function headline(f: DealerFigures) {
  const count = (status: string) => f.byStatus.get(status) ?? 0;
  const rejected = count('rejected');
  const approvedAll = ['approved', 'partially_approved', 'awaiting_parts', 'ready_to_settle', 'settled'].reduce((sum, st) => sum + count(st), 0);
  const partiallyApproved = f.adjusted;
  const approved = approvedAll - partiallyApproved;
  const filed = [...f.byStatus.values()].reduce((a, b) => a + b, 0);
  return { filed, decided: approvedAll + rejected, approved, partiallyApproved, rejected, ...claimRates({ approved, partiallyApproved, rejected }) };
}

/**
 * The dealer scorecard (经销商评级): claim approval and adjustment rates, anomaly flags,
 * overdue returns, spot-check results and the grade with its history, with the dealer's
 * service KPIs and complaints.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');

  function periodOf(query: ScorecardQuery): { from: IsoDate; to: IsoDate } {
    const to = query.to ?? (plugin().service('facts').today() as IsoDate);
    return { from: query.from ?? addDaysIso(to, -364), to };
  }
  const flaggedSince = () => new Date(Date.now() - scorecardSettings(strapi).flagDays * 86_400_000);

  /** Flags of the dealer's newest claims waiting for a reviewer, counted by code. */
  async function anomalyFlags(code: string): Promise<DealerScorecard['anomalyFlags']> {
    const waiting = await strapi.db.query(CLAIM_UID).findMany({
      where: { dealerCode: code, status: 'in_review' },
      select: ['number'],
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      limit: FLAG_SAMPLE,
    });
    const byCode: Partial<Record<AnomalyCode, number>> = {};
    let flaggedClaims = 0;
    for (const { number } of waiting) {
      const { flags } = await plugin().service('anomalies').forClaim(number);
      if (flags.length) flaggedClaims += 1;
      for (const f of flags as Array<{ code: AnomalyCode }>) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    }
    return { looked: waiting.length, flaggedClaims, byCode };
  }

  /**
   * The dealer's service KPIs and complaints over the card's period, from the KPI rollup
   * (the same figures as the KPI page filtered to the dealer) and the complaint rows.
   */
  async function deskSections(code: string, period: { from: IsoDate; to: IsoDate }): Promise<Pick<DealerScorecard, 'service' | 'complaints'>> {
    const answer: KpiAnswer = await plugin().service('kpiFigures').figures({ ...period, dealer: code, period: 'month', by: 'dealer', source: 'aggregate' });
    const byKpi = Object.fromEntries(answer.totals.map((f) => [f.kpi, f])) as Partial<Record<KpiName, KpiFigure>>;
    const { complaints_per_100: per100, complaint_resolved_on_time: onTime, ...service } = byKpi;
    // Received in the period, by business date: the numerator of complaints per 100 services.
    const received = per100?.numerator ?? 0;
    const open = await strapi.db.query(COMPLAINT_UID as any).count({ where: { dealerCode: code, status: { $ne: 'closed' } } });
    const figures: NonNullable<DealerScorecard['complaints']>['figures'] = {};
    if (per100) figures.complaints_per_100 = per100;
    if (onTime) figures.complaint_resolved_on_time = onTime;
    return { service: { figures: service }, complaints: { received, open, figures } };
  }

  return {
    async forDealer(code: string, query: ScorecardQuery, { forStaff }: { forStaff: boolean }): Promise<DealerScorecard> {
      const dealer: DealerRow | null = await strapi.db.query(DEALER_UID).findOne({ where: { code } });
      if (!dealer) throw new ApiError('NOT_FOUND');
      const period = periodOf(query);
      const [figures, flags, gradeHistory, desk] = await Promise.all([
        dealerFigures(strapi, period, flaggedSince(), code),
        anomalyFlags(code),
        plugin().service('dealerGrades').history(code, { forStaff }),
        deskSections(code, period),
      ]);
      const f = figuresOrEmpty(figures, code);
      const { approvalRate, adjustmentRate, ...claims } = headline(f);
      return {
        dealer: dealerOf(dealer),
        period,
        claims: { ...claims, autoApproved: f.autoApproved },
        approvalRate,
        adjustmentRate,
        anomalyFlags: flags,
        overdueReturns: f.overdueReturns,
        spotChecks: f.spotChecks,
        flagged: f.recentlyFailed > 0,
        gradeHistory,
        ...desk,
      };
    },

    /** Every dealer with its grade and headline figures, by code; `grade=` filters. */
    async list(query: ScorecardQuery & { grade?: DealerGrade; page?: number; pageSize?: number }) {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 25;
      const where = query.grade ? { creditGrade: query.grade } : {};
      const [dealers, total] = await Promise.all([
        strapi.db.query(DEALER_UID).findMany({ where, orderBy: [{ code: 'asc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(DEALER_UID).count({ where }),
      ]);
      const period = periodOf(query);
      const figures = await dealerFigures(strapi, period, flaggedSince());
      const rows: DealerScorecardRow[] = (dealers as DealerRow[]).map((d) => {
        const f = figuresOrEmpty(figures, d.code);
        const h = headline(f);
        return {
          dealer: dealerOf(d),
          claims: { filed: h.filed, decided: h.decided },
          approvalRate: h.approvalRate,
          adjustmentRate: h.adjustmentRate,
          overdueReturns: f.overdueReturns,
          spotChecksFailed: f.spotChecks.failed,
          flagged: f.recentlyFailed > 0,
        };
      });
      const answer = listAnswer(rows, page, pageSize, total);
      return { ...answer, meta: { ...answer.meta, period } };
    },
  };
};
