import type { IsoDateTime } from '../contracts/money';
import type { Sla } from '../contracts/claim';

const HOUR = 3_600_000;

/**
 * The review timer of the staff queue: from the moment the claim reached review, due
 * after the policy's reviewHours. Instants, not business dates, so no zone is involved.
 */
export function slaOf(since: IsoDateTime, reviewHours: number, now: Date | IsoDateTime): Sla {
  const start = Date.parse(since);
  const at = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const due = start + reviewHours * HOUR;
  return {
    ageHours: Math.max(0, Math.floor((at - start) / HOUR)),
    dueAt: new Date(due).toISOString(),
    overdue: at > due,
  };
}
