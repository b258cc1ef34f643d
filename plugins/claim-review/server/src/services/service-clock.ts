import type { Core } from '@strapi/strapi';
import type { ServiceTimer, ServiceTimerSettings, WorkingCalendar } from '../../../shared';
import { breachKey, followUpTimer, nextBreachAt, pendingDueAt, workOrderTimers } from '../../../shared';
import { serviceTimersOf, type PluginConfig } from '../config';
import type { RequestRow, WorkOrderRow } from './service-store';

/** The board sorts a request with nothing waiting after every one that waits. */
export const NOTHING_DUE = new Date('9999-12-31T00:00:00.000Z');

export interface Clock {
  calendar: WorkingCalendar;
  settings: ServiceTimerSettings;
}

/** The timers of a work order (the core's, on the office calendar and the configured settings). */
export function workOrderTimersOf(wo: WorkOrderRow, now: Date, clock: Clock): ServiceTimer[] {
  return workOrderTimers(
    {
      dispatchedAt: wo.dispatchedAt as string,
      acceptedAt: wo.acceptedAt,
      declinedAt: wo.declinedAt,
      endedAt: wo.endedAt,
      appointmentAt: wo.appointmentAt,
      arrivedAt: wo.arrivedAt,
    },
    now,
    clock.calendar,
    clock.settings,
  );
}

/** The request's timers: its current work order's, then its follow-up. */
export function requestTimersOf(sr: RequestRow, wo: WorkOrderRow | null, now: Date, clock: Clock): ServiceTimer[] {
  const timers = wo ? workOrderTimersOf(wo, now, clock) : [];
  const followUp = followUpTimer(
    { guidanceAt: sr.guidanceAt, completedAt: sr.completedAt, followedUpAt: sr.followedUpAt },
    now,
    clock.calendar,
    clock.settings,
  );
  return followUp ? [...timers, followUp] : timers;
}

/** The unique key of a timer's breach in the request's current cycle. */
export function keyOf(sr: RequestRow, wo: WorkOrderRow | null, timer: ServiceTimer): string {
  const onOrder = timer.name === 'arrange' || timer.name === 'check' || timer.name === 'on_site';
  return breachKey(sr.number, onOrder ? (wo?.number ?? null) : null, timer.name, sr.cycle);
}

/**
 * The columns the board and the breach scan query by, derived from the timers after a
 * write: the sort instant, when the check list takes the order, when a breach is next due.
 */
export function derivedOf(sr: RequestRow, wo: WorkOrderRow | null, now: Date, clock: Clock, recordedKeys: ReadonlySet<string>) {
  const timers = requestTimersOf(sr, wo, now, clock);
  const recorded = new Set(timers.filter((t) => recordedKeys.has(keyOf(sr, wo, t))).map((t) => t.name as string));
  const check = timers.find((t) => t.name === 'check' && t.stoppedAt === null);
  const due = pendingDueAt(timers);
  const breach = nextBreachAt(timers, recorded);
  return {
    dueOrder: due ? new Date(due) : NOTHING_DUE,
    checkDueAt: check ? new Date(check.dueAt) : null,
    nextBreachAt: breach ? new Date(breach) : null,
  };
}

/** The office calendar the review SLA counts in (read per call: an edit of office days counts at once) and the timer settings. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async clock(): Promise<Clock> {
    const calendar: WorkingCalendar = await strapi.plugin('claim-review').service('facts').workingCalendar();
    return { calendar, settings: serviceTimersOf(strapi.config.get('plugin::claim-review') as PluginConfig) };
  },
});
