import type { Core } from '@strapi/strapi';
import type { ClaimEventName, ClaimStatus } from '../../../shared';
import { transition } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor, AuditEntry } from './audit';
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

/** Moves checked against the state machine, not yet written: the status they reach and what changes. */
export interface Plan {
  status: string;
  data: Record<string, unknown>;
  changes: Array<{ move: Move; from: string; to: string }>;
}

/**
 * The only place a claim's status is decided: the domain core's table decides whether
 * the move is legal for this actor, the version bump guards against a concurrent
 * change, the audit trail records it, and integrators hear of it after commit. A new
 * claim submitted at once is inserted in the status `plan` reaches (claims.create), with
 * the events of `eventsOf` and the webhooks of `announce`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');

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
      const planned = service.plan(claim.status, moves);
      const version = await plugin().service('claimStore').bump(claim, { status: planned.status, ...planned.data });
      await plugin().service('audit').appendMany(service.eventsOf(claim, planned));
      service.announce(claim, planned, onCommit);
      return { ...claim, ...planned.data, status: planned.status, version };
    },

    /** Checks the moves from `status` on; throws the core's reason on the first illegal one. Writes nothing. */
    plan(status: string, moves: Move[]): Plan {
      const planned: Plan = { status, data: {}, changes: [] };
      for (const move of moves) {
        const result = transition(planned.status as ClaimStatus, move.event, move.as);
        if (!result.ok) throw new ApiError(result.reason);
        planned.changes.push({ move, from: planned.status, to: result.to });
        planned.status = result.to;
        planned.data = { ...planned.data, ...(move.data ?? {}) };
      }
      return planned;
    },

    /** One audit event per move of the plan. */
    eventsOf(claim: { id: number; number: string }, planned: Plan): AuditEntry[] {
      return planned.changes.map(({ move, from, to }) => ({
        claim,
        type: move.event,
        actor: move.actor,
        fromStatus: from,
        toStatus: to,
        comment: move.comment ?? null,
        before: move.before,
        after: move.after,
        dealerVisible: move.dealerVisible,
      }));
    },

    /** One `claim.status-changed` webhook per move, after the commit when in a transaction. */
    announce(claim: { number: string; dealerCode: string }, planned: Plan, onCommit?: (cb: () => void) => void) {
      const at = new Date().toISOString();
      for (const { from, to } of planned.changes) {
        const payload = { number: claim.number, dealer: claim.dealerCode, from, to, at };
        const emit = () => plugin().service('webhooks').emit(STATUS_CHANGED_EVENT, payload);
        if (onCommit) onCommit(emit);
        else emit();
      }
    },
  };
  return service;
};
