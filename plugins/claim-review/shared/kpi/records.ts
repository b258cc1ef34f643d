import type { IsoDate, IsoDateTime } from '../contracts/money';
import type { ServiceTimer } from '../service/sla-timer';

/**
 * What each record is grouped by. `date` is the business date it counts in: a request's
 * or a complaint's received date, so one record falls in one period for every KPI and a
 * figure drills down to the same records whichever KPI was clicked.
 */
export interface KpiDimensions {
  date: IsoDate;
  dealer: string | null;
  region: string | null;
  model: string | null;
}

export type KpiTimer = Pick<ServiceTimer, 'name' | 'state' | 'stoppedAt'>;

/** One service request, as the server reads it from its tables. */
export interface ServiceKpiRecord extends KpiDimensions {
  /** The request number (SR-…): what a figure drills down to. */
  request: string;
  unit: string | null;
  inWarranty: boolean;
  receivedAt: IsoDateTime;
  /** The receipt was signed; null for phone guidance and open requests. */
  completedAt: IsoDateTime | null;
  /** The receipt's fault component (the claim's fault.component); null until a receipt. */
  faultComponent: string | null;
  /** The customer's rating of the service: the follow-up call's when reached, else the receipt's; null when none. */
  satisfaction: number | null;
  /** The receipt's part lines. */
  parts: ReadonlyArray<{ correct: boolean }>;
  /** Every timer of the request: its work orders' arrange, check and on_site, and its follow-up. */
  timers: readonly KpiTimer[];
}

export interface ComplaintKpiRecord extends KpiDimensions {
  /** The complaint number: what a figure drills down to. */
  complaint: string;
  /** Its resolution timer (complaintTimer). */
  timer: KpiTimer;
}
