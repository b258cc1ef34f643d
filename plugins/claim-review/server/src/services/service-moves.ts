import type { Core } from '@strapi/strapi';
import type { ServiceActor, ServiceRequestEvent, WorkOrderEvent } from '../../../shared';
import { SERVICE_REQUEST_MACHINE, WORK_ORDER_MACHINE } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import type { RequestRow, ServiceEventEntry, WorkOrderRow } from './service-store';
import { WEBHOOK_EVENTS } from './webhooks';

type OnCommit = (cb: () => void) => void;

export interface ServiceMove<E> {
  event: E;
  /** Who the core's machine sees (a coordinator with the service actions the caller holds). */
  as: ServiceActor;
  actor: Actor;
  note?: string | null;
  /** Columns written with the status. */
  data?: Record<string, unknown>;
}

/** A refused move as the API answers it: the machine's reason (403, 409) or a missing reason (400, field `reason`). */
function refuse(result: { status: number; reason: string }): never {
  if (result.reason === 'REASON_REQUIRED') throw new ApiError('VALIDATION_FAILED', { fields: { reason: 'required' } });
  if (result.reason === 'WRONG_ACTOR') throw new ApiError('FORBIDDEN');
  throw new ApiError(result.reason as 'REQUEST_WRONG_STATE' | 'WORK_ORDER_WRONG_STATE');
}

/**
 * The only place a service request's or a work order's status is decided: the core's
 * machine says whether the move is legal for this actor, the conditional write guards
 * against a concurrent move, the timeline records it, and integrators hear of it
 * (service.status-changed) after commit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('serviceStore');

  const announce = (payload: Record<string, unknown>, onCommit: OnCommit) =>
    onCommit(() => plugin().service('webhooks').emit(WEBHOOK_EVENTS.SERVICE_STATUS_CHANGED, payload));

  const service = {
    async moveRequest(sr: RequestRow, moves: Array<ServiceMove<ServiceRequestEvent>>, onCommit: OnCommit): Promise<RequestRow> {
      const planned = SERVICE_REQUEST_MACHINE.plan(
        sr.status,
        moves.map((m) => ({ event: m.event, actor: m.as, reason: m.note })),
      );
      if (!planned.ok) refuse(planned);
      const data = Object.assign({}, ...moves.map((m) => m.data ?? {}));
      const next: RequestRow = await store().bumpRequest(sr, { ...data, status: planned.status });
      const at = new Date();
      const entries: ServiceEventEntry[] = planned.moves.map((p, i) => ({
        requestNumber: sr.number,
        workOrderNumber: null,
        kind: 'request',
        event: p.event,
        fromStatus: p.from,
        toStatus: p.to,
        actor: moves[i].actor,
        note: moves[i].note ?? null,
        at,
      }));
      await store().appendEvents(entries);
      for (const p of planned.moves) {
        announce(
          {
            kind: 'request',
            number: sr.number,
            request: sr.number,
            ...(next.dealerCode ? { dealer: next.dealerCode } : {}),
            from: p.from,
            to: p.to,
            at: at.toISOString(),
          },
          onCommit,
        );
      }
      return next;
    },

    async moveWorkOrder(wo: WorkOrderRow, move: ServiceMove<WorkOrderEvent>, onCommit: OnCommit): Promise<WorkOrderRow> {
      const result = WORK_ORDER_MACHINE.move(wo.status, { event: move.event, actor: move.as, reason: move.note });
      if (!result.ok) refuse(result);
      const next: WorkOrderRow = await store().bumpWorkOrder(wo, { ...(move.data ?? {}), status: result.to });
      const at = new Date();
      await store().appendEvents([
        {
          requestNumber: wo.requestNumber,
          workOrderNumber: wo.number,
          kind: 'work_order',
          event: move.event,
          fromStatus: wo.status,
          toStatus: result.to,
          actor: move.actor,
          note: move.note ?? null,
          at,
        },
      ]);
      announce(
        { kind: 'work_order', number: wo.number, request: wo.requestNumber, dealer: wo.dealerCode, from: wo.status, to: result.to, at: at.toISOString() },
        onCommit,
      );
      return next;
    },

    /** A timeline entry that moves nothing (a contact attempt, an unanswered follow-up call). */
    async note(entry: ServiceEventEntry): Promise<void> {
      await store().appendEvents([entry]);
    },
  };
  return service;
};
