import type { IsoDateTime } from '../contracts/money';
import { kpiFigure, sumCounts, type KpiCounts, type KpiFigure } from './figure';
import type { ServiceKpiRecord } from './records';

export const FIRST_TIME_FIX_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * fixed: no new request for the unit with the same fault component within 30 days of the
 * completion; false: there was one (`repeat` names it); null: not decided yet — the 30
 * days have not passed, or a new request in them has no diagnosis yet.
 */
export interface FirstTimeFixOutcome {
  fixed: boolean | null;
  repeat: string | null;
}

type Later = Pick<ServiceKpiRecord, 'request' | 'unit' | 'receivedAt' | 'faultComponent'>;

/**
 * "Same symptom" is the same fault component on the receipt (the claim's fault.component):
 * the symptom the caller describes is free text and cannot be compared honestly, and the
 * component is what the technician found. A repair that needed no receipt (phone guidance)
 * is not a fix and is not counted.
 * `later` holds the requests of the same units, whichever dealer took them.
 */
export function firstTimeFix(service: ServiceKpiRecord, later: readonly Later[], asOf: IsoDateTime): FirstTimeFixOutcome {
  if (!service.completedAt || !service.unit || !service.faultComponent) return { fixed: null, repeat: null };
  const from = Date.parse(service.completedAt);
  const until = from + FIRST_TIME_FIX_DAYS * DAY_MS;
  const inWindow = later
    .filter((l) => l.unit === service.unit && l.request !== service.request)
    .filter((l) => Date.parse(l.receivedAt) > from && Date.parse(l.receivedAt) <= until)
    .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
  const repeat = inWindow.find((l) => l.faultComponent === service.faultComponent);
  if (repeat) return { fixed: false, repeat: repeat.request };
  if (Date.parse(asOf) < until || inWindow.some((l) => l.faultComponent === null)) return { fixed: null, repeat: null };
  return { fixed: true, repeat: null };
}

export function firstTimeFixCounts(outcome: FirstTimeFixOutcome): KpiCounts {
  if (outcome.fixed === null) return { numerator: 0, denominator: 0 };
  return { numerator: outcome.fixed ? 1 : 0, denominator: 1 };
}

/** The rate over services, each judged against `later` (grouped by the service's own dimensions). */
export function firstTimeFixRate(services: readonly ServiceKpiRecord[], later: readonly Later[], asOf: IsoDateTime): KpiFigure {
  return kpiFigure('first_time_fix_rate', sumCounts(services, (s) => firstTimeFixCounts(firstTimeFix(s, later, asOf))));
}
