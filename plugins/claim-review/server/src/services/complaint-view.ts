import type { Core } from '@strapi/strapi';
import type { ComplaintListQuery, ServiceActor } from '../../../shared';
import { COMPLAINT_MACHINE, isComplaintReadOnly, listAnswer, maskPhone } from '../../../shared';
import type { Actor } from './audit';
import { iso } from './claim-view';
import { resolutionTimerOf } from './complaint-timers';
import { COMPLAINT_UID, type ComplaintRow } from './complaint-store';
import type { Clock } from './service-clock';

const OPEN = ['received', 'in_progress', 'resolved'];

/**
 * Complaints as staff and dealers read them. Staff see everything on the complaint; a
 * dealer sees only complaints that count against it, with the complainant's phone masked
 * and nothing of who handles it, which department was told, or what it is linked to.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const q = () => strapi.db.query(COMPLAINT_UID as any);
  const timers = () => plugin().service('complaintTimers');

  const summary = (row: ComplaintRow, now: Date, clock: Clock, dealers: Map<string, string>) => ({
    number: row.number,
    status: row.status,
    version: row.version,
    channel: row.channel,
    severity: row.severity,
    subject: { kind: row.subjectKind, code: row.subjectCode },
    dealer: row.dealerCode ? { code: row.dealerCode, name: dealers.get(row.dealerCode) ?? row.dealerCode } : null,
    links: { serviceRequest: row.serviceRequestNumber, claim: row.claimNumber, unit: row.unitSerial },
    complainant: { name: row.complainantName, phone: row.complainantPhone },
    description: row.description,
    receivedAt: iso(row.receivedAt),
    owner: { id: row.ownerId, name: row.ownerName },
    timer: resolutionTimerOf(row, now, clock),
    readOnly: isComplaintReadOnly(row.status),
  });

  const service = {
    async list(query: ComplaintListQuery, actor: Actor) {
      const now = new Date();
      await timers().recordDue(now);
      const statuses = query.status ?? OPEN;
      const where: Record<string, unknown> = { status: { $in: statuses } };
      if (query.mine) where.ownerId = actor.id ?? -1;
      if (query.overdue) Object.assign(where, { resolutionDueAt: { $lte: now }, status: { $in: statuses.filter((s) => s === 'received' || s === 'in_progress') } });
      if (query.q) {
        const like = { $containsi: query.q };
        where.$or = [{ number: like }, { complainantName: like }, { complainantPhone: like }, { dealerCode: like }, { serviceRequestNumber: like }];
      }
      // While any listed state is open, due first (overdue on top); the archive newest first.
      const orderBy = statuses.includes('closed') ? [{ receivedAt: 'desc' }, { id: 'desc' }] : [{ resolutionDueAt: 'asc' }, { id: 'asc' }];
      const [rows, total] = await Promise.all([
        q().findMany({ where, orderBy, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
        q().count({ where }),
      ]);
      const clock = await timers().clock();
      const dealers = await plugin().service('serviceLookup').dealerNames(rows.map((r: ComplaintRow) => r.dealerCode));
      return listAnswer(
        rows.map((r: ComplaintRow) => ({ ...summary(r, now, clock, dealers), mine: String(r.ownerId) === String(actor.id) })),
        query.page,
        query.pageSize,
        total,
      );
    },

    async detail(number: string, actor: Actor, as: ServiceActor) {
      const now = new Date();
      let row: ComplaintRow = await plugin().service('complaintStore').mustFind(number);
      if (row.resolutionDueAt && !row.breachRecordedAt && new Date(row.resolutionDueAt).getTime() <= now.getTime()) {
        await strapi.db.transaction(() => timers().refresh(number, now));
        row = await plugin().service('complaintStore').mustFind(number);
      }
      const clock = await timers().clock();
      const [events, notices, documents, dealers] = await Promise.all([
        plugin().service('complaintStore').eventsOf(number),
        plugin().service('complaintStore').noticesOf(number),
        plugin().service('complaintDocuments').of(number, now),
        plugin().service('serviceLookup').dealerNames(row.dealerCode ? [row.dealerCode] : []),
      ]);
      const mine = String(row.ownerId) === String(actor.id);
      return {
        ...summary(row, now, clock, dealers),
        model: row.modelCode,
        fromFollowUp: row.channel === 'follow_up',
        mine,
        /** What the caller may do now: only the owner acts, and nothing on an archived complaint. */
        allowedEvents: mine && !isComplaintReadOnly(row.status) ? COMPLAINT_MACHINE.allowedEvents(row.status, as) : [],
        resolution: row.resolvedAt ? { text: row.resolution, at: iso(row.resolvedAt), documents: row.resolutionDocuments ?? [] } : null,
        closedAt: iso(row.closedAt),
        documents,
        notices: notices.map((n: any) => plugin().service('complaintNotices').view(n)),
        departments: plugin().service('complaintNotices').departments(),
        timeline: events.map((e: any) => ({
          at: iso(e.at),
          event: e.event,
          from: e.fromStatus ?? null,
          to: e.toStatus ?? null,
          actor: { kind: e.actorKind, name: e.actorName },
          note: e.note ?? null,
          data: e.data ?? null,
        })),
      };
    },

    /** GET /complaints (dealer): complaints counting against the dealer, newest first, the complainant's phone masked. */
    async forDealer(dealer: { code: string }, query: { page: number; pageSize: number }) {
      const where = { dealerCode: dealer.code };
      const [rows, total] = await Promise.all([
        q().findMany({ where, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
        q().count({ where }),
      ]);
      const data = rows.map((r: ComplaintRow) => ({
        number: r.number,
        status: r.status,
        channel: r.channel,
        severity: r.severity,
        // Not the code (a staff member's name) nor the links: a request or claim it names may be another dealer's.
        subject: { kind: r.subjectKind },
        complainant: { name: r.complainantName, phone: maskPhone(r.complainantPhone) },
        description: r.description,
        receivedAt: iso(r.receivedAt),
        resolvedAt: iso(r.resolvedAt),
        closedAt: iso(r.closedAt),
      }));
      return listAnswer(data, query.page, query.pageSize, total);
    },
  };
  return service;
};
