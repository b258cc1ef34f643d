import type { Core } from '@strapi/strapi';
import type { IsoDate } from '../../../shared';
import { sqlSchema } from './sql-schema';
import { CLAIM_UID, LINE_UID } from './claim-store';
import { EVENT_UID } from './audit';
import { SPOT_CHECK_UID } from './auto-approve';

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** Statuses a claim reaches only through an approval (whole or partial). */
const APPROVED_STATUSES = ['approved', 'partially_approved', 'awaiting_parts', 'ready_to_settle', 'settled'];

export interface DealerFigures {
  byStatus: Map<string, number>;
  adjusted: number;
  autoApproved: number;
  overdueReturns: number;
  spotChecks: { pending: number; passed: number; failed: number };
  recentlyFailed: number;
}

const empty = (): DealerFigures => ({
  byStatus: new Map(),
  adjusted: 0,
  autoApproved: 0,
  overdueReturns: 0,
  spotChecks: { pending: 0, passed: 0, failed: 0 },
  recentlyFailed: 0,
});

/**
 * The scorecard's counts for one dealer or all of them, each a GROUP BY dealer so the list
 * costs the same six statements as one card. Claims count by repair date inside the period
 * (a business date column, so no time zone enters); a claim is "adjusted" when a line of an
 * approved claim was cut or refused; overdue returns and spot checks are counted as they stand.
 */
export async function dealerFigures(strapi: Core.Strapi, period: { from: IsoDate; to: IsoDate }, flaggedSince: Date, dealerCode?: string): Promise<Map<string, DealerFigures>> {
  const s = sqlSchema(strapi);
  const knex = strapi.db.connection;
  const claims = () => {
    const q = knex(`${s.table(CLAIM_UID)} as c`)
      .whereNot('c.status', 'draft')
      .where('c.repair_date', '>=', period.from)
      .where('c.repair_date', '<=', period.to);
    return dealerCode ? q.where('c.dealer_code', dealerCode) : q;
  };
  const lineLink = s.link(LINE_UID, 'claim');
  const events = s.table(EVENT_UID);
  const spot = s.table(SPOT_CHECK_UID);
  const spotWhere = (q: any) => (dealerCode ? q.where('dealer_code', dealerCode) : q);

  const [byStatus, adjusted, auto, overdue, spotChecks, failed] = (await Promise.all([
    claims().select('c.dealer_code as dealer', 'c.status as status').count({ n: 'c.id' }).groupBy('c.dealer_code', 'c.status'),
    claims()
      .whereIn('c.status', APPROVED_STATUSES)
      .whereExists(function adjustedLine(this: any) {
        this.select(knex.raw('1'))
          .from(`${lineLink.name} as k`)
          .join(`${s.table(LINE_UID)} as l`, 'l.id', `k.${lineLink.own}`)
          .whereRaw(`k.${lineLink.other} = c.id`)
          .whereIn('l.decision', ['adjust', 'reject']);
      })
      .select('c.dealer_code as dealer')
      .count({ n: 'c.id' })
      .groupBy('c.dealer_code'),
    claims()
      .join(`${events} as e`, `e.${s.column(EVENT_UID, 'claimNumber')}`, 'c.number')
      .where(`e.${s.column(EVENT_UID, 'type')}`, 'auto_approved')
      .select('c.dealer_code as dealer')
      .countDistinct({ n: 'c.id' })
      .groupBy('c.dealer_code'),
    (dealerCode ? knex(`${s.table(CLAIM_UID)} as c`).where('c.dealer_code', dealerCode) : knex(`${s.table(CLAIM_UID)} as c`))
      .where('c.status', 'awaiting_parts')
      .where('c.return_overdue', true)
      .select('c.dealer_code as dealer')
      .count({ n: 'c.id' })
      .groupBy('c.dealer_code'),
    spotWhere(knex(spot)).select('dealer_code as dealer', 'status').count({ n: 'id' }).groupBy('dealer_code', 'status'),
    spotWhere(knex(spot)).where('status', 'failed').where('decided_at', '>=', flaggedSince).select('dealer_code as dealer').count({ n: 'id' }).groupBy('dealer_code'),
  ])) as any[][];

  const out = new Map<string, DealerFigures>();
  const of = (code: string) => {
    if (!out.has(code)) out.set(code, empty());
    return out.get(code)!;
  };
  for (const r of byStatus) of(r.dealer).byStatus.set(r.status, n(r.n));
  for (const r of adjusted) of(r.dealer).adjusted = n(r.n);
  for (const r of auto) of(r.dealer).autoApproved = n(r.n);
  for (const r of overdue) of(r.dealer).overdueReturns = n(r.n);
  for (const r of spotChecks) {
    const key = r.status as keyof DealerFigures['spotChecks'];
    if (key in of(r.dealer).spotChecks) of(r.dealer).spotChecks[key] = n(r.n);
  }
  for (const r of failed) of(r.dealer).recentlyFailed = n(r.n);
  return out;
}

export const figuresOrEmpty = (map: Map<string, DealerFigures>, code: string) => map.get(code) ?? empty();
export { APPROVED_STATUSES };
