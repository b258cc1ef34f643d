import type { ListAnswer } from '@shared/contracts/answers';
import type {
  AppointmentInput,
  ArrivalInput,
  ContactAttemptInput,
  DeclineInput,
  ServiceReceiptInput,
  WorkOrderAnswer as WorkOrder,
  WorkOrderStatus,
} from '@shared/service';
import type { PortalClaim } from './index';
import { request } from './client';

/** The dealer's work orders (SERVICE_SPEC.md "Dealer API"), base /api/claim-review. */

const BASE = '/api/claim-review/work-orders';
const enc = encodeURIComponent;

/** The dealer API's answers are the core's (shared/service/contracts.ts). */
export type { ServiceTimelineEntry as WorkOrderEvent, ServiceReceiptAnswer as Receipt, WorkOrderAnswer as WorkOrder } from '@shared/service';

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
