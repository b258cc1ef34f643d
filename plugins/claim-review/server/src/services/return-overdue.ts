import type { Core } from '@strapi/strapi';
import type { Finding } from '../../../shared';
import { businessDate, returnOverdueFinding } from '../../../shared';
import { ApiError } from '../api-error';
import type { PluginConfig } from '../config';
import { SYSTEM } from './audit';
import { CLAIM_UID, type ClaimRow } from './claim-store';
import { owedQty } from './returns';
import { RETURNED_PART_UID, type ReturnedPartRow } from './shipment-view';

export const RETURN_OVERDUE_JOB = 'claim-review.return-overdue';

/**
 * The daily job (cron, see `schedule`): a claim still awaiting parts after its cut-off,
 * with a part that had not arrived by then, gets the RETURN_OVERDUE finding that the
 * dealer and the reviewer both see, and does not settle.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const config = () => strapi.config.get('plugin::claim-review') as PluginConfig;

  /** Every part the claim owes was received, by the cut-off day, company time. */
  async function arrivedInTime(claim: ClaimRow, dueDate: string): Promise<boolean> {
    const returned = (await strapi.db.query(RETURNED_PART_UID).findMany({
      where: { claimNumber: claim.number },
      populate: { shipment: { select: ['status', 'receivedAt'] } },
    })) as ReturnedPartRow[];
    return (claim.lines ?? []).every((line) => {
      if (owedQty(line) === 0) return true;
      const part = returned.find((p) => p.lineId === line.id);
      const received = part?.shipment?.status === 'received' && part.shipment.receivedAt;
      return Boolean(received) && businessDate(new Date(part!.shipment!.receivedAt!), config().timeZone) <= dueDate;
    });
  }

  const service = {
    /** One run; `now` lets tests pick the day. Answers the claim numbers it flagged. */
    async run(options: { now?: Date } = {}): Promise<{ today: string; flagged: string[] }> {
      const now = options.now ?? new Date();
      const today: string = plugin().service('facts').today(now);
      const candidates = await strapi.db.query(CLAIM_UID).findMany({
        where: { status: 'awaiting_parts', returnOverdue: false, returnDueDate: { $lt: today } },
        select: ['number'],
        orderBy: { id: 'asc' },
      });
      const flagged: string[] = [];
      for (const { number } of candidates) {
        try {
          const done = await strapi.db.transaction(async () => {
            const claim: ClaimRow = await plugin().service('claimStore').mustFind(number);
            if (claim.status !== 'awaiting_parts' || claim.returnOverdue || !claim.returnDueDate) return false;
            if (await arrivedInTime(claim, claim.returnDueDate)) return false;
            const policy = await plugin().service('review').policyOfClaim(claim);
            const finding = returnOverdueFinding({ claimNumber: number, dueDate: claim.returnDueDate, today, policy });
            if (!finding) return false;
            const findings = [...((claim.findings ?? []) as Finding[]).filter((f) => f.code !== 'RETURN_OVERDUE'), finding];
            await plugin().service('claimStore').bump(claim, { returnOverdue: true, findings });
            await plugin().service('audit').append({
              claim,
              type: 'return_overdue',
              actor: SYSTEM,
              comment: finding.message.zh,
              after: { returnDueDate: claim.returnDueDate, returnOverdue: true },
              at: now,
            });
            return true;
          });
          if (done) flagged.push(number);
        } catch (error) {
          // A claim changed under the job is looked at again on the next run.
          if (!(error instanceof ApiError)) throw error;
        }
      }
      if (flagged.length) strapi.log.info(`[claim-review] return overdue: ${flagged.join(', ')}`);
      return { today, flagged };
    },

    /** Registers the job with Strapi's cron (it runs only where server.cron.enabled). */
    schedule() {
      const rule = config().returnOverdueRule;
      if (!rule) return;
      strapi.cron.add({
        [RETURN_OVERDUE_JOB]: {
          task: async () => {
            await service.run();
          },
          options: { rule, tz: config().timeZone },
        },
      });
    },
  };
  return service;
};
