import type { FindingCode, Severity } from '../contracts/findings';

/** docs/api.md: these warn the reviewer and never block submit; every other code is an error. */
export const FINDING_SEVERITY: Record<FindingCode, Severity> = {
  UNIT_NOT_FOUND: 'error',
  UNIT_NOT_REGISTERED: 'error',
  REGISTRATION_LATE: 'error',
  DATES_INVALID: 'error',
  OUT_OF_WARRANTY: 'error',
  USAGE_OVER_CAP: 'error',
  REMEDY_NOT_ALLOWED: 'error',
  PART_NOT_PRICED: 'error',
  PART_CORE: 'error',
  LABOUR_OVER_STANDARD: 'warning',
  TRAVEL_OVER_CAP: 'warning',
  FILED_LATE: 'error',
  DUPLICATE_CLAIM: 'warning',
  REPEAT_FAILURE: 'warning',
  RETURN_OVERDUE: 'error',
  POLICY_NOT_FOUND: 'error',
  RATE_NOT_FOUND: 'error',
  OPERATION_UNKNOWN: 'error',
  SAME_PROBLEM_LIMIT: 'warning',
  ASSEMBLY_REPLACED_LIMIT: 'warning',
  REPAIR_DAYS_LIMIT: 'warning',
  REPAIR_TIME_EXCEEDED: 'warning',
  BUSY_SEASON_LATE: 'warning',
  USAGE_REQUIRED: 'error',
  LOANER_DUE: 'warning',
};

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];
