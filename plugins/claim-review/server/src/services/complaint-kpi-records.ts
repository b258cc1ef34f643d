import type { Core } from '@strapi/strapi';
import type { ComplaintKpiRecord } from '../../../shared';
import { resolutionTimerOf } from './complaint-timers';
import { COMPLAINT_UID, type ComplaintRow } from './complaint-store';
import type { Clock } from './service-clock';

const DEALER_UID = 'api::dealer.dealer';

/** One complaint as the KPI rollups read it; `region` is its dealer's region (null without a dealer). */
export function complaintKpiRecordOf(row: ComplaintRow, region: string | null, today: (at: Date) => string, now: Date, clock: Clock): ComplaintKpiRecord {
  const timer = resolutionTimerOf(row, now, clock);
  return {
    complaint: row.number,
    date: today(new Date(row.receivedAt as string | Date)) as ComplaintKpiRecord['date'],
    dealer: row.dealerCode,
    region,
    model: row.modelCode,
    timer: { name: timer.name, state: timer.state, stoppedAt: timer.stoppedAt },
  };
}

/**
 * Complaints as the core's ComplaintKpiRecord: dated by the business date of receipt,
 * counted against the dealer fixed at receipt (the one it is about, else its request's or
 * claim's), in that dealer's region, for the linked unit's model; with the resolution timer.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The complaint as it counts now, into the KPI rollup (kpiRollup.complaintChanged), in the caller's transaction. */
  async refreshRollup(row: ComplaintRow, now: Date, clock: Clock): Promise<void> {
    const facts = strapi.plugin('claim-review').service('facts');
    const dealer = row.dealerCode ? await strapi.db.query(DEALER_UID as any).findOne({ where: { code: row.dealerCode }, select: ['region'] }) : null;
    const record = complaintKpiRecordOf(row, dealer?.region ?? null, (at) => facts.today(at) as string, now, clock);
    await strapi.plugin('claim-review').service('kpiRollup').complaintChanged(row.number, record);
  },

  async records(range: { from?: string; to?: string } = {}, now = new Date()): Promise<ComplaintKpiRecord[]> {
    const rows: ComplaintRow[] = await strapi.db.query(COMPLAINT_UID as any).findMany({ orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] });
    const facts = strapi.plugin('claim-review').service('facts');
    const today = (at: Date) => facts.today(at) as string;
    const codes = Array.from(new Set(rows.map((r) => r.dealerCode).filter((c): c is string => Boolean(c))));
    const dealers = codes.length ? await strapi.db.query(DEALER_UID as any).findMany({ where: { code: { $in: codes } }, select: ['code', 'region'] }) : [];
    const regions = new Map<string, string | null>(dealers.map((d: { code: string; region: string | null }) => [d.code, d.region ?? null]));
    const clock: Clock = await strapi.plugin('claim-review').service('serviceClock').clock();
    return rows
      .map((r) => complaintKpiRecordOf(r, r.dealerCode ? (regions.get(r.dealerCode) ?? null) : null, today, now, clock))
      .filter((r) => (!range.from || r.date >= range.from) && (!range.to || r.date <= range.to));
  },
});
