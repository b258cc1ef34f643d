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
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    async apply(claim: ClaimRow, move: Move, onCommit?: (cb: () => void) => void): Promise<ClaimRow> {
      return service.applyAll(claim, [move], onCommit);
    },

    /**
     * Several moves in a row (submit, then the system's precheck acceptance): each is checked
     * against the table from the status the previous one reached, and each is its own audit
     * event and webhook, but the claim row is written once.
     */
    async applyAll(claim: ClaimRow, moves: Move[], onCommit?: (cb: () => void) => void): Promise<ClaimRow> {
      let status = claim.status;
      let data: Record<string, unknown> = {};
      const changes: Array<{ move: Move; from: string; to: string }> = [];
      for (const move of moves) {
        const result = transition(status as ClaimStatus, move.event, move.as);
        if (!result.ok) throw new ApiError(result.reason);
        changes.push({ move, from: status, to: result.to });
        status = result.to;
        data = { ...data, ...(move.data ?? {}) };
      }
      const version = await strapi.plugin('claim-review').service('claimStore').bump(claim, { status, ...data });
      await strapi.plugin('claim-review').service('audit').appendMany(
        changes.map(({ move, from, to }) => ({
          claim,
          type: move.event,
          actor: move.actor,
          fromStatus: from,
          toStatus: to,
          comment: move.comment ?? null,
          before: move.before,
          after: move.after,
          dealerVisible: move.dealerVisible,
        })),
      );
      const at = new Date().toISOString();
      for (const { from, to } of changes) {
        const payload = { number: claim.number, dealer: claim.dealerCode, from, to, at };
        const emit = () => strapi.plugin('claim-review').service('webhooks').emit(STATUS_CHANGED_EVENT, payload);
        if (onCommit) onCommit(emit);
        else emit();
      }
      return { ...claim, ...data, status, version };
    },
  };
  return service;
};
