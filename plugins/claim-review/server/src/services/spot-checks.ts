import type { Core } from '@strapi/strapi';
import type { SpotCheckAnswer, SpotCheckDecisionInput, SpotCheckListQuery } from '../../../shared';
import { listAnswer } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { SPOT_CHECK_UID } from './auto-approve';
import type { ClaimRow } from './claim-store';
import { isRowId } from './row-id';

const DEALER_UID = 'api::dealer.dealer';
const SETTLEMENT_LINE_UID = 'plugin::claim-review.settlement-line';

interface SpotCheckRow {
  id: number;
  claimNumber: string;
  dealerCode: string;
  status: SpotCheckAnswer['status'];
  drawnAt: string;
  shareBp: number;
  payable: number | null;
  reviewerName: string | null;
  note: string | null;
  decidedAt: string | null;
}

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

/**
 * Spot checks of auto-approved claims (seed 000: 销售业务员…抽查监督): the reviewer's list,
 * and the verdict. A failed check takes the approval back (the claim returns to the review
 * queue with a fresh clock) unless the claim is already in a settlement, and flags the
 * dealer: its later claims carry DEALER_SPOT_CHECK_FAILED, so none is auto-approved.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('claimStore');

  async function answerOf(rows: SpotCheckRow[]): Promise<SpotCheckAnswer[]> {
    const codes = [...new Set(rows.map((r) => r.dealerCode))];
    const numbers = rows.map((r) => r.claimNumber);
    const [dealers, claims] = await Promise.all([
      codes.length ? strapi.db.query(DEALER_UID).findMany({ where: { code: { $in: codes } }, select: ['code', 'name'] }) : [],
      numbers.length ? strapi.db.query('plugin::claim-review.claim').findMany({ where: { number: { $in: numbers } }, select: ['number', 'status'] }) : [],
    ]);
    const nameOf = new Map(dealers.map((d: any) => [d.code, d.name]));
    const statusOf = new Map(claims.map((c: any) => [c.number, c.status]));
    return rows.map((r) => ({
      id: r.id,
      claimNumber: r.claimNumber,
      dealer: { code: r.dealerCode, name: nameOf.get(r.dealerCode) ?? r.dealerCode },
      payable: Number(r.payable ?? 0),
      claimStatus: statusOf.get(r.claimNumber) ?? 'unknown',
      status: r.status,
      drawnAt: iso(r.drawnAt)!,
      shareBp: r.shareBp,
      reviewer: r.reviewerName ?? null,
      note: r.note ?? null,
      decidedAt: iso(r.decidedAt),
    }));
  }

  /** The claim back in review: decisions of its lines cleared (an auto-approval accepted them all, so amounts stand). */
  async function reverse(claim: ClaimRow, actor: Actor, note: string, now: Date, onCommit: (cb: () => void) => void) {
    const inSettlement = await strapi.db.query(SETTLEMENT_LINE_UID).count({ where: { claimNumber: claim.number } });
    if (claim.status === 'settled' || inSettlement > 0) throw new ApiError('CLAIM_IN_SETTLEMENT');
    const clock = await plugin().service('review').clockFrom(claim, now);
    await plugin().service('transitions').apply(
      claim,
      { event: 'spot_check_failed', as: 'reviewer', actor, comment: note, data: { ...clock, decidedAt: null, returnDueDate: null } },
      onCommit,
    );
    for (const line of claim.lines ?? []) {
      await store().updateLine(line.id, { decision: null, reasonCode: null, approvedQty: null, approvedHoursTenths: null });
    }
  }

  return {
    async list(query: SpotCheckListQuery) {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 25;
      const where: Record<string, unknown> = {};
      const status = query.status ?? 'pending';
      if (status !== 'all') where.status = status;
      if (query.dealer) where.dealerCode = query.dealer;
      const [rows, total] = await Promise.all([
        strapi.db.query(SPOT_CHECK_UID).findMany({ where, orderBy: [{ drawnAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(SPOT_CHECK_UID).count({ where }),
      ]);
      return listAnswer(await answerOf(rows), page, pageSize, total);
    },

    /** One transaction: the check's conditional update (pending → decided), and on failure the reversal. */
    async decide(id: number, actor: Actor, input: SpotCheckDecisionInput, now = new Date()) {
      if (!isRowId(id)) throw new ApiError('NOT_FOUND');
      await strapi.db.transaction(async ({ onCommit }) => {
        const check: SpotCheckRow | null = await strapi.db.query(SPOT_CHECK_UID).findOne({ where: { id } });
        if (!check) throw new ApiError('NOT_FOUND');
        const { count } = await strapi.db.query(SPOT_CHECK_UID).updateMany({
          where: { id, status: 'pending' },
          data: { status: input.result, reviewerId: actor.id ?? null, reviewerName: actor.name, note: input.note ?? null, decidedAt: now },
        });
        if (count !== 1) throw new ApiError('SPOT_CHECK_DECIDED');
        const claim: ClaimRow = await store().mustFind(check.claimNumber);
        if (input.result === 'failed') {
          await reverse(claim, actor, input.note ?? '', now, onCommit);
        } else {
          await plugin().service('audit').append({ claim, type: 'spot_check_passed', actor, comment: input.note ?? null, dealerVisible: false });
        }
      });
      const [row] = await strapi.db.query(SPOT_CHECK_UID).findMany({ where: { id } });
      return (await answerOf([row]))[0];
    },

    /** Claims of the dealer whose spot check failed in the last `days` days, newest first. */
    async failedClaims(dealerCode: string, days: number, now = new Date()): Promise<string[]> {
      const since = new Date(now.getTime() - days * 86_400_000);
      const rows = await strapi.db.query(SPOT_CHECK_UID).findMany({
        where: { dealerCode, status: 'failed', decidedAt: { $gte: since } },
        select: ['claimNumber'],
        orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
      });
      return rows.map((r: { claimNumber: string }) => r.claimNumber);
    },
  };
};
