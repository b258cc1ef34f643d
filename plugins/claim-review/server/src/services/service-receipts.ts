import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { ServiceReceiptInput } from '../../../shared';
import { claimDraftOf, hasErrors, partsCorrectness, receiptCharge, receiptProblem, WORK_ORDER_MACHINE } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { ATTACHMENT_UID } from './attachments';
import { CLAIM_UID } from './claim-store';
import type { Clock } from './service-clock';
import { refuseTime } from './service-requests';
import { isUniqueViolation } from './unique-violation';
import { RECEIPT_UID, REQUEST_UID, type RequestRow, type WorkOrderRow } from './service-store';

interface Dealer {
  id: number;
  code: string;
  name: string;
  tier: number;
  nameEn?: string | null;
}

const PNG_PREFIX = 'data:image/png;base64,';

/**
 * The receipt (维修服务回执单) and the claim it files. The charge of an out-of-warranty
 * job is priced by the same facts and core pricing as a quote; the signature's bytes
 * are stored as private evidence with the SHA-256 the server computes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('serviceStore');
  const facts = () => plugin().service('facts');

  /** What the customer pays for the parts used, the labour and the travel, at today's fee card, from the facts a quote is priced with. */
  async function chargeOf(dealer: Dealer, input: ServiceReceiptInput, modelCode: string | null) {
    if (input.coverage === 'in_warranty') return null;
    if (!modelCode) throw new ApiError('VALIDATION_FAILED', { fields: { coverage: 'invalid' } });
    const context = await plugin().service('quotes').pricingContext(dealer.tier, modelCode, input);
    const charge = receiptCharge(input, modelCode, context);
    if (charge && hasErrors(charge.findings)) throw new ApiError('PRECHECK_FAILED', { findings: charge.findings });
    return charge;
  }

  const claimExists = async (claimNumber: string) => (await strapi.db.query(CLAIM_UID).count({ where: { number: claimNumber } })) > 0;

  /** The decoded PNG into the private evidence store; answers its key, hash and size. */
  async function storeSignature(dataUrl: string) {
    const bytes = Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key: string = await plugin().service('evidenceStore').putBytes(bytes, '.png');
    return { key, sha256, bytes: bytes.length };
  }

  const service = {
    async receipt(dealer: Dealer, actor: Actor, number: string, input: ServiceReceiptInput) {
      const now = new Date();
      const first: WorkOrderRow = await store().mustFindWorkOrder(number, dealer.code);
      // Refused before anything is stored: times out of order, the wrong state, a price that cannot be made.
      refuseTime(receiptProblem(input.completedAt, first.arrivedAt, now));
      if (!WORK_ORDER_MACHINE.move(first.status, { event: 'complete', actor: { kind: 'dealer' } }).ok) throw new ApiError('WORK_ORDER_WRONG_STATE');
      const sr: RequestRow = await store().mustFindRequest(first.requestNumber);
      const unit = sr.serial ? await facts().unitBySerial(sr.serial) : null;
      const charge = await chargeOf(dealer, input, unit?.model?.code ?? sr.modelCode);
      // A file whose row is never written (the transaction fails) is swept as an orphan at the next start.
      const signature = await storeSignature(input.acceptance.signature);
      const clock: Clock = await plugin().service('serviceClock').clock();
      try {
        await strapi.db.transaction(async ({ onCommit }) => {
          const wo: WorkOrderRow = await store().mustFindWorkOrder(number, dealer.code);
          // Checked again on the row this transaction reads: a receipt posted meanwhile has completed it.
          if (!WORK_ORDER_MACHINE.move(wo.status, { event: 'complete', actor: { kind: 'dealer' } }).ok) throw new ApiError('WORK_ORDER_WRONG_STATE');
          const request: RequestRow = await store().mustFindRequest(wo.requestNumber);
          const attachment: { id: number } = await strapi.db.query(ATTACHMENT_UID).create({
            data: {
              claimNumber: wo.number,
              dealerCode: dealer.code,
              storageKey: signature.key,
              sha256: signature.sha256,
              name: `signature-${wo.number}.png`,
              mime: 'image/png',
              sizeInBytes: signature.bytes,
              uploadedBy: actor.name,
            },
          });
          const correctness = partsCorrectness(input.parts);
          await strapi.db.query(RECEIPT_UID as any).create({
            data: {
              workOrderNumber: wo.number,
              requestNumber: wo.requestNumber,
              dealerCode: dealer.code,
              faultComponent: input.faultComponent,
              faultFound: input.faultFound,
              workDone: input.workDone,
              parts: input.parts,
              labour: input.labour,
              travelKm: input.travelKm ?? null,
              usage: input.usage ?? null,
              coverage: input.coverage,
              completedAt: new Date(input.completedAt),
              acceptanceName: input.acceptance.name,
              signatureAttachmentId: attachment.id,
              signatureSha256: signature.sha256,
              signatureBytes: signature.bytes,
              satisfaction: input.satisfaction,
              comment: input.comment ?? null,
              charge,
              partsLines: correctness.lines,
              partsCorrect: correctness.correct,
            },
          });
          const moves = plugin().service('serviceMoves');
          await moves.moveWorkOrder(wo, { event: 'complete', as: { kind: 'dealer' }, actor, data: { completedAt: new Date(input.completedAt) } }, onCommit);
          await moves.moveRequest(request, [{ event: 'complete', as: { kind: 'system' }, actor, data: { completedAt: new Date(input.completedAt) } }], onCommit);
          await plugin().service('serviceBreaches').recordFor(request.number, clock, onCommit, now);
        });
      } catch (error) {
        // Two posts of one receipt: the loser meets the winner's row on the unique work order number.
        if (isUniqueViolation(error)) throw new ApiError('WORK_ORDER_WRONG_STATE');
        throw error;
      }
      return plugin().service('workOrders').forDealer(dealer, number);
    },

    /**
     * "File warranty claim": a draft claim prefilled by the core from the request and the
     * in-warranty receipt, made by the claims service, linked both ways. Answers
     * `created: false` with the claim already filed for this order.
     */
    async fileClaim(dealer: Dealer, actor: Actor, number: string): Promise<{ created: boolean; claim: unknown }> {
      const claims = plugin().service('claims');
      const wo: WorkOrderRow = await store().mustFindWorkOrder(number, dealer.code);
      // A draft the dealer deleted leaves its number behind: the order files a new claim then.
      if (wo.claimNumber && (await claimExists(wo.claimNumber))) return { created: false, claim: await claims.findOne(dealer, wo.claimNumber) };
      const receipt = await strapi.db.query(RECEIPT_UID as any).findOne({ where: { workOrderNumber: wo.number } });
      if (!receipt) throw new ApiError('WORK_ORDER_WRONG_STATE');
      const sr: RequestRow = await store().mustFindRequest(wo.requestNumber);
      const drafted = claimDraftOf(
        { serial: sr.serial, receivedAt: new Date(sr.receivedAt as string).toISOString() },
        {
          ...receipt,
          travelKm: receipt.travelKm ?? null,
          completedAt: new Date(receipt.completedAt).toISOString(),
          acceptance: { name: receipt.acceptanceName, signature: '' },
        } as ServiceReceiptInput,
        strapi.config.get('plugin::claim-review.timeZone') as string,
      );
      if (!drafted.ok) throw new ApiError(drafted.reason);
      try {
        const claim = await strapi.db.transaction(async () => {
          const made = await claims.create(dealer, actor, { ...drafted.draft, submit: false }, null, { serviceRequest: sr.number });
          await store().bumpWorkOrder(wo, { claimNumber: made.number });
          await strapi.db.query(REQUEST_UID as any).updateMany({ where: { number: sr.number }, data: { claimNumber: made.number } });
          await plugin()
            .service('serviceMoves')
            .note({ requestNumber: sr.number, workOrderNumber: wo.number, kind: 'work_order', event: 'claim_filed', actor, note: made.number });
          return made;
        });
        return { created: true, claim };
      } catch (error) {
        // A concurrent "file claim" for the same order won: answer its claim.
        const again: WorkOrderRow | null = await store().findWorkOrder(number, dealer.code);
        if (error instanceof ApiError && again?.claimNumber && again.claimNumber !== wo.claimNumber) return { created: false, claim: await claims.findOne(dealer, again.claimNumber) };
        throw error;
      }
    },
  };
  return service;
};
