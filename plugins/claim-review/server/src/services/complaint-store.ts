import type { Core } from '@strapi/strapi';
import type { ComplaintStatus } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';

export const COMPLAINT_UID = 'plugin::claim-review.complaint';
export const COMPLAINT_EVENT_UID = 'plugin::claim-review.complaint-event';
export const COMPLAINT_NOTICE_UID = 'plugin::claim-review.complaint-notice';

type Instant = string | Date | null;

export interface ComplaintRow {
  id: number;
  number: string;
  status: ComplaintStatus;
  version: number;
  channel: string;
  complainantName: string;
  complainantPhone: string;
  subjectKind: string;
  subjectCode: string;
  severity: 'critical' | 'major' | 'minor';
  serviceRequestNumber: string | null;
  claimNumber: string | null;
  unitSerial: string | null;
  dealerCode: string | null;
  modelCode: string | null;
  description: string;
  receivedAt: Instant;
  ownerId: number | null;
  ownerName: string | null;
  followUpId: number | null;
  resolution: string | null;
  resolvedAt: Instant;
  resolutionDocuments: number[] | null;
  closedAt: Instant;
  resolutionDueAt: Instant;
  breachRecordedAt: Instant;
}

export interface ComplaintEventEntry {
  complaintNumber: string;
  event: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  actor: Actor;
  note?: string | null;
  data?: Record<string, unknown> | null;
  at?: Date;
}

/**
 * Rows of complaints. Every write runs in the caller's transaction; a status write is
 * conditional on the version and status read, so of two concurrent moves one wins and
 * the other is a 409.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid as any);

  const store = {
    async find(number: string): Promise<ComplaintRow | null> {
      return q(COMPLAINT_UID).findOne({ where: { number } });
    },

    async mustFind(number: string): Promise<ComplaintRow> {
      const row = await store.find(number);
      if (!row) throw new ApiError('NOT_FOUND');
      return row;
    },

    async insert(data: Omit<ComplaintRow, 'id'>): Promise<ComplaintRow> {
      return q(COMPLAINT_UID).create({ data });
    },

    /** Writes `data` only if the complaint is still at the version and status read; else 409. */
    async bump(row: ComplaintRow, data: Partial<ComplaintRow>): Promise<ComplaintRow> {
      const { count } = await q(COMPLAINT_UID).updateMany({
        where: { id: row.id, version: row.version, status: row.status },
        data: { ...data, version: row.version + 1 },
      });
      if (count !== 1) throw new ApiError('COMPLAINT_WRONG_STATE');
      return { ...row, ...data, version: row.version + 1 } as ComplaintRow;
    },

    async appendEvent(e: ComplaintEventEntry): Promise<void> {
      await q(COMPLAINT_EVENT_UID).create({
        data: {
          complaintNumber: e.complaintNumber,
          event: e.event,
          fromStatus: e.fromStatus ?? null,
          toStatus: e.toStatus ?? null,
          actorKind: e.actor.type === 'staff' ? 'coordinator' : 'system',
          actorId: e.actor.id ?? null,
          actorName: e.actor.name,
          note: e.note ?? null,
          data: e.data ?? null,
          at: e.at ?? new Date(),
        },
      });
    },

    async eventsOf(number: string) {
      return q(COMPLAINT_EVENT_UID).findMany({ where: { complaintNumber: number }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    },

    async noticesOf(number: string) {
      return q(COMPLAINT_NOTICE_UID).findMany({ where: { complaintNumber: number }, orderBy: [{ sentAt: 'asc' }, { id: 'asc' }] });
    },
  };
  return store;
};
