import type { Core } from '@strapi/strapi';
import type { EventRow } from './claim-view';
import { insertOwned } from './owned-rows';

export const EVENT_UID = 'plugin::claim-review.claim-event';

export type ActorType = 'dealer' | 'staff' | 'system';

export interface Actor {
  type: ActorType;
  id?: number | null;
  name: string;
}

export interface AuditEntry {
  claim: { id: number; number: string };
  type: string;
  actor: Actor;
  fromStatus?: string | null;
  toStatus?: string | null;
  comment?: string | null;
  before?: unknown;
  after?: unknown;
  /** Internal notes of staff stay off the dealer's timeline. */
  dealerVisible?: boolean;
  at?: Date;
}

export const SYSTEM: Actor = { type: 'system', name: 'system' };

/**
 * The claim's audit trail. Append is the only write: there is no route, service
 * method or content-manager view that updates or deletes an event, and the
 * database lifecycle guard (bootstrap/audit-guard) refuses any that slips through.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    async append(entry: AuditEntry): Promise<void> {
      await service.appendMany([entry]);
    },

    /** Events of one claim, in order, in one insert; answered as the trail would read them. */
    async appendMany(entries: AuditEntry[]): Promise<EventRow[]> {
      if (entries.length === 0) return [];
      const at = new Date();
      const rows = entries.map((entry) => ({
        claimNumber: entry.claim.number,
        type: entry.type,
        fromStatus: entry.fromStatus ?? null,
        toStatus: entry.toStatus ?? null,
        actorType: entry.actor.type,
        actorId: entry.actor.id ?? null,
        actorName: entry.actor.name,
        comment: entry.comment ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
        dealerVisible: entry.dealerVisible ?? true,
        at: entry.at ?? at,
      }));
      const ids = await insertOwned(strapi, EVENT_UID, 'claim', entries[0].claim.id, rows);
      return rows.map((row, i) => ({ ...row, id: ids[i], at: row.at.toISOString() }));
    },

    async trail(claimNumber: string, { dealerView }: { dealerView: boolean }) {
      const where: Record<string, unknown> = { claimNumber };
      if (dealerView) where.dealerVisible = true;
      return strapi.db.query(EVENT_UID).findMany({ where, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    },
  };
  return service;
};
