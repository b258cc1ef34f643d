import type { Core } from '@strapi/strapi';
import type { ComplaintFromFollowUpInput, ComplaintInput } from '../../../shared';
import { complaintFromFollowUp, receivedAtProblem } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { CLAIM_UID } from './claim-store';
import { FOLLOW_UP_UID, type RequestRow, type WorkOrderRow } from './service-store';
import { refuseTime } from './service-requests';

type Recorded = ReturnType<typeof complaintFromFollowUp> | (ComplaintInput & { channel: ComplaintInput['channel'] });

interface ClaimRef {
  number: string;
  dealerCode: string;
  serial: string | null;
  modelCode: string | null;
}

/**
 * Recording a complaint (客户投诉记录表): directly (phone, letter, visit, e-mail) or from a
 * follow-up call. Whom it is about and what it is linked to are looked up, never taken
 * on trust; the dealer it counts against and the unit's model are fixed at receipt. The
 * signed-in user receives it and owns it until it is closed (首问负责制).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const lookup = () => plugin().service('serviceLookup');
  const serviceStore = () => plugin().service('serviceStore');

  /** The dealer a complaint counts against: the one it is about, else its request's (last dispatched), else its claim's. */
  async function dealerOf(c: Recorded, sr: RequestRow | null, claim: ClaimRef | null): Promise<string | null> {
    if (c.subject.kind === 'dealer') return c.subject.code;
    if (sr) {
      if (sr.dealerCode) return sr.dealerCode;
      const orders: WorkOrderRow[] = await serviceStore().workOrdersOf(sr.number);
      if (orders.length) return orders[orders.length - 1].dealerCode;
    }
    return claim?.dealerCode ?? null;
  }

  async function record(c: Recorded, actor: Actor, followUpId: number | null): Promise<string> {
    const fields: Record<string, string> = {};
    if (c.subject.kind === 'dealer' && !(await lookup().dealerByCode(c.subject.code))) fields['subject.code'] = 'not_found';
    if (c.subject.kind === 'product' && !(await lookup().modelName(c.subject.code))) fields['subject.code'] = 'not_found';
    const sr: RequestRow | null = c.links.serviceRequest ? await serviceStore().findRequest(c.links.serviceRequest) : null;
    if (c.links.serviceRequest && !sr) fields['links.serviceRequest'] = 'not_found';
    const claim: ClaimRef | null = c.links.claim
      ? await strapi.db.query(CLAIM_UID).findOne({ where: { number: c.links.claim }, select: ['number', 'dealerCode', 'serial', 'modelCode'] })
      : null;
    if (c.links.claim && !claim) fields['links.claim'] = 'not_found';
    const serial = c.links.unit ?? sr?.serial ?? claim?.serial ?? null;
    const unit = serial ? await plugin().service('facts').unitBySerial(serial) : null;
    if (c.links.unit && !unit) fields['links.unit'] = 'not_found';
    if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', { fields });

    const dealerCode = await dealerOf(c, sr, claim);
    const modelCode = unit?.model?.code ?? sr?.modelCode ?? claim?.modelCode ?? (c.subject.kind === 'product' ? c.subject.code : null);
    return strapi.db.transaction(async ({ trx }) => {
      const month = plugin().service('facts').today(new Date(c.receivedAt)).slice(0, 7).replace('-', '');
      const number: string = await plugin().service('numbering').next(trx, 'TS', month, 5);
      await plugin().service('complaintStore').insert({
        number,
        status: 'received',
        version: 1,
        channel: c.channel,
        complainantName: c.complainant.name,
        complainantPhone: c.complainant.phone,
        subjectKind: c.subject.kind,
        subjectCode: c.subject.code,
        severity: c.severity,
        serviceRequestNumber: sr?.number ?? null,
        claimNumber: claim?.number ?? null,
        unitSerial: unit?.serial ?? serial,
        dealerCode,
        modelCode,
        description: c.description,
        receivedAt: new Date(c.receivedAt),
        ownerId: actor.id ?? null,
        ownerName: actor.name,
        followUpId,
        resolution: null,
        resolvedAt: null,
        resolutionDocuments: null,
        closedAt: null,
        resolutionDueAt: null,
        breachRecordedAt: null,
      });
      await plugin().service('complaintStore').appendEvent({ complaintNumber: number, event: 'received', toStatus: 'received', actor, data: followUpId ? { followUp: sr?.number } : null });
      await plugin().service('complaintTimers').refresh(number);
      return number;
    });
  }

  return {
    async create(input: ComplaintInput, actor: Actor): Promise<string> {
      refuseTime(receivedAtProblem(input.receivedAt, new Date()));
      return record(input, actor, null);
    },

    /** From the request's latest answered follow-up call: its customer, its time, its unit (seed 000: 回访中发现的客户不满意). */
    async fromFollowUp(requestNumber: string, input: ComplaintFromFollowUpInput, actor: Actor): Promise<string> {
      const sr: RequestRow = await serviceStore().mustFindRequest(requestNumber);
      const [call] = await strapi.db.query(FOLLOW_UP_UID as any).findMany({ where: { requestNumber, reached: true }, orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: 1 });
      // No answered call on record: there is no call to raise it from (a direct complaint is the way).
      if (!call) throw new ApiError('REQUEST_WRONG_STATE');
      const complaint = complaintFromFollowUp(input, {
        requestNumber: sr.number,
        calledAt: new Date(call.at).toISOString(),
        unitSerial: sr.serial,
        customer: { name: sr.callerName, phone: sr.callerPhone },
      });
      return record(complaint, actor, call.id);
    },
  };
};
