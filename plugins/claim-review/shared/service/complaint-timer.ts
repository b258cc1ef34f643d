import type { IsoDateTime } from '../contracts/money';
import type { WorkingCalendar } from '../calendar/working-hours';
import { DEFAULT_SERVICE_TIMERS, serviceTimer, type ServiceTimer, type ServiceTimerName, type ServiceTimerSettings } from './sla-timer';
import type { ComplaintSeverity } from './complaint';

type Instant = Date | IsoDateTime;

export const COMPLAINT_TIMER_OF: Record<ComplaintSeverity, ServiceTimerName> = {
  critical: 'complaint_critical',
  major: 'complaint_major',
  minor: 'complaint_minor',
};

export interface ComplaintClocks {
  severity: ComplaintSeverity;
  receivedAt: Instant;
  /**
   * The resolution standing now: null while none is recorded, and again after the customer
   * said it did not satisfy them, since a rejected resolution did not resolve anything.
   */
  resolvedAt?: Instant | null;
}

/** The resolution deadline: started at receipt, stopped by the standing resolution. */
export function complaintTimer(c: ComplaintClocks, now: Instant, calendar: WorkingCalendar, settings: ServiceTimerSettings = DEFAULT_SERVICE_TIMERS): ServiceTimer {
  return serviceTimer(COMPLAINT_TIMER_OF[c.severity], { startedAt: c.receivedAt, stoppedAt: c.resolvedAt ?? null }, now, calendar, settings);
}
