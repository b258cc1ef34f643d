import type { ClaimInput } from '../contracts/inputs';
import type { IsoDateTime } from '../contracts/money';
import { businessDate, DEFAULT_TIME_ZONE } from '../calendar/business-date';
import type { ServiceReceiptInput } from './receipt';

export interface RequestForClaim {
  /** The unit's serial as the request holds it once the unit is known. */
  serial: string | null | undefined;
  /** When the customer called: the fault had shown by then. */
  receivedAt: IsoDateTime;
}

export type ClaimDraftResult =
  | { ok: true; draft: ClaimInput }
  | { ok: false; reason: 'CLAIM_NEEDS_SERIAL' | 'RECEIPT_OUT_OF_WARRANTY' };

/**
 * "File warranty claim" in one step (seed 002 4.7.2, DOMAIN.md "An in-warranty repair
 * becomes a warranty claim"): a claim draft prefilled from the request and its
 * in-warranty receipt, for the dealer whose order it was. The claim then runs the
 * normal flow (precheck, pricing, review) on the same schema as any claim; nothing here
 * prices it.
 * - failureDate: the business date of the call (the fault had shown by then);
 * - repairDate and the customer's confirmation: the business date the receipt was signed;
 * - parts: the parts used (an issued part that stayed in the van is not claimed);
 * - labour and travel as the technician logged them.
 */
export function claimDraftOf(request: RequestForClaim, receipt: ServiceReceiptInput, timeZone: string = DEFAULT_TIME_ZONE): ClaimDraftResult {
  if (receipt.coverage !== 'in_warranty') return { ok: false, reason: 'RECEIPT_OUT_OF_WARRANTY' };
  if (!request.serial) return { ok: false, reason: 'CLAIM_NEEDS_SERIAL' };
  const repairDate = businessDate(new Date(receipt.completedAt), timeZone);
  return {
    ok: true,
    draft: {
      serial: request.serial,
      failureDate: businessDate(new Date(request.receivedAt), timeZone),
      repairDate,
      usage: receipt.usage ?? null,
      remedy: 'repair',
      fault: { component: receipt.faultComponent, description: `${receipt.faultFound}\n${receipt.workDone}` },
      parts: receipt.parts.filter((p) => p.qtyUsed > 0).map((p) => ({ partNumber: p.partNumber, qty: p.qtyUsed })),
      labour: receipt.labour.map((l) => ({ operation: l.operation, hours: l.hours })),
      travel: receipt.travelKm ? { km: receipt.travelKm } : null,
      customerConfirmation: { name: receipt.acceptance.name, signedAt: repairDate },
    },
  };
}
