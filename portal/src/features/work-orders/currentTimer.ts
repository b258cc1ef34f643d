import type { ServiceTimer, ServiceTimerName, WorkOrderStatus } from '@shared/service';

/**
 * The clock the station is working against in each state: answering the order (arrange,
 * 2 h) until it is accepted, then being at the customer's (on site, 3 h or the agreed
 * appointment) until arrival. Closed and on-site orders have none left to race.
 */
const TIMER_OF_STATE: Partial<Record<WorkOrderStatus, ServiceTimerName>> = {
  dispatched: 'arrange',
  accepted: 'on_site',
  contacted: 'on_site',
  scheduled: 'on_site',
};

export function currentTimer(status: WorkOrderStatus, timers: readonly ServiceTimer[]): ServiceTimer | null {
  const name = TIMER_OF_STATE[status];
  if (!name) return null;
  return timers.find((t) => t.name === name && t.stoppedAt === null && (t.state === 'running' || t.state === 'breached')) ?? null;
}
