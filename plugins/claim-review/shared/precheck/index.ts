import type { ClaimInput } from '../contracts/inputs';
import type { Finding } from '../contracts/findings';
import type { PrecheckContext } from '../contracts/facts';
import type { PrecheckAnswer } from '../contracts/answers';
import type { PrecheckRule } from './rule';
import { priceClaim } from '../pricing/claim';
import { unitNotFound } from './unit-not-found';
import { unitNotRegistered } from './unit-not-registered';
import { policyNotFound } from './policy-not-found';
import { registrationLate } from './registration-late';
import { datesInvalid } from './dates-invalid';
import { outOfWarranty } from './out-of-warranty';
import { usageOverCap } from './usage-over-cap';
import { remedyNotAllowed } from './remedy-not-allowed';
import { partNotPriced } from './part-not-priced';
import { partCore } from './part-core';
import { operationUnknown } from './operation-unknown';
import { labourOverStandard } from './labour-over-standard';
import { rateNotFound } from './rate-not-found';
import { travelOverCap } from './travel-over-cap';
import { filedLate } from './filed-late';
import { duplicateClaim } from './duplicate-claim';
import { repeatFailure } from './repeat-failure';
import { sameProblemLimit } from './same-problem-limit';
import { assemblyReplacedLimit } from './assembly-replaced-limit';
import { repairDaysLimit } from './repair-days-limit';
import { repairTimeExceeded } from './repair-time-exceeded';
import { busySeasonLate } from './busy-season-late';
import { usageRequired } from './usage-required';
import { loanerDue } from './loaner-due';

/** The fixed order findings come in: the unit, then dates and coverage, then lines, then history. */
export const PRECHECK_RULES: readonly (readonly [string, PrecheckRule])[] = [
  ['unitNotFound', unitNotFound],
  ['unitNotRegistered', unitNotRegistered],
  ['policyNotFound', policyNotFound],
  ['registrationLate', registrationLate],
  ['datesInvalid', datesInvalid],
  ['outOfWarranty', outOfWarranty],
  ['usageRequired', usageRequired],
  ['usageOverCap', usageOverCap],
  ['remedyNotAllowed', remedyNotAllowed],
  ['partNotPriced', partNotPriced],
  ['partCore', partCore],
  ['operationUnknown', operationUnknown],
  ['labourOverStandard', labourOverStandard],
  ['rateNotFound', rateNotFound],
  ['travelOverCap', travelOverCap],
  ['filedLate', filedLate],
  ['duplicateClaim', duplicateClaim],
  ['repeatFailure', repeatFailure],
  ['sameProblemLimit', sameProblemLimit],
  ['assemblyReplacedLimit', assemblyReplacedLimit],
  ['repairDaysLimit', repairDaysLimit],
  ['repairTimeExceeded', repairTimeExceeded],
  ['busySeasonLate', busySeasonLate],
  ['loanerDue', loanerDue],
];

/** Same code on the server (on submit) and in the browser (while the form is filled). */
export function precheck(input: ClaimInput, ctx: PrecheckContext): Finding[] {
  return PRECHECK_RULES.flatMap(([, rule]) => rule(input, ctx));
}

/** The answer of POST /claims/precheck: findings plus server-priced lines and totals. */
export function precheckAnswer(input: ClaimInput, ctx: PrecheckContext): PrecheckAnswer {
  const { lines, totals } = priceClaim(input, ctx);
  return { findings: precheck(input, ctx), lines, totals };
}

export { makeFinding, clauseOf, hasErrors, type FindingOptions } from './finding';
export { FINDING_SEVERITY, FINDING_CODES } from './severity';
export { returnOverdueFinding } from './return-overdue';
export { remedyEntitlements, type Entitlement, type EntitlementCode } from './remedy-entitlements';
export { countedPriors } from './claim-history';
export type { PrecheckRule } from './rule';
export {
  unitNotFound,
  unitNotRegistered,
  policyNotFound,
  registrationLate,
  datesInvalid,
  outOfWarranty,
  usageOverCap,
  remedyNotAllowed,
  partNotPriced,
  partCore,
  operationUnknown,
  labourOverStandard,
  rateNotFound,
  travelOverCap,
  filedLate,
  duplicateClaim,
  repeatFailure,
  sameProblemLimit,
  assemblyReplacedLimit,
  repairDaysLimit,
  repairTimeExceeded,
  busySeasonLate,
  usageRequired,
  loanerDue,
};
