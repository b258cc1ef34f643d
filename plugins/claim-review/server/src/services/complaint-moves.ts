import type { Core } from '@strapi/strapi';
import type { ComplaintEvent, ServiceActor } from '../../../shared';
import { COMPLAINT_MACHINE, complaintOwnerProblem, isComplaintReadOnly } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import type { ComplaintRow } from './complaint-store';

/**
 * Whether this caller may act on this complaint at all, before any state check: only
 * its owner (首问负责制, 403 NOT_COMPLAINT_OWNER), and never once it is closed and
 * archived (409 COMPLAINT_CLOSED).
 */
export function refuseUnlessOwnerOfOpen(row: ComplaintRow, actor: Actor): void {
  if (complaintOwnerProblem(row.ownerId ?? '', actor.id ?? '')) throw new ApiError('NOT_COMPLAINT_OWNER');
  if (isComplaintReadOnly(row.status)) throw new ApiError('COMPLAINT_CLOSED');
}

/**
 * The only place a complaint's status is decided: owner and archive first, then the
 * core's machine, then the write conditional on the version read, and the timeline.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.plugin('claim-review').service('complaintStore');

  return {
    async move(
      row: ComplaintRow,
      move: { event: ComplaintEvent; as: ServiceActor; actor: Actor; note?: string | null; data?: Partial<ComplaintRow>; eventData?: Record<string, unknown> },
    ): Promise<ComplaintRow> {
      refuseUnlessOwnerOfOpen(row, move.actor);
      const result = COMPLAINT_MACHINE.move(row.status, { event: move.event, actor: move.as });
      if (!result.ok) {
        if (result.reason === 'WRONG_ACTOR') throw new ApiError('FORBIDDEN');
        throw new ApiError('COMPLAINT_WRONG_STATE');
      }
      const next: ComplaintRow = await store().bump(row, { ...(move.data ?? {}), status: result.to });
      await store().appendEvent({
        complaintNumber: row.number,
        event: move.event,
        fromStatus: row.status,
        toStatus: result.to,
        actor: move.actor,
        note: move.note ?? null,
        data: move.eventData ?? null,
      });
      return next;
    },
  };
};
