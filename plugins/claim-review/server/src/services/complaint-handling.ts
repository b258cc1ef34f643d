import type { Core } from '@strapi/strapi';
import type { ComplaintConfirmationInput, ComplaintNoticeInput, ComplaintResolutionInput, ServiceActor } from '../../../shared';
import { COMPLAINT_MACHINE, confirmationEvent } from '../../../shared';
import { ApiError } from '../api-error';
import { ATTACHMENT_UID } from './attachments';
import type { Actor } from './audit';
import { COMPLAINT_FILES } from './complaint-documents';
import { refuseUnlessOwnerOfOpen } from './complaint-moves';
import type { ComplaintRow } from './complaint-store';
import { refuseTime } from './service-requests';

const CLOCK_SKEW_MS = 5 * 60_000;

/** A step's instant: not ahead of the server (beyond a phone's skew), not before `after`. */
function refuseStepTime(at: string, after: string | Date | null, now: Date, field = 'at') {
  if (new Date(at).getTime() > now.getTime() + CLOCK_SKEW_MS) refuseTime({ reason: 'TIME_IN_FUTURE', fields: { [field]: 'in_future' } });
  if (after && new Date(at).getTime() < new Date(after).getTime()) throw new ApiError('VALIDATION_FAILED', { fields: { [field]: 'too_early' } });
}

/**
 * Handling a complaint, by its owner only: each responsible department told in writing,
 * the resolution with its documents, and the call back to the customer that closes it or
 * puts it back in progress. Each is one transaction conditional on the version read; the
 * departments' e-mails go after the commit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('complaintStore');
  const moves = () => plugin().service('complaintMoves');
  const timers = () => plugin().service('complaintTimers');

  /** Refused before anything is written: not the owner, archived, or not a move this state takes. */
  function precheck(row: ComplaintRow, actor: Actor, as: ServiceActor, event: Parameters<typeof COMPLAINT_MACHINE.move>[1]['event']) {
    refuseUnlessOwnerOfOpen(row, actor);
    if (!COMPLAINT_MACHINE.move(row.status, { event, actor: as }).ok) throw new ApiError('COMPLAINT_WRONG_STATE');
  }

  return {
    async notify(number: string, input: ComplaintNoticeInput, actor: Actor, as: ServiceActor): Promise<void> {
      precheck(await store().mustFind(number), actor, as, 'notify_departments');
      plugin().service('complaintNotices').refuseUnknown(input.departments);
      const now = new Date();
      const sent = await strapi.db.transaction(async () => {
        const row: ComplaintRow = await store().mustFind(number);
        const moved: ComplaintRow = await moves().move(row, {
          event: 'notify_departments',
          as,
          actor,
          note: input.note ?? null,
          eventData: { departments: Array.from(new Set(input.departments)) },
        });
        const ids: number[] = await plugin().service('complaintNotices').insert(moved, input.departments, input.note ?? null, actor, now);
        await timers().refresh(number, now);
        return { ids, row: await store().mustFind(number) };
      });
      // Committed: the notices stand whatever the mail server does.
      await plugin().service('complaintNotices').mail(sent.ids, sent.row);
    },

    async resolve(number: string, input: ComplaintResolutionInput, actor: Actor, as: ServiceActor): Promise<void> {
      const first: ComplaintRow = await store().mustFind(number);
      precheck(first, actor, as, 'resolve');
      refuseStepTime(input.at, first.receivedAt, new Date());
      const documents = Array.from(new Set(input.documents));
      if (documents.length) {
        const found = await strapi.db.query(ATTACHMENT_UID).findMany({ where: { id: { $in: documents }, claimNumber: number, dealerCode: COMPLAINT_FILES }, select: ['id'] });
        const known = new Set(found.map((f: { id: number }) => f.id));
        const fields: Record<string, string> = {};
        input.documents.forEach((id, i) => {
          if (!known.has(id)) fields[`documents.${i}`] = 'not_found';
        });
        if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', { fields });
      }
      await strapi.db.transaction(async () => {
        const row: ComplaintRow = await store().mustFind(number);
        await moves().move(row, {
          event: 'resolve',
          as,
          actor,
          note: input.resolution,
          data: { resolution: input.resolution, resolvedAt: new Date(input.at), resolutionDocuments: documents },
          eventData: { at: input.at, documents },
        });
        await timers().refresh(number, new Date());
      });
    },

    /** 满意 closes and archives it; below puts it back in progress with the resolution withdrawn; no answer moves nothing. */
    async confirm(number: string, input: ComplaintConfirmationInput, actor: Actor, as: ServiceActor): Promise<void> {
      const event = confirmationEvent(input);
      const first: ComplaintRow = await store().mustFind(number);
      precheck(first, actor, as, event ?? 'confirm_satisfied');
      refuseStepTime(input.at, first.resolvedAt, new Date());
      const call = { at: input.at, reached: input.reached, satisfaction: input.satisfaction ?? null };
      await strapi.db.transaction(async () => {
        const row: ComplaintRow = await store().mustFind(number);
        if (event === null) {
          precheck(row, actor, as, 'confirm_satisfied');
          // Not answered: on the timeline, and the version moves so a concurrent close is seen.
          await store().bump(row, {});
          await store().appendEvent({ complaintNumber: number, event: 'confirmation_no_answer', actor, note: input.note ?? null, data: call });
          return;
        }
        const data: Partial<ComplaintRow> =
          event === 'confirm_satisfied' ? { closedAt: new Date() } : { resolvedAt: null, resolution: null, resolutionDocuments: null };
        await moves().move(row, { event, as, actor, note: input.note ?? null, data, eventData: call });
        await timers().refresh(number, new Date());
      });
    },
  };
};
