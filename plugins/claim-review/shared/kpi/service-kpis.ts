import { isSatisfied, partsCorrectness } from '../service/receipt';
import type { ServiceTimerName } from '../service/sla-timer';
import { NO_COUNTS, kpiFigure, sumCounts, type KpiCounts, type KpiFigure } from './figure';
import type { ComplaintKpiRecord, KpiTimer, ServiceKpiRecord } from './records';

/*
 * Each KPI is first a record's counts, then their sum: the same function serves the page,
 * the drill-down (the records whose counts are not zero) and aggregates kept current as
 * a record changes (subtract its old counts, add its new ones).
 */

const FOLLOW_UP_TIMERS: readonly ServiceTimerName[] = ['follow_up', 'guidance_follow_up'];

/**
 * 保修期内客户回访率: of in-warranty services whose call-back is due or done, the share the
 * customer was reached on, late or not. A call-back not yet due is not counted either way.
 */
export function followUpCounts(r: ServiceKpiRecord): KpiCounts {
  if (!r.inWarranty) return NO_COUNTS;
  const t = r.timers.find((x) => FOLLOW_UP_TIMERS.includes(x.name));
  if (!t || t.state === 'running' || t.state === 'cancelled') return NO_COUNTS;
  return { numerator: t.stoppedAt ? 1 : 0, denominator: 1 };
}

/** 服务满意率: of services the customer rated, the share rated 满意 or better. */
export function satisfactionCounts(r: ServiceKpiRecord): KpiCounts {
  if (r.satisfaction === null) return NO_COUNTS;
  return { numerator: isSatisfied(r.satisfaction) ? 1 : 0, denominator: 1 };
}

/** 配件出货正确率: of the receipts' part lines, the share that were the right part. */
export function partsCorrectCounts(r: ServiceKpiRecord): KpiCounts {
  const { lines, correct } = partsCorrectness(r.parts);
  return { numerator: correct, denominator: lines };
}

/**
 * On time: of the timers with that name that ended, the share met. A running timer is not
 * decided yet (one past due is already breached, so it counts); a cancelled one belongs to
 * a work order that ended another way (declined, reassigned), whose replacement carries its
 * own timers, so counting it met would reward a reassignment and counting it missed would
 * punish the station for a customer who could not be reached.
 */
export function timerCounts(timers: readonly KpiTimer[], name: ServiceTimerName): KpiCounts {
  let numerator = 0;
  let denominator = 0;
  for (const t of timers) {
    if (t.name !== name || t.state === 'running' || t.state === 'cancelled') continue;
    denominator += 1;
    if (t.state === 'met') numerator += 1;
  }
  return { numerator, denominator };
}

const ON_TIME = {
  on_time_arrange: 'arrange',
  on_time_check: 'check',
  on_time_on_site: 'on_site',
  on_time_follow_up: 'follow_up',
} as const;
export type OnTimeKpi = keyof typeof ON_TIME;

export function followUpRate(records: readonly ServiceKpiRecord[]): KpiFigure {
  return kpiFigure('follow_up_rate', sumCounts(records, followUpCounts));
}

export function satisfactionRate(records: readonly ServiceKpiRecord[]): KpiFigure {
  return kpiFigure('satisfaction_rate', sumCounts(records, satisfactionCounts));
}

export function partsCorrectRate(records: readonly ServiceKpiRecord[]): KpiFigure {
  return kpiFigure('parts_correct_rate', sumCounts(records, partsCorrectCounts));
}

export function onTimeRate(kpi: OnTimeKpi, records: readonly ServiceKpiRecord[]): KpiFigure {
  return kpiFigure(kpi, sumCounts(records, (r) => timerCounts(r.timers, ON_TIME[kpi])));
}

/** Complaints received per 100 service requests received, in the same group. */
export function complaintsPer100(complaints: readonly ComplaintKpiRecord[], services: readonly ServiceKpiRecord[]): KpiFigure {
  return kpiFigure('complaints_per_100', { numerator: complaints.length, denominator: services.length });
}

/** Of complaints whose resolution deadline is decided, the share resolved by it. */
export function complaintResolvedOnTime(complaints: readonly ComplaintKpiRecord[]): KpiFigure {
  return kpiFigure('complaint_resolved_on_time', sumCounts(complaints, (c) => timerCounts([c.timer], c.timer.name)));
}
