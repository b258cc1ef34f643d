export {
  isIsoDate,
  daysInMonth,
  addDaysIso,
  addMonthsIso,
  daysBetween,
  workingDaysBetween,
  monthOf,
  compareIso,
  minIso,
  maxIso,
} from './date-only';
export { businessDate, repairDays, DEFAULT_TIME_ZONE } from './business-date';
export {
  addWorkingHours,
  workingMsBetween,
  isWorkingDay,
  workingDaysAfter,
  calendarProblem,
  DEFAULT_WORKING_CALENDAR,
  type WorkingCalendar,
  type RestDayCalendar,
} from './working-hours';
export { periodEnd } from './period-end';
export { withOfficeDays, type OfficeDay } from './office-days';
