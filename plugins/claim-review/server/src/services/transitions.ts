import type { Core } from '@strapi/strapi';
import type { ClaimEventName, ClaimStatus } from '../../../shared';
import { transition } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import type { ClaimRow } from './claim-store';

/** Who the state machine sees: staff act as reviewer or finance depending on the event. */
export type MachineActor = 'dealer' | 'reviewer' | 'system' | 'finance';

export interface Move {
  event: ClaimEventName;
  as: MachineActor;
  actor: Actor;
  comment?: string | null;
  /** Extra claim columns written with the status (decidedAt, returnDueDate…). */
  data?: Record<string, unknown>;
  before?: unknown;
  after?: unknown;
  dealerVisible?: boolean;
}

export const STATUS_CHANGED_EVENT = 'claim.status-changed';

/**
 * The only place a claim's status changes: the domain core's table decides whether
 * the move is legal for this actor, the version bump guards against a concurrent
 * change, the audit trail records it, and integrators hear of it after commit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(claim: ClaimRow, move: Move, onCommit?: (cb: () => void) => void): Promise<ClaimRow> {
    const result = transition(claim.status as ClaimStatus, move.event, move.as);
    if (!result.ok) throw new ApiError(result.reason);
    const from = claim.status;
    const version = await strapi.plugin('claim-review').service('claimStore').bump(claim, { status: result.to, ...(move.data ?? {}) });
    await strapi.plugin('claim-review').service('audit').append({
      claim,
      type: move.event,
      actor: move.actor,
      fromStatus: from,
      toStatus: result.to,
      comment: move.comment ?? null,
      before: move.before,
      after: move.after,
      dealerVisible: move.dealerVisible,
    });
    const payload = { number: claim.number, dealer: claim.dealerCode, from, to: result.to, at: new Date().toISOString() };
    const emit = () => strapi.plugin('claim-review').service('webhooks').emit(STATUS_CHANGED_EVENT, payload);
    if (onCommit) onCommit(emit);
    else emit();
    return { ...claim, ...(move.data ?? {}), status: result.to, version };
  },
});
