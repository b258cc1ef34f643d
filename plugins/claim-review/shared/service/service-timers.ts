import type { IsoDateTime } from '../contracts/money';
import type { WorkingCalendar } from '../calendar/working-hours';
import { DEFAULT_SERVICE_TIMERS, serviceTimer, type ServiceTimer, type ServiceTimerSettings } from './sla-timer';

type Instant = Date | IsoDateTime;

/** The instants of a work order the timers start and stop on (null: not happened). */
export interface WorkOrderClocks {
  dispatchedAt: Instant;
  acceptedAt?: Instant | null;
  declinedAt?: Instant | null;
  /** Handed back after three failed contact attempts, or reassigned by the coordinator. */
  endedAt?: Instant | null;
  /** The appointment the customer agreed to; on site is then due at that time. */
  appointmentAt?: Instant | null;
  arrivedAt?: Instant | null;
}

const first = (...xs: Array<Instant | null | undefined>): Instant | null => {
  const times = xs.filter((x): x is Instant => x !== null && x !== undefined).map((x) => new Date(x).getTime());
  return times.length ? new Date(Math.min(...times)) : null;
};

/**
 * arrange and check stop when the dealer answers the order: an accept arranges it; a
 * decline is an answer too, and puts the order back on the coordinator's desk by its
 * status. on_site stops at arrival and is cancelled when the order ends without one.
 */
export function workOrderTimers(
  wo: WorkOrderClocks,
  now: Instant,
  calendar: WorkingCalendar,
  settings: ServiceTimerSettings = DEFAULT_SERVICE_TIMERS,
): ServiceTimer[] {
  const answered = first(wo.acceptedAt, wo.declinedAt);
  const cancelled = wo.endedAt ?? null;
  const onSiteCancelled = first(wo.declinedAt, wo.endedAt);
  return [
    serviceTimer('arrange', { startedAt: wo.dispatchedAt, stoppedAt: answered, cancelledAt: cancelled }, now, calendar, settings),
    serviceTimer('check', { startedAt: wo.dispatchedAt, stoppedAt: answered, cancelledAt: cancelled }, now, calendar, settings),
    serviceTimer(
      'on_site',
      { startedAt: wo.dispatchedAt, stoppedAt: wo.arrivedAt ?? null, cancelledAt: onSiteCancelled, dueAt: wo.appointmentAt ?? null },
      now,
      calendar,
      settings,
    ),
  ];
}

/** On the coordinators' check list (seed 000: 4小时内督促检查): the check timer ran out and nobody answered. */
export function needsCheck(timers: readonly ServiceTimer[]): boolean {
  return timers.some((t) => t.name === 'check' && t.state === 'breached' && t.stoppedAt === null);
}

/** The instants of the request's current cycle (a reopened request starts a new one). */
export interface FollowUpClocks {
  /** Solved on the phone: the call-back is due 3 h later. */
  guidanceAt?: Instant | null;
  /** The receipt was signed: the call-back is due 24 h later. */
  completedAt?: Instant | null;
  /** The first follow-up call that reached the customer. */
  followedUpAt?: Instant | null;
}

/** The follow-up timer of the cycle, or null when no service has ended yet. */
export function followUpTimer(
  sr: FollowUpClocks,
  now: Instant,
  calendar: WorkingCalendar,
  settings: ServiceTimerSettings = DEFAULT_SERVICE_TIMERS,
): ServiceTimer | null {
  if (sr.completedAt) return serviceTimer('follow_up', { startedAt: sr.completedAt, stoppedAt: sr.followedUpAt ?? null }, now, calendar, settings);
  if (sr.guidanceAt) return serviceTimer('guidance_follow_up', { startedAt: sr.guidanceAt, stoppedAt: sr.followedUpAt ?? null }, now, calendar, settings);
  return null;
}
