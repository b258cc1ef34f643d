export { resolvePolicy } from './resolve-policy';
export {
  coverage,
  NO_COVERAGE,
  registrationDeadline,
  isRegistrationLate,
  filingDeadline,
  wearPartUntil,
  isWithin,
  coveredUntil,
} from './coverage';
export { returnDueDate, DEFAULT_RETURN_CUTOFFS, DEFAULT_RETURN_MIN_DAYS } from './return-due-date';
export { returnGraceUntil, isReturnForfeited, DEFAULT_RETURN_GRACE_DAYS } from './return-forfeit';
export { isBusySeason } from './busy-season';
export { policyLabel } from './policy-label';
export {
  nationalTemplates,
  COMPANY_DEFAULT_POLICY,
  FARM_MACHINERY_2010_POLICY,
  HOUSEHOLD_VEHICLE_2021_POLICY,
  FARM_MACHINERY_CATEGORY,
  HOUSEHOLD_VEHICLE_CATEGORY,
} from './national-templates';
export { repairPeriodDays, repairClockStart } from './repair-period';
