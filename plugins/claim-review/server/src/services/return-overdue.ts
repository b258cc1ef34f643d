import type { Core } from '@strapi/strapi';
import type { ClaimLine } from '../../../shared';
import { forfeitLines, isReturnForfeited, returnGraceUntil, returnOverdueFinding, RETURN_FORFEITED_REASON } from '../../../shared';
import { ApiError } from '../api-error';
import type { PluginConfig } from '../config';
import { SYSTEM } from './audit';
import { CLAIM_UID, totalColumns, type ClaimRow } from './claim-store';
import { lineOf } from './claim-view';
import { owedQty, withoutOverdue } from './returns';

export const RETURN_OVERDUE_JOB = 'claim-review.return-overdue';

type Step = (claim: ClaimRow, onCommit: (cb: () => void) => void) => Promise<boolean>;

/**
 * The daily job (cron, see `schedule`). A claim still awaiting parts after its cut-off,
 * with a part that has not been received, gets the RETURN_OVERDUE finding that the
 * dealer and the reviewer both see, and does not settle; a late receipt clears it
 * (returns.receive). Past the policy's grace period (returnGraceDays) the lines whose
 * part never arrived are forfeited — payable 0, reason RETURN_FORFEITED, an audit event
 * by the system — and the claim moves on to settle what remains.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const config = () => strapi.config.get('plugin::claim-review') as PluginConfig;
  const store = () => plugin().service('claimStore');
  const returns = () => plugin().service('returns');

  /** The owed lines whose part is not in a received shipment. */
  async function missingLines(claim: ClaimRow) {
    const received: Set<number> = await returns().receivedLineIds(claim);
    return (claim.lines ?? []).filter((line) => owedQty(line) > 0 && !received.has(line.id));
  }

  /** Runs `step` on each claim in its own transaction; a claim changed under the job is looked at again on the next run. */
  async function each(numbers: string[], step: Step): Promise<string[]> {
    const done: string[] = [];
    for (const number of numbers) {
      try {
        const changed = await strapi.db.transaction(async ({ onCommit }) => step(await store().mustFind(number), onCommit));
        if (changed) done.push(number);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
      }
    }
    return done;
  }

  const candidates = async (where: Record<string, unknown>): Promise<string[]> =>
    (await strapi.db.query(CLAIM_UID).findMany({ where: { status: 'awaiting_parts', ...where }, select: ['number'], orderBy: { id: 'asc' } })).map(
      (c: { number: string }) => c.number,
    );

  const service = {
    /** One run; `now` lets tests pick the day. Answers the claim numbers it flagged and those it forfeited parts of. */
    async run(options: { now?: Date } = {}): Promise<{ today: string; flagged: string[]; forfeited: string[] }> {
      const now = options.now ?? new Date();
      const today: string = plugin().service('facts').today(now);

      const flagged = await each(await candidates({ returnOverdue: false, returnDueDate: { $lt: today } }), async (claim) => {
        if (claim.status !== 'awaiting_parts' || claim.returnOverdue || !claim.returnDueDate) return false;
        if ((await missingLines(claim)).length === 0) return false;
        const policy = await plugin().service('review').policyOfClaim(claim);
        const finding = returnOverdueFinding({ claimNumber: claim.number, dueDate: claim.returnDueDate, today, policy });
        if (!finding) return false;
        await store().bump(claim, { returnOverdue: true, findings: [...withoutOverdue(claim.findings), finding] });
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

      const forfeited = await each(await candidates({ returnOverdue: true, returnDueDate: { $lt: today } }), async (claim, onCommit) => {
        if (claim.status !== 'awaiting_parts' || !claim.returnOverdue || !claim.returnDueDate) return false;
        const policy = await plugin().service('review').policyOfClaim(claim);
        if (!isReturnForfeited(today, claim.returnDueDate, policy?.returnGraceDays)) return false;
        const missing = await missingLines(claim);
        if (missing.length === 0) return false;
        const before = (claim.lines ?? []).map(lineOf) as ClaimLine[];
        const { totals } = forfeitLines(before, missing.map((l) => l.id));
        for (const line of missing) await store().updateLine(line.id, { payable: 0, reasonCode: RETURN_FORFEITED_REASON, inspectionResult: 'not_received' });
        await store().bump(claim, { returnOverdue: false, findings: withoutOverdue(claim.findings), ...totalColumns(totals) });
        const forfeiture = {
          before: { totals: { payable: claim.payableAmount } },
          after: {
            totals: { payable: totals.payable },
            returnDueDate: claim.returnDueDate,
            graceUntil: returnGraceUntil(claim.returnDueDate, policy?.returnGraceDays),
            forfeited: missing.map((l) => ({ lineId: l.id, partNumber: l.ref, qty: owedQty(l), reasonCode: RETURN_FORFEITED_REASON })),
          },
        };
        // Nothing else outstanding: the forfeiture itself moves the claim to ready_to_settle.
        const moved = await returns().completeIfInspected(claim.number, onCommit, { event: 'return_forfeited', ...forfeiture });
        if (!moved) await plugin().service('audit').append({ claim, type: 'return_forfeited', actor: SYSTEM, ...forfeiture, at: now });
        return true;
      });

      if (flagged.length) strapi.log.info(`[claim-review] return overdue: ${flagged.join(', ')}`);
      if (forfeited.length) strapi.log.info(`[claim-review] unreturned parts forfeited: ${forfeited.join(', ')}`);
      return { today, flagged, forfeited };
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
