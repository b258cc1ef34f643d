import type { Coverage } from '../contracts/answers';
import type { ClaimStatus } from '../contracts/claim';
import type { IsoDate, IsoDateTime } from '../contracts/money';
import type { Quote } from '../contracts/quote';
import type { Coverage as ServiceCoverage } from './receipt';
import type { ServiceChannel } from './request';
import type { ServiceTimer } from './sla-timer';
import type { WorkOrderStatus } from './work-order-machine';

/*
 * The service desk's answers as TypeScript types, one declaration for the admin and the
 * portal; the server builds them in server/src/services/service-view.ts and answers.ts
 * holds the schemas tests check real answers against.
 */

/** One step of a request's or work order's audit trail (timelineOf). */
export interface ServiceTimelineEntry {
  at: IsoDateTime;
  actor: { kind: 'coordinator' | 'dealer' | 'system'; name: string | null };
  event: string;
  from: string | null;
  to: string | null;
  note: string | null;
  /** On a request's trail: the work order the step was about. */
  workOrder?: string;
}

/** 维修服务回执单 as stored (receiptOf). */
export interface ServiceReceiptAnswer {
  faultComponent: string;
  faultFound: string;
  workDone: string;
  parts: Array<{ partNumber: string; qtyIssued: number; qtyUsed: number; correct: boolean }>;
  labour: Array<{ operation: string; hours: number }>;
  travelKm: number | null;
  usage: { value: number; unit: 'h' | 'km' } | null;
  coverage: ServiceCoverage;
  completedAt: IsoDateTime;
  /** `url` is null when the signature's file cannot be linked. */
  acceptance: { name: string; signature: { url: string | null; sha256: string; bytes: number } };
  satisfaction: 1 | 2 | 3 | 4 | 5;
  comment: string | null;
  /** Out of warranty only: what the customer paid, priced by the server. */
  charge: Quote | null;
}

export interface ContactAttemptAnswer {
  at: IsoDateTime;
  reached: boolean;
  note: string | null;
  counted: boolean;
}

/**
 * 售后派工单 (workOrderOf). In the dealer's view, once the order is closed the server masks
 * `customer.phone` and drops `address.line` (core contactForDealer).
 */
export interface WorkOrderAnswer {
  number: string;
  status: WorkOrderStatus;
  version: number;
  dealer: { code: string; name: string };
  request: { number: string; channel: ServiceChannel; symptom: string; receivedAt: IsoDateTime };
  customer: { name: string; phone: string; address: { region: string; line: string | null } };
  unit: { serial: string | null; model: { code: string; name: string } | null; purchaseDate: IsoDate | null; coverage: Coverage | null };
  dispatchedAt: IsoDateTime;
  acceptedAt: IsoDateTime | null;
  declinedAt: IsoDateTime | null;
  declineReason: string | null;
  appointment: { at: IsoDateTime; agreedBy: string } | null;
  arrivedAt: IsoDateTime | null;
  completedAt: IsoDateTime | null;
  endedAt: IsoDateTime | null;
  contactAttempts: ContactAttemptAnswer[];
  failedContacts: number;
  timers: ServiceTimer[];
  receipt: ServiceReceiptAnswer | null;
  claim: { number: string; status: ClaimStatus } | null;
  timeline: ServiceTimelineEntry[];
}

/** A document of a complaint's resolution (回复函, 处理记录, photos) as the staff API lists it; `url` is a signed link. */
export interface ComplaintDocument {
  id: number;
  name: string;
  mime: string;
  size: number;
  url: string;
}
