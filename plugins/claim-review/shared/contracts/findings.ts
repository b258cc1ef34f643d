import type { Bilingual } from './money';

export type Severity = 'error' | 'warning';

/**
 * Codes of docs/api.md, stable and part of the contract.
 */
export type ContractFindingCode =
  | 'UNIT_NOT_FOUND'
  | 'UNIT_NOT_REGISTERED'
  | 'REGISTRATION_LATE'
  | 'DATES_INVALID'
  | 'OUT_OF_WARRANTY'
  | 'USAGE_OVER_CAP'
  | 'REMEDY_NOT_ALLOWED'
  | 'PART_NOT_PRICED'
  | 'PART_CORE'
  | 'LABOUR_OVER_STANDARD'
  | 'TRAVEL_OVER_CAP'
  | 'FILED_LATE'
  | 'DUPLICATE_CLAIM'
  | 'REPEAT_FAILURE'
  | 'RETURN_OVERDUE';

/**
 * Codes added by the domain core ("new ones may be added", docs/api.md):
 * - POLICY_NOT_FOUND (error): no warranty policy applies to the unit, so nothing can be covered.
 * - RATE_NOT_FOUND (error): no labour rate for the dealer's tier on the repair date; labour/travel would be paid 0.
 * - OPERATION_UNKNOWN (error): a labour line names an operation that is not in the labour-operation list.
 * - SAME_PROBLEM_LIMIT (warning): household vehicles 2021, the same problem repaired more than N times → replacement or refund due.
 * - ASSEMBLY_REPLACED_LIMIT (warning): household vehicles 2021, a major assembly replaced N times → replacement or refund due.
 * - REPAIR_DAYS_LIMIT (warning): household vehicles 2021, cumulative repair days over N → replacement or refund due.
 * - REPAIR_TIME_EXCEEDED (warning): farm machinery 2010, repair not finished within N working days of the failure.
 * - BUSY_SEASON_LATE (warning): farm machinery 2010, busy-season fault not fixed within its 3 / 1 day limit.
 * - USAGE_REQUIRED (error): the policy caps usage, and the reading is missing or in another unit.
 * - LOANER_DUE (warning): household vehicles 2021, one repair took more than N days: a loaner or transport allowance was owed.
 * Like REPEAT_FAILURE, the three *_LIMIT warnings lift REMEDY_NOT_ALLOWED for replacement and refund;
 * REPAIR_TIME_EXCEEDED lifts it for replacement (exchange) only; the farm template's
 * REPEAT_FAILURE lifts it only once a replaced main part has failed again.
 */
export type AddedFindingCode =
  | 'POLICY_NOT_FOUND'
  | 'RATE_NOT_FOUND'
  | 'OPERATION_UNKNOWN'
  | 'SAME_PROBLEM_LIMIT'
  | 'ASSEMBLY_REPLACED_LIMIT'
  | 'REPAIR_DAYS_LIMIT'
  | 'REPAIR_TIME_EXCEEDED'
  | 'BUSY_SEASON_LATE'
  | 'USAGE_REQUIRED'
  | 'LOANER_DUE';

export type FindingCode = ContractFindingCode | AddedFindingCode;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Dotted path into the request (`parts.0.partNumber`); absent when the finding is about the whole claim. */
  field?: string;
  message: Bilingual;
  /** The policy or national clause that decides, so reviewers see why. */
  clause?: Bilingual;
}
