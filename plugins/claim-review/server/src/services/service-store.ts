import type { Core } from '@strapi/strapi';
import type { ServiceRequestStatus, WorkOrderStatus } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';

export const REQUEST_UID = 'plugin::claim-review.service-request';
export const WORK_ORDER_UID = 'plugin::claim-review.work-order';
export const SERVICE_EVENT_UID = 'plugin::claim-review.service-event';
export const CONTACT_UID = 'plugin::claim-review.contact-attempt';
export const RECEIPT_UID = 'plugin::claim-review.service-receipt';
export const FOLLOW_UP_UID = 'plugin::claim-review.follow-up';
export const BREACH_UID = 'plugin::claim-review.service-breach';

type Instant = string | Date | null;

export interface RequestRow {
  id: number;
  number: string;
  status: ServiceRequestStatus;
  version: number;
  cycle: number;
  channel: string;
  callerName: string;
  callerPhone: string;
  addressRegion: string;
  addressLine: string | null;
  serial: string | null;
  modelCode: string | null;
  purchaseDate: string | null;
  symptom: string;
  receivedAt: Instant;
  receivedById: number | null;
  receivedByName: string | null;
  triageOutcome: string | null;
  triageNote: string | null;
  triageAt: Instant;
  triageBy: string | null;
  workOrderNumber: string | null;
  dealerCode: string | null;
  guidanceAt: Instant;
  completedAt: Instant;
  followedUpAt: Instant;
  dueOrder: Instant;
  checkDueAt: Instant;
  nextBreachAt: Instant;
  claimNumber: string | null;
}

export interface WorkOrderRow {
  id: number;
  number: string;
  requestNumber: string;
  status: WorkOrderStatus;
  version: number;
  dealerCode: string;
  dispatchedAt: Instant;
  dispatchedBy: string | null;
  acceptedAt: Instant;
  declinedAt: Instant;
  declineReason: string | null;
  appointmentAt: Instant;
  appointmentAgreedBy: string | null;
  arrivedAt: Instant;
  completedAt: Instant;
  endedAt: Instant;
  endReason: string | null;
  failedContacts: number;
  claimNumber: string | null;
}

export interface ServiceEventEntry {
  requestNumber: string;
  workOrderNumber?: string | null;
  kind: 'request' | 'work_order';
  event: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  actor: Actor;
  note?: string | null;
  at?: Date;
}

/** The timeline's name for who acted: staff on the service desk are coordinators. */
export const actorKind = (actor: Actor): 'coordinator' | 'dealer' | 'system' => (actor.type === 'staff' ? 'coordinator' : actor.type);

/**
 * Rows of the service desk. Every write runs in the caller's transaction; a status
 * write is conditional on the version (and status) read, so of two concurrent moves
 * one wins and the other is a 409.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid as any);

  const store = {
    async findRequest(number: string): Promise<RequestRow | null> {
      return q(REQUEST_UID).findOne({ where: { number } });
    },

    async mustFindRequest(number: string): Promise<RequestRow> {
      const row = await store.findRequest(number);
      if (!row) throw new ApiError('NOT_FOUND');
      return row;
    },

    /** A work order; with a dealer code, only that dealer's (another's number is "not found"). */
    async findWorkOrder(number: string, dealerCode?: string): Promise<WorkOrderRow | null> {
      return q(WORK_ORDER_UID).findOne({ where: dealerCode ? { number, dealerCode } : { number } });
    },

    async mustFindWorkOrder(number: string, dealerCode?: string): Promise<WorkOrderRow> {
      const row = await store.findWorkOrder(number, dealerCode);
      if (!row) throw new ApiError('NOT_FOUND');
      return row;
    },

    async workOrdersOf(requestNumber: string): Promise<WorkOrderRow[]> {
      return q(WORK_ORDER_UID).findMany({ where: { requestNumber }, orderBy: [{ dispatchedAt: 'asc' }, { id: 'asc' }] });
    },

    async insertRequest(data: Omit<RequestRow, 'id'>): Promise<RequestRow> {
      return q(REQUEST_UID).create({ data });
    },

    async insertWorkOrder(data: Omit<WorkOrderRow, 'id'>): Promise<WorkOrderRow> {
      return q(WORK_ORDER_UID).create({ data });
    },

    /** Writes `data` only if the request is still at the version (and status) read; else 409. */
    async bumpRequest(row: RequestRow, data: Partial<RequestRow>): Promise<RequestRow> {
      const { count } = await q(REQUEST_UID).updateMany({
        where: { id: row.id, version: row.version, status: row.status },
        data: { ...data, version: row.version + 1 },
      });
      if (count !== 1) throw new ApiError('REQUEST_WRONG_STATE');
      return { ...row, ...data, version: row.version + 1 } as RequestRow;
    },

    async bumpWorkOrder(row: WorkOrderRow, data: Partial<WorkOrderRow>): Promise<WorkOrderRow> {
      const { count } = await q(WORK_ORDER_UID).updateMany({
        where: { id: row.id, version: row.version, status: row.status },
        data: { ...data, version: row.version + 1 },
      });
      if (count !== 1) throw new ApiError('WORK_ORDER_WRONG_STATE');
      return { ...row, ...data, version: row.version + 1 } as WorkOrderRow;
    },

    /** Columns only the server derives (the board's sort instant, the check and breach instants): no version bump. */
    async setDerived(id: number, data: Pick<RequestRow, 'dueOrder' | 'checkDueAt' | 'nextBreachAt'>): Promise<void> {
      await q(REQUEST_UID).updateMany({ where: { id }, data });
    },

    async appendEvents(entries: ServiceEventEntry[]): Promise<void> {
      const at = new Date();
      for (const e of entries) {
        await q(SERVICE_EVENT_UID).create({
          data: {
            requestNumber: e.requestNumber,
            workOrderNumber: e.workOrderNumber ?? null,
            kind: e.kind,
            event: e.event,
            fromStatus: e.fromStatus ?? null,
            toStatus: e.toStatus ?? null,
            actorKind: actorKind(e.actor),
            actorId: e.actor.id ?? null,
            actorName: e.actor.name,
            note: e.note ?? null,
            at: e.at ?? at,
          },
        });
      }
    },

    async eventsOf(requestNumber: string) {
      return q(SERVICE_EVENT_UID).findMany({ where: { requestNumber }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    },

    async attemptsOf(workOrderNumbers: string[]) {
      if (workOrderNumbers.length === 0) return [];
      return q(CONTACT_UID).findMany({ where: { workOrderNumber: { $in: workOrderNumbers } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    },

    async receiptsOf(workOrderNumbers: string[]) {
      if (workOrderNumbers.length === 0) return [];
      return q(RECEIPT_UID).findMany({ where: { workOrderNumber: { $in: workOrderNumbers } } });
    },

    async followUpsOf(requestNumber: string) {
      return q(FOLLOW_UP_UID).findMany({ where: { requestNumber }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    },

    async breachesOf(requestNumber: string) {
      return q(BREACH_UID).findMany({ where: { requestNumber }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }] });
    },
  };
  return store;
};
