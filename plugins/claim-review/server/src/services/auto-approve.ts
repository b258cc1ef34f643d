import type { Core } from '@strapi/strapi';
import type { AutoApproveDecision, DealerGrade } from '../../../shared';
import { DEALER_GRADES, autoApproveDecision, isDrawnForSpotCheck } from '../../../shared';
import type { Actor } from './audit';
import type { ClaimRow } from './claim-store';
import { scorecardSettings } from './scorecard-settings';

const DEALER_UID = 'api::dealer.dealer';
export const SPOT_CHECK_UID = 'plugin::claim-review.spot-check';
/** The system actor of a low-risk approval; the audit event beside it names the rule. */
export const AUTO_APPROVER: Actor = { type: 'system', name: 'auto-approve' };

const gradeOf = (value: unknown): DealerGrade | null => (DEALER_GRADES as readonly unknown[]).includes(value) ? (value as DealerGrade) : null;

/**
 * Low-risk automatic approval (dealer scorecard), run right after a submission commits.
 * Anomaly flags are computed on read from committed claims by parallel queries, which one
 * transaction's connection cannot run, so the decision is taken after the submission's
 * transaction, and the approval is written in its own, on the condition that the claim is
 * still in review at the version the submission left (a reviewer who got there first wins).
 * With no amount on the claim's policy nothing is computed and nothing is written.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('claimStore');
  const audit = () => plugin().service('audit');

  async function dealerGrade(code: string): Promise<DealerGrade | null> {
    const dealer = await strapi.db.query(DEALER_UID).findOne({ where: { code }, select: ['creditGrade'] });
    return gradeOf(dealer?.creditGrade);
  }

  const service = {
    /** Decides a freshly submitted claim; answers the decision, or null when the policy has auto-approval off. */
    async afterSubmit(number: string): Promise<AutoApproveDecision | null> {
      const row: ClaimRow = await store().mustFind(number);
      if (row.status !== 'in_review') return null;
      const policy = await plugin().service('review').policyOfClaim(row);
      const threshold: number | null = policy?.autoApproveUnderFen ?? null;
      if (!threshold || threshold <= 0) return null;

      const [grade, anomalies] = await Promise.all([dealerGrade(row.dealerCode), plugin().service('anomalies').forClaim(number)]);
      const decision = autoApproveDecision(
        {
          grade,
          payableFen: row.payableAmount,
          findings: row.findings ?? [],
          anomalyFlags: anomalies.flags,
          anyPartMustReturn: (row.lines ?? []).some((l) => l.kind === 'part' && l.mustReturn),
        },
        { autoApproveUnderFen: threshold },
      );
      const facts = { rule: decision.rule, reasons: decision.reasons, thresholdFen: threshold, payableFen: row.payableAmount, grade };
      const now = new Date();
      await strapi.db.transaction(async ({ onCommit }) => {
        const current: ClaimRow = await store().mustFind(number);
        if (current.status !== 'in_review' || current.version !== row.version) return;
        if (decision.decision === 'review') {
          // Staff read why the system left the claim to them; the dealer's timeline is unchanged.
          await audit().append({ claim: current, type: 'auto_approve_declined', actor: AUTO_APPROVER, after: facts, dealerVisible: false });
          return;
        }
        const { spotCheckShareBp, spotCheckSeed } = scorecardSettings(strapi);
        const drawn = isDrawnForSpotCheck(number, spotCheckShareBp, spotCheckSeed);
        await audit().append({
          claim: current,
          type: 'auto_approved',
          actor: AUTO_APPROVER,
          comment: 'LOW_RISK_AUTO_APPROVE',
          after: { ...facts, spotCheck: drawn ? { shareBp: spotCheckShareBp } : null },
          // The amount stays with staff: a dealer who knew it could file just under it.
          dealerVisible: false,
        });
        await plugin().service('review').decideWithin(current, AUTO_APPROVER, { decision: 'approve', comment: '' }, now, onCommit);
        if (drawn) {
          await strapi.db.query(SPOT_CHECK_UID).create({
            data: { claimNumber: number, dealerCode: current.dealerCode, status: 'pending', drawnAt: now, shareBp: spotCheckShareBp, payable: current.payableAmount },
          });
        }
      });
      return decision;
    },
  };
  return service;
};
