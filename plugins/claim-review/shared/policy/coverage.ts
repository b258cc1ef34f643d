import type { IsoDate } from '../contracts/money';
import type { Coverage } from '../contracts/answers';
import type { PolicyFacts, UnitFacts } from '../contracts/facts';
import { addDaysIso, addMonthsIso } from '../calendar/date-only';
import { periodEnd } from '../calendar/period-end';
import type { RestDayCalendar } from '../calendar/working-hours';

/*
 * Civil Code arts. 201–202: the start day is not counted, so N days from D end on D + N
 * and N months end on the same day N months on (or that month's last day). Every
 * `…Until` / deadline below is the last day still inside the period.
 * A policy field left null means the policy does not use that rule: no date.
 * The registration and filing deadlines are periods for an act, so art. 203 also moves
 * them off a rest day of the office calendar when one is given; coverage periods are not.
 */

function plusDays(start: IsoDate, days: number | null | undefined): IsoDate | null {
  return days === null || days === undefined ? null : addDaysIso(start, days);
}

function plusMonths(start: IsoDate, months: number | null | undefined): IsoDate | null {
  return months === null || months === undefined ? null : addMonthsIso(start, months);
}

export const NO_COVERAGE: Coverage = {
  wholeUnitUntil: null,
  mainComponentsUntil: null,
  refundUntil: null,
  replacementUntil: null,
  usageCap: null,
  registrationDeadline: null,
  warrantyUntil: null,
};

export function coverage(
  unit: Pick<UnitFacts, 'saleDate'>,
  policy: PolicyFacts | null | undefined,
  calendar?: RestDayCalendar | null,
): Coverage {
  const sale = unit.saleDate;
  if (!sale || !policy) return { ...NO_COVERAGE };
  return {
    wholeUnitUntil: plusMonths(sale, policy.wholeUnitMonths),
    mainComponentsUntil: plusMonths(sale, policy.mainComponentMonths),
    refundUntil: plusDays(sale, policy.refundDays),
    replacementUntil: plusDays(sale, policy.replacementDays),
    usageCap:
      policy.usageCap !== null && policy.usageCap !== undefined && policy.usageUnit
        ? { value: policy.usageCap, unit: policy.usageUnit }
        : null,
    registrationDeadline: registrationDeadline(sale, policy, calendar),
    warrantyUntil: plusMonths(sale, policy.warrantyMonths),
  };
}

/** The last day a period of `days` from `start` lets the act be done (arts. 201–203). */
function actDeadline(start: IsoDate, days: number | null | undefined, calendar?: RestDayCalendar | null): IsoDate | null {
  const last = plusDays(start, days);
  return last && periodEnd(last, calendar);
}

export function registrationDeadline(saleDate: IsoDate, policy: PolicyFacts, calendar?: RestDayCalendar | null): IsoDate | null {
  return actDeadline(saleDate, policy.registrationDays, calendar);
}

/** Registered after the deadline: the unit's warranty work is not recognised (不予认定). */
export function isRegistrationLate(
  saleDate: IsoDate,
  registrationDate: IsoDate,
  policy: PolicyFacts,
  calendar?: RestDayCalendar | null,
): boolean {
  const deadline = registrationDeadline(saleDate, policy, calendar);
  return deadline !== null && registrationDate > deadline;
}

export function filingDeadline(repairDate: IsoDate, policy: PolicyFacts, calendar?: RestDayCalendar | null): IsoDate | null {
  return actDeadline(repairDate, policy.filingDays, calendar);
}

/** A wear part is covered for its own period, counted from the sale like every other. */
export function wearPartUntil(saleDate: IsoDate, wearMonths: number): IsoDate {
  return addMonthsIso(saleDate, wearMonths);
}

/** On or before the last covered day; no end date means not covered. */
export function isWithin(date: IsoDate, until: IsoDate | null | undefined): boolean {
  return !!until && date <= until;
}

/**
 * The last day anything is covered: the whole-unit period, stretched by the repair
 * warranty (包修期) where the policy has one, and by the main-component period when
 * the fault is in a main component.
 */
export function coveredUntil(cov: Coverage, mainComponentFault: boolean): IsoDate | null {
  let end = cov.wholeUnitUntil;
  for (const d of [cov.warrantyUntil, mainComponentFault ? cov.mainComponentsUntil : null]) {
    if (d && (!end || d > end)) end = d;
  }
  return end;
}
