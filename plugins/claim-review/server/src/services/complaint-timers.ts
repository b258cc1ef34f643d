import type { Core } from '@strapi/strapi';
import type { ServiceTimer } from '../../../shared';
import { complaintTimer } from '../../../shared';
import { SYSTEM } from './audit';
import type { Clock } from './service-clock';
import { COMPLAINT_UID, type ComplaintRow } from './complaint-store';

/** The resolution timer of a complaint (core complaintTimer), on the office calendar and the configured settings. */
export function resolutionTimerOf(row: ComplaintRow, now: Date, clock: Clock): ServiceTimer {
  return complaintTimer(
    { severity: row.severity, receivedAt: new Date(row.receivedAt as string | Date), resolvedAt: row.resolvedAt ? new Date(row.resolvedAt) : null },
    now,
    clock.calendar,
    clock.settings,
  );
}

/**
 * The resolution deadline kept on the row (the list's "overdue" filter and its order),
 * and its breach recorded once: a timeline entry written by whoever first sees the
 * timer past due (a write, a read of the list or the complaint), with a conditional
 * update so that two readers record it once, as the service desk records its breaches.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const q = () => strapi.db.query(COMPLAINT_UID as any);

  const service = {
    clock: (): Promise<Clock> => plugin().service('serviceClock').clock(),

    async refresh(number: string, now = new Date(), clock?: Clock): Promise<void> {
      const row: ComplaintRow | null = await q().findOne({ where: { number } });
      if (!row) return;
      const calendar = clock ?? (await service.clock());
      // Every complaint write ends here, in its transaction: the KPI rollup follows it (and a breach found by time).
      await plugin().service('complaintKpiRecords').refreshRollup(row, now, calendar);
      const timer = resolutionTimerOf(row, now, calendar);
      const dueAt = new Date(timer.dueAt);
      if (!row.resolutionDueAt || new Date(row.resolutionDueAt).getTime() !== dueAt.getTime()) {
        await q().updateMany({ where: { id: row.id }, data: { resolutionDueAt: dueAt } });
      }
      if (timer.state !== 'breached' || row.breachRecordedAt) return;
      const { count } = await q().updateMany({ where: { id: row.id, breachRecordedAt: null }, data: { breachRecordedAt: now } });
      if (count !== 1) return;
      await plugin().service('complaintStore').appendEvent({
        complaintNumber: number,
        event: 'resolution_overdue',
        actor: SYSTEM,
        data: { timer: timer.name, dueAt: timer.dueAt },
        at: now,
      });
    },

    /** Open complaints past their deadline whose breach is not on record yet: recorded before a list is answered. */
    async recordDue(now = new Date()): Promise<void> {
      const due = await q().findMany({
        where: { resolutionDueAt: { $lte: now }, breachRecordedAt: null, status: { $in: ['received', 'in_progress'] } },
        select: ['number'],
        limit: 500,
      });
      if (due.length === 0) return;
      const clock = await service.clock();
      for (const { number } of due as Array<{ number: string }>) {
        await strapi.db.transaction(() => service.refresh(number, now, clock));
      }
    },
  };
  return service;
};
