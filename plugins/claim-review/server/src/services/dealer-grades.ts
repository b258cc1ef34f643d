import type { Core } from '@strapi/strapi';
import type { DealerGrade, GradeChangeAnswer, GradeChangeInput } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';

const DEALER_UID = 'api::dealer.dealer';
export const GRADE_CHANGE_UID = 'plugin::claim-review.dealer-grade-change';

interface GradeChangeRow {
  dealerCode: string;
  fromGrade: string | null;
  toGrade: string;
  reason: string;
  actorName: string;
  at: string;
}

/**
 * The dealer's credit grade (seed 000: 降级 of a dealer caught falsifying claims), set by
 * staff with a reason. The grade is a column of the CMS's dealer record, which the CMS
 * admin may also edit; this route is the audited way: a conditional update on the grade
 * read, and an append-only `dealer-grade-change` row, in one transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async setGrade(code: string, actor: Actor, input: GradeChangeInput, now = new Date()) {
    await strapi.db.transaction(async () => {
      const dealer = await strapi.db.query(DEALER_UID).findOne({ where: { code }, select: ['id', 'code', 'creditGrade'] });
      if (!dealer) throw new ApiError('NOT_FOUND');
      const from: DealerGrade | null = dealer.creditGrade ?? null;
      if (from === input.grade) throw new ApiError('GRADE_UNCHANGED');
      // Two staff grading at once: the second finds the grade it read gone and gets 409.
      const { count } = await strapi.db.query(DEALER_UID).updateMany({
        where: { id: dealer.id, creditGrade: from === null ? { $null: true } : from },
        data: { creditGrade: input.grade },
      });
      if (count !== 1) throw new ApiError('STALE_VERSION');
      await strapi.db.query(GRADE_CHANGE_UID).create({
        data: { dealerCode: code, fromGrade: from, toGrade: input.grade, reason: input.reason, actorId: actor.id ?? null, actorName: actor.name, at: now },
      });
    });
    return { dealer: code, grade: input.grade, history: await this.history(code, { forStaff: true }) };
  },

  /** Newest first; the dealer's own view leaves out who made the change. */
  async history(code: string, { forStaff }: { forStaff: boolean }): Promise<GradeChangeAnswer[]> {
    const rows: GradeChangeRow[] = await strapi.db.query(GRADE_CHANGE_UID).findMany({ where: { dealerCode: code }, orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: 100 });
    return rows.map((r) => ({
      from: (r.fromGrade as DealerGrade | null) ?? null,
      to: r.toGrade as DealerGrade,
      reason: r.reason,
      ...(forStaff ? { by: r.actorName } : {}),
      at: new Date(r.at).toISOString(),
    }));
  },
});
