import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { derivedOf, keyOf, requestTimersOf, type Clock } from './service-clock';
import { sqlSchema } from './sql-schema';
import { BREACH_UID, REQUEST_UID, type RequestRow, type WorkOrderRow } from './service-store';
import { WEBHOOK_EVENTS } from './webhooks';

export const BREACH_SCAN_JOB = 'claim-review.service-breach-scan';
/** A scan records at most this many requests; the next minute takes the rest. */
const SCAN_BATCH = 500;

type OnCommit = (cb: () => void) => void;

/**
 * SLA breaches, each recorded once: a row unique on request + work order + timer +
 * cycle, written with insert-or-ignore so that the cron job, a read of the board and
 * a second node can all try and only one writes it; only the writer sends
 * `service.sla-breached`. Also the board's derived columns (sort instant, check list,
 * next breach), recomputed from the same timers.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('serviceStore');

  const service = {
    /**
     * Records the request's breached timers not yet recorded and refreshes its derived
     * columns. In a transaction, webhooks wait for the commit (`onCommit`).
     */
    async recordFor(number: string, clock: Clock, onCommit?: OnCommit, now = new Date()): Promise<number> {
      const sr: RequestRow | null = await store().findRequest(number);
      if (!sr) return 0;
      const wo: WorkOrderRow | null = sr.workOrderNumber ? await store().findWorkOrder(sr.workOrderNumber) : null;
      const timers = requestTimersOf(sr, wo, now, clock);
      const existing = await strapi.db.query(BREACH_UID as any).findMany({ where: { requestNumber: number }, select: ['key'] });
      const recorded = new Set<string>(existing.map((r: { key: string }) => r.key));
      let written = 0;
      for (const timer of timers.filter((t) => t.state === 'breached')) {
        const key = keyOf(sr, wo, timer);
        if (recorded.has(key)) continue;
        const onOrder = timer.name === 'arrange' || timer.name === 'check' || timer.name === 'on_site';
        const row = {
          key,
          requestNumber: sr.number,
          workOrderNumber: onOrder ? (wo?.number ?? null) : null,
          dealerCode: onOrder ? (wo?.dealerCode ?? null) : null,
          timer: timer.name,
          cycle: sr.cycle,
          dueAt: new Date(timer.dueAt),
          recordedAt: now,
        };
        recorded.add(key);
        if (!(await sqlSchema(strapi).insertIgnoring(BREACH_UID, row, 'key'))) continue;
        written += 1;
        const payload = {
          timer: timer.name,
          request: sr.number,
          ...(row.workOrderNumber ? { workOrder: row.workOrderNumber, dealer: row.dealerCode } : {}),
          dueAt: timer.dueAt,
          at: now.toISOString(),
        };
        const emit = () => plugin().service('webhooks').emit(WEBHOOK_EVENTS.SERVICE_SLA_BREACHED, payload);
        if (onCommit) onCommit(emit);
        else emit();
      }
      await store().setDerived(sr.id, derivedOf(sr, wo, now, clock, recorded));
      // Every service-desk write ends here, in its transaction: the KPI rollup follows it.
      await plugin().service('kpiRollup').requestChanged(sr.number, clock, now);
      return written;
    },

    /** Requests with a breach due and not recorded, up to a batch, each in its own transaction. */
    async scan(now = new Date()): Promise<number> {
      const clock: Clock = await plugin().service('serviceClock').clock();
      const due = await strapi.db.query(REQUEST_UID as any).findMany({
        where: { nextBreachAt: { $lte: now } },
        select: ['number'],
        orderBy: [{ nextBreachAt: 'asc' }],
        limit: SCAN_BATCH,
      });
      let written = 0;
      for (const { number } of due as Array<{ number: string }>) {
        written += await strapi.db.transaction(({ onCommit }) => service.recordFor(number, clock, onCommit, now));
      }
      return written;
    },

    /** The every-minute cron (`service.breachScanCron`; empty: breaches are recorded on read and write only). */
    schedule() {
      if (!strapi.config.get('server.cron.enabled')) return;
      const config = strapi.config.get('plugin::claim-review') as PluginConfig;
      const rule = config.service?.breachScanCron;
      if (!rule) return;
      strapi.cron.add({
        [BREACH_SCAN_JOB]: {
          task: async () => {
            try {
              await service.scan();
              // Counts that change with time alone (a timer fell due, first-time fix decided after 30 days).
              await plugin().service('kpiRollup').refreshDue(await plugin().service('serviceClock').clock());
              await plugin().service('complaintTimers').recordDue();
            } catch (error) {
              strapi.log.error(`[claim-review] service breach scan failed: ${(error as Error).message}`);
            }
          },
          options: { rule, tz: config.timeZone },
        },
      });
    },
  };
  return service;
};
