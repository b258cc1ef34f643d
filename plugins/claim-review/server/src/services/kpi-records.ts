import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { ComplaintKpiRecord, IsoDate, ServiceKpiRecord, ServiceTimer } from '../../../shared';
import { addDaysIso, businessDate, followUpTimer, serviceTimer } from '../../../shared';
import { workOrderTimersOf, type Clock } from './service-clock';
import { sqlSchema } from './sql-schema';
import { FOLLOW_UP_UID, RECEIPT_UID, REQUEST_UID, WORK_ORDER_UID, type RequestRow, type WorkOrderRow } from './service-store';

/** A request's record for the KPIs, with the instants its counts next change by time alone. */
export interface BuiltRecord {
  record: ServiceKpiRecord;
  /** Its timers, with their due instants (the record keeps only what the KPIs count). */
  timers: ServiceTimer[];
}

/** A later request of the same unit, as first-time fix compares it. */
export interface LaterRequest {
  request: string;
  unit: string | null;
  receivedAt: string;
  faultComponent: string | null;
}

export interface KpiRangeFilter {
  from: IsoDate;
  to: IsoDate;
  dealer?: string;
  region?: string;
  model?: string;
}

/** How many requests one read takes: the IN lists stay well under every database's limit. */
export const READ_BATCH = 2000;

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());

/**
 * The one reader of ServiceKpiRecords from the service tables (request, its work orders,
 * receipts and follow-up calls), used both by the per-request refresh of the rollup and
 * by the figures summed from the base tables: the two cannot read a request differently.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const timeZone = () => strapi.config.get('plugin::claim-review.timeZone') as string;

  async function requestsWhere(apply: (q: Knex.QueryBuilder, col: (a: string) => string) => void): Promise<RequestRow[]> {
    const s = sqlSchema(strapi);
    const db = await s.connection();
    const col = (a: string) => `r.${s.column(REQUEST_UID, a)}`;
    const q = db(`${s.table(REQUEST_UID)} as r`).select(db.raw(s.columns(REQUEST_UID, 'r', '')));
    apply(q, col);
    const rows: Record<string, unknown>[] = await q;
    return rows.map((raw) => s.attributes<RequestRow>(REQUEST_UID, raw, ''));
  }

  async function childrenOf<T>(uid: string, numbers: string[], attributes?: string[]): Promise<T[]> {
    if (numbers.length === 0) return [];
    const s = sqlSchema(strapi);
    const db = await s.connection();
    const rows: Record<string, unknown>[] = await db(`${s.table(uid)} as c`)
      .select(db.raw(s.columns(uid, 'c', '', attributes)))
      .whereIn(`c.${s.column(uid, 'requestNumber')}`, numbers);
    return rows.map((raw) => s.attributes<T>(uid, raw, ''));
  }

  const groupBy = <T extends { requestNumber: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.requestNumber);
      if (list) list.push(r);
      else m.set(r.requestNumber, [r]);
    }
    return m;
  };

  type Receipt = {
    requestNumber: string;
    faultComponent: string;
    coverage: string;
    completedAt: string;
    satisfaction: number;
    partsLines: number;
    partsCorrect: number;
  };
  type Call = { requestNumber: string; cycle: number; at: string; reached: boolean; satisfaction: number | null };

  /** The latest receipt of each request (a reopened request can have one per cycle). */
  const latest = (list: Receipt[] | undefined) => (list ?? []).slice().sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt)).at(-1) ?? null;

  /**
   * The follow-up timers of cycles before the current one: a reopened request's row holds
   * only its current cycle's instants, but each earlier cycle ended with a call that
   * reached the customer, after that cycle's receipt.
   */
  function earlierFollowUps(sr: RequestRow, receipts: Receipt[], calls: Call[], now: Date, clock: Clock): ServiceTimer[] {
    const out: ServiceTimer[] = [];
    for (let cycle = 0; cycle < (sr.cycle ?? 0); cycle += 1) {
      const reached = calls.filter((c) => c.cycle === cycle && c.reached).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
      if (!reached) continue;
      const done = latest(receipts.filter((r) => Date.parse(r.completedAt) <= Date.parse(reached.at)));
      if (!done) continue;
      out.push(serviceTimer('follow_up', { startedAt: done.completedAt, stoppedAt: reached.at }, now, clock.calendar, clock.settings));
    }
    return out;
  }

  async function build(requests: RequestRow[], now: Date, clock: Clock): Promise<BuiltRecord[]> {
    const numbers = requests.map((r) => r.number);
    const receiptAttributes = ['requestNumber', 'faultComponent', 'coverage', 'completedAt', 'satisfaction', 'partsLines', 'partsCorrect'];
    const [orders, receipts, calls] = [
      groupBy(await childrenOf<WorkOrderRow>(WORK_ORDER_UID, numbers)),
      groupBy(await childrenOf<Receipt>(RECEIPT_UID, numbers, receiptAttributes)),
      groupBy(await childrenOf<Call>(FOLLOW_UP_UID, numbers, ['requestNumber', 'cycle', 'at', 'reached', 'satisfaction'])),
    ];
    const zone = timeZone();
    return requests.map((sr) => {
      const mine = receipts.get(sr.number) ?? [];
      const last = latest(mine);
      // The follow-up call's rating, when the customer was reached and gave one, is the later word.
      const rated = (calls.get(sr.number) ?? [])
        .filter((c) => c.reached && c.satisfaction !== null)
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
        .at(-1);
      const lines = mine.reduce((n, r) => n + (r.partsLines ?? 0), 0);
      const correct = mine.reduce((n, r) => n + (r.partsCorrect ?? 0), 0);
      const own = (orders.get(sr.number) ?? []).slice().sort((x, y) => Date.parse(x.dispatchedAt as string) - Date.parse(y.dispatchedAt as string));
      const timers: ServiceTimer[] = own.flatMap((wo) => workOrderTimersOf(wo, now, clock));
      timers.push(...earlierFollowUps(sr, mine, calls.get(sr.number) ?? [], now, clock));
      const followUp = followUpTimer({ guidanceAt: sr.guidanceAt, completedAt: sr.completedAt, followedUpAt: sr.followedUpAt }, now, clock.calendar, clock.settings);
      if (followUp) timers.push(followUp);
      const receivedAt = iso(sr.receivedAt)!;
      const record: ServiceKpiRecord = {
        request: sr.number,
        date: businessDate(new Date(receivedAt), zone),
        // A reopened request has no current work order: it stays with the station that served it.
        dealer: sr.dealerCode ?? own.at(-1)?.dealerCode ?? null,
        region: sr.addressRegion ?? null,
        model: sr.modelCode ?? null,
        unit: sr.serial ?? null,
        inWarranty: last?.coverage === 'in_warranty',
        receivedAt,
        completedAt: last ? iso(last.completedAt) : null,
        faultComponent: last?.faultComponent ?? null,
        satisfaction: rated?.satisfaction ?? last?.satisfaction ?? null,
        parts: [...Array.from({ length: correct }, () => ({ correct: true })), ...Array.from({ length: Math.max(0, lines - correct) }, () => ({ correct: false }))],
        timers: timers.map((t) => ({ name: t.name, state: t.state, stoppedAt: t.stoppedAt })),
      };
      return { record, timers };
    });
  }

  const reader = {
    /** The records of these requests. */
    async records(numbers: string[], now: Date, clock: Clock): Promise<BuiltRecord[]> {
      const out: BuiltRecord[] = [];
      for (let i = 0; i < numbers.length; i += READ_BATCH) {
        const part = numbers.slice(i, i + READ_BATCH);
        out.push(...(await build(await requestsWhere((q, col) => q.whereIn(col('number'), part)), now, clock)));
      }
      return out;
    },

    /** Every request of these units, whichever dealer took it: what first-time fix compares a service with. */
    async unitRequests(serials: string[]): Promise<LaterRequest[]> {
      const out: LaterRequest[] = [];
      const unique = [...new Set(serials.filter(Boolean))];
      for (let i = 0; i < unique.length; i += READ_BATCH) {
        const part = unique.slice(i, i + READ_BATCH);
        const requests = await requestsWhere((q, col) => q.whereIn(col('serial'), part));
        const receipts = groupBy(await childrenOf<Receipt>(RECEIPT_UID, requests.map((r) => r.number), ['requestNumber', 'faultComponent', 'completedAt']));
        for (const r of requests) {
          out.push({ request: r.number, unit: r.serial, receivedAt: iso(r.receivedAt)!, faultComponent: latest(receipts.get(r.number))?.faultComponent ?? null });
        }
      }
      return out;
    },

    /** The request numbers of a unit (a new request there can decide its earlier ones' first-time fix). */
    async numbersOfUnit(serial: string): Promise<string[]> {
      return (await requestsWhere((q, col) => q.where(col('serial'), serial))).map((r) => r.number);
    },

    /**
     * The records received in [from, to] (business dates) matching the filters, a batch at
     * a time in id order, so a year of a million requests never sits in memory at once.
     */
    async eachInRange(filter: KpiRangeFilter, now: Date, clock: Clock, onBatch: (batch: BuiltRecord[]) => Promise<void> | void): Promise<void> {
      const zone = timeZone();
      // A day either side of the range in UTC holds every instant of its business dates; the dates are then checked exactly.
      const start = new Date(`${addDaysIso(filter.from, -1)}T00:00:00.000Z`);
      const end = new Date(`${addDaysIso(filter.to, 2)}T00:00:00.000Z`);
      let after = 0;
      for (;;) {
        const requests = await requestsWhere((q, col) => {
          q.where('r.id', '>', after).where(col('receivedAt'), '>=', start).where(col('receivedAt'), '<', end);
          if (filter.dealer) q.where(col('dealerCode'), filter.dealer);
          if (filter.region) q.where(col('addressRegion'), filter.region);
          if (filter.model) q.where(col('modelCode'), filter.model);
          q.orderBy('r.id', 'asc').limit(READ_BATCH);
        });
        if (requests.length === 0) return;
        after = requests[requests.length - 1].id;
        const inRange = requests.filter((r) => {
          const date = businessDate(new Date(r.receivedAt as string), zone);
          return date >= filter.from && date <= filter.to;
        });
        if (inRange.length) await onBatch(await build(inRange, now, clock));
        if (requests.length < READ_BATCH) return;
      }
    },

    /**
     * Complaints received in the range, from the complaint table. There is none on this
     * branch: the complaint module, when merged, answers its ComplaintKpiRecords here so the
     * base-table figures count them as the rollup does (kpiRollup.complaintChanged).
     */
    /** Complaints of the range, from the complaint tables (the base-table side of the complaint KPIs). */
    async complaintsInRange(filter: KpiRangeFilter): Promise<ComplaintKpiRecord[]> {
      const all: ComplaintKpiRecord[] = await strapi.plugin('claim-review').service('complaintKpiRecords').records({ from: filter.from, to: filter.to });
      return all.filter((c) => (!filter.dealer || c.dealer === filter.dealer) && (!filter.region || c.region === filter.region) && (!filter.model || c.model === filter.model));
    },
  };
  return reader;
};
