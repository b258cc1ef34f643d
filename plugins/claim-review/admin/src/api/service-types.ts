import type {
  Coverage,
  IsoDate,
  IsoDateTime,
  Pagination,
  ServiceChannel,
  ServiceReceiptAnswer,
  ServiceRequestStatus,
  ServiceTimelineEntry,
  ServiceTimer,
  WorkOrderAnswer,
  WorkOrderStatus,
} from '../../../shared';

/** The service desk's answers, as SERVICE_SPEC.md (docs/api.md) shapes them for staff; the work order's are the core's. */
export type { ServiceChannel, ServiceRequestStatus, ServiceTimelineEntry, ServiceTimer, WorkOrderStatus };
export type ReceiptView = ServiceReceiptAnswer;
export type WorkOrderView = WorkOrderAnswer;

export interface NamedCode {
  code: string;
  name: string;
}

export interface UnitCard {
  serial: string;
  model: NamedCode;
  saleDate: IsoDate | null;
  registered: boolean;
  coverage: Coverage | null;
  sellingDealer: NamedCode | null;
  customer: { name: string; phone: string } | null;
}

export interface RequestSummary {
  number: string;
  status: ServiceRequestStatus;
  channel: ServiceChannel;
  caller: { name: string; phone: string };
  region: string | null;
  serial: string | null;
  model: string | null;
  symptom: string;
  receivedAt: IsoDateTime;
  workOrder: { number: string; status: WorkOrderStatus; dealer: NamedCode } | null;
  timers: ServiceTimer[];
  check: boolean;
  breached: boolean;
  nextDueAt: IsoDateTime | null;
}

export interface LookupAnswer {
  units: UnitCard[];
  requests: RequestSummary[];
  claims: Array<{ number: string; status: string; serial: string; repairDate: IsoDate | null }>;
}

export interface ServiceDealer {
  code: string;
  name: string;
  region: string | null;
  openWorkOrders: number;
}

export interface FollowUpView {
  at: IsoDateTime;
  reached: boolean;
  solved: boolean | null;
  satisfaction: number | null;
  note: string | null;
  outcome: 'no_answer' | 'satisfied' | 'reopen' | string;
  by: { name: string } | null;
}

export interface ServiceRequestView {
  number: string;
  status: ServiceRequestStatus;
  version: number;
  channel: ServiceChannel;
  caller: { name: string; phone: string; address: { region: string; line: string | null } };
  unit: {
    serial: string | null;
    model: NamedCode | null;
    purchaseDate: IsoDate | null;
    saleDate: IsoDate | null;
    coverage: Coverage | null;
    sellingDealer: NamedCode | null;
  };
  symptom: string;
  receivedAt: IsoDateTime;
  receivedBy: { name: string } | null;
  triage: { outcome: 'guidance' | 'dispatch' | 'closed'; note: string | null; at: IsoDateTime; by: { name: string } | string | null } | null;
  suggestion: { dealer: NamedCode; basis: 'selling_dealer' | 'region' } | null;
  workOrders: WorkOrderView[];
  followUps: FollowUpView[];
  timers: ServiceTimer[];
  breaches: Array<{ timer: string; workOrder: string | null; dueAt: IsoDateTime; recordedAt: IsoDateTime }>;
  claim: { number: string; status: string } | null;
  timeline: ServiceTimelineEntry[];
}

export interface ServiceList<T> {
  data: T[];
  meta: { pagination: Pagination };
}

export type TriageBody =
  | { outcome: 'guidance'; note: string }
  | { outcome: 'dispatch'; dealer: string; note?: string }
  | { outcome: 'closed'; reason: string };

export interface FollowUpBody {
  at: IsoDateTime;
  reached: boolean;
  solved?: boolean | null;
  satisfaction?: number | null;
  note?: string | null;
}
