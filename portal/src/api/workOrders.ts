import type { ListAnswer } from '@shared/contracts/answers';
import type { Coverage } from '@shared/contracts/answers';
import type { ClaimStatus } from '@shared/contracts/claim';
import type { IsoDate, IsoDateTime } from '@shared/contracts/money';
import type { Quote } from '@shared/contracts/quote';
import type {
  AppointmentInput,
  ArrivalInput,
  ContactAttemptInput,
  DeclineInput,
  ServiceChannel,
  ServiceCoverage,
  ServiceReceiptInput,
  ServiceTimer,
  WorkOrderStatus,
} from '@shared/service';
import type { PortalClaim } from './index';
import { request } from './client';

/** The dealer's work orders (SERVICE_SPEC.md "Dealer API"), base /api/claim-review. */

const BASE = '/api/claim-review/work-orders';
const enc = encodeURIComponent;

export interface WorkOrderEvent {
  at: IsoDateTime;
  actor: { kind: 'coordinator' | 'dealer' | 'system'; name: string | null };
  event: string;
  from: string | null;
  to: string | null;
  note: string | null;
}

export interface Receipt {
  faultComponent: string;
  faultFound: string;
  workDone: string;
  parts: Array<{ partNumber: string; qtyIssued: number; qtyUsed: number; correct: boolean }>;
  labour: Array<{ operation: string; hours: number }>;
  travelKm: number | null;
  usage: { value: number; unit: 'h' | 'km' } | null;
  coverage: ServiceCoverage;
  completedAt: IsoDateTime;
  acceptance: { name: string; signature: { url: string; sha256: string; bytes: number } };
  satisfaction: 1 | 2 | 3 | 4 | 5;
  comment: string | null;
  /** Out of warranty only: what the customer paid, priced by the server. */
  charge: Quote | null;
}

/**
 * The dealer view: once the order is closed the server masks `customer.phone` and
 * drops `address.line` (core contactForDealer), so the page shows what it is given.
 */
export interface WorkOrder {
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
  contactAttempts: Array<{ at: IsoDateTime; reached: boolean; note: string | null; counted: boolean }>;
  failedContacts: number;
  timers: ServiceTimer[];
  receipt: Receipt | null;
  claim: { number: string; status: ClaimStatus } | null;
  timeline: WorkOrderEvent[];
}

export interface WorkOrderListQuery {
  open?: boolean;
  status?: WorkOrderStatus | '';
  page?: number;
  pageSize?: number;
}

/** A reschedule carries its reason; a first appointment may leave it out. */
export type AppointmentBody = Omit<AppointmentInput, 'reason'> & { reason?: string | null };

export const workOrdersApi = {
  list: (query: WorkOrderListQuery, signal?: AbortSignal) =>
    request<ListAnswer<WorkOrder>>('GET', BASE, { query: { ...query }, signal }),

  get: (number: string, signal?: AbortSignal) => request<WorkOrder>('GET', `${BASE}/${enc(number)}`, { signal }),

  accept: (number: string) => request<WorkOrder>('POST', `${BASE}/${enc(number)}/accept`),

  decline: (number: string, body: DeclineInput) => request<WorkOrder>('POST', `${BASE}/${enc(number)}/decline`, { body }),

  contactAttempt: (number: string, body: ContactAttemptInput) =>
    request<WorkOrder>('POST', `${BASE}/${enc(number)}/contact-attempts`, { body }),

  appointment: (number: string, body: AppointmentBody) =>
    request<WorkOrder>('POST', `${BASE}/${enc(number)}/appointment`, { body }),

  arrival: (number: string, body: ArrivalInput) => request<WorkOrder>('POST', `${BASE}/${enc(number)}/arrival`, { body }),

  receipt: (number: string, body: ServiceReceiptInput) =>
    request<WorkOrder>('POST', `${BASE}/${enc(number)}/receipt`, { body }),

  /** 201 the new draft claim, 200 the one filed before. */
  fileClaim: (number: string) => request<PortalClaim & { serviceRequest?: string | null }>('POST', `${BASE}/${enc(number)}/claim`),
};
