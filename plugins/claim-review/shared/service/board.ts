import { DEFAULT_SERVICE_TIMERS, SERVICE_TIMER_NAMES, type ServiceTimer, type ServiceTimerSettings } from './sla-timer';

/**
 * The instant the dispatch board sorts a request by: the earliest due of its timers that
 * have not stopped (a breached one still waiting sorts first, most overdue on top). It
 * changes only when a timer starts or stops, so the server stores it with each write and
 * the board is one indexed query. null: nothing is waiting.
 */
export function pendingDueAt(timers: ReadonlyArray<ServiceTimer | null>): string | null {
  let best: string | null = null;
  for (const t of timers) {
    if (!t || t.stoppedAt !== null) continue;
    if (best === null || new Date(t.dueAt).getTime() < new Date(best).getTime()) best = t.dueAt;
  }
  return best;
}

/**
 * The earliest due of the timers not stopped whose breach is not recorded yet: when the
 * breach scan next has something to do for this request. null: nothing left to record.
 */
export function nextBreachAt(timers: ReadonlyArray<ServiceTimer | null>, recorded: ReadonlySet<string>): string | null {
  return pendingDueAt(timers.filter((t) => t !== null && !recorded.has(t.name)));
}

/**
 * One breach is one row: the request, the work order the timer ran on (none for a
 * follow-up), the timer and the request's cycle (a reopened request runs its follow-up
 * again). Unique, so that two nodes recording at once write it once.
 */
export function breachKey(request: string, workOrder: string | null, timer: string, cycle: number): string {
  return `${request}|${workOrder ?? '-'}|${timer}|${cycle}`;
}

/** What is wrong with configured timer settings (plugin config `serviceTimers`), or null. */
export function timerSettingsProblem(settings: unknown): string | null {
  if (settings === undefined || settings === null) return null;
  if (typeof settings !== 'object' || Array.isArray(settings)) return 'serviceTimers must be an object keyed by timer name';
  for (const [name, value] of Object.entries(settings as Record<string, unknown>)) {
    if (!(SERVICE_TIMER_NAMES as readonly string[]).includes(name)) return `unknown timer "${name}"`;
    const v = value as { hours?: unknown; calendar?: unknown } | null;
    if (!v || typeof v !== 'object') return `${name} must be { hours, calendar }`;
    if (v.hours !== undefined && (typeof v.hours !== 'number' || !Number.isFinite(v.hours) || v.hours <= 0 || v.hours > 24 * 60)) {
      return `${name}.hours must be a positive number of hours`;
    }
    if (v.calendar !== undefined && v.calendar !== 'office' && v.calendar !== 'round_the_clock') return `${name}.calendar must be office or round_the_clock`;
  }
  return null;
}

/** Configured settings over the defaults, timer by timer. */
export function timerSettingsOf(
  settings: Partial<Record<string, Partial<ServiceTimerSettings[keyof ServiceTimerSettings]>>> | null | undefined,
): ServiceTimerSettings {
  const out = { ...DEFAULT_SERVICE_TIMERS };
  for (const name of SERVICE_TIMER_NAMES) out[name] = { ...DEFAULT_SERVICE_TIMERS[name], ...(settings?.[name] ?? {}) };
  return out;
}
