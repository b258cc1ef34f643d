import type { Bilingual } from '../contracts/money';
import type { Remedy } from '../contracts/claim';
import type { ClaimInput } from '../contracts/inputs';
import type { PolicyFacts, PrecheckContext, PriorClaim } from '../contracts/facts';
import type { MessageParams } from '../messages/message';
import { coverage, isWithin } from '../policy/coverage';
import { repairClockStart, repairPeriodDays } from '../policy/repair-period';
import { workingDaysAfter } from '../calendar/working-hours';
import { countedPriors, repairsBefore } from './claim-history';
import { clauseOf } from './finding';
import { soldUnitWithPolicy } from './rule';

/**
 * The rules after which replacement or refund is due inside the 三包 period. Each is
 * its own warning finding, and any of them lifts REMEDY_NOT_ALLOWED. A limit left null
 * or 0 means the policy does not use that rule.
 */
export type EntitlementCode =
  | 'REPEAT_FAILURE'
  | 'SAME_PROBLEM_LIMIT'
  | 'ASSEMBLY_REPLACED_LIMIT'
  | 'REPAIR_DAYS_LIMIT'
  | 'REPAIR_TIME_EXCEEDED';

export interface Entitlement {
  code: EntitlementCode;
  /** Picks the message `CODE.variant`. */
  variant?: string;
  /** The remedies this rule makes due; none when it grants a part replacement only. */
  remedies: readonly Remedy[];
  field?: string;
  params: MessageParams;
  clause: Bilingual;
}

function usageWithinCap(input: ClaimInput, policy: PolicyFacts): boolean {
  const cap = policy.usageCap;
  if (cap === null || cap === undefined || !input.usage || input.usage.unit !== policy.usageUnit) return true;
  return input.usage.value <= cap;
}

interface Scope {
  policy: PolicyFacts;
  mainComponents: string[];
  saleDate: string;
  wholeUnitUntil: string | null;
  mainComponentsUntil: string | null;
  priors: PriorClaim[];
}

function scope(input: ClaimInput, ctx: PrecheckContext): Scope | undefined {
  const facts = soldUnitWithPolicy(ctx);
  const priors = countedPriors(ctx);
  if (!facts || !priors || !usageWithinCap(input, facts.policy)) return undefined;
  const cov = coverage(facts.unit, facts.policy);
  return {
    policy: facts.policy,
    mainComponents: facts.unit.mainComponents,
    saleDate: facts.saleDate,
    wholeUnitUntil: cov.wholeUnitUntil,
    mainComponentsUntil: cov.mainComponentsUntil,
    priors,
  };
}

const used = (n: number | null | undefined): n is number => typeof n === 'number' && n > 0;
const BOTH: readonly Remedy[] = ['replacement', 'refund'];

/**
 * After N repairs of the same main component inside its period, the next failure of it.
 * Company rule: replacement or refund. Farm machinery 2010: the main part is replaced
 * free; only when a part so replaced fails again is the whole unit exchanged.
 * Household vehicles 2021: serious safety faults only, which the reviewer confirms.
 */
export function repeatFailure(input: ClaimInput, ctx: PrecheckContext): Entitlement | null {
  const s = scope(input, ctx);
  const component = input.fault.component;
  if (!s || !used(s.policy.repeatRepairLimit) || !s.mainComponents.includes(component)) return null;
  const until = s.mainComponentsUntil;
  if (!until || !isWithin(input.failureDate, until)) return null;
  const repairs = repairsBefore(s.priors, input, s.saleDate, until)
    .filter((p) => p.component === component)
    .sort((a, b) => (a.repairDate < b.repairDate ? -1 : a.repairDate > b.repairDate ? 1 : 0));
  const count = repairs.length;
  const limit = s.policy.repeatRepairLimit;
  if (count < limit) return null;
  const params = { component, count, limit };
  const rule = s.policy.repeatFailureRule ?? 'remedy';
  if (rule === 'part_first') {
    const partReplaced = repairs.slice(limit).some((p) => p.majorAssemblyReplaced);
    return {
      code: 'REPEAT_FAILURE',
      variant: partReplaced ? 'unit' : 'part',
      remedies: partReplaced ? ['replacement'] : [],
      field: 'fault.component',
      params,
      clause: clauseOf('clause.repeat_repair_farm', s.policy, { limit }),
    };
  }
  return {
    code: 'REPEAT_FAILURE',
    variant: rule === 'safety_fault' ? 'safety_fault' : undefined,
    remedies: BOTH,
    field: 'fault.component',
    params,
    clause: clauseOf(rule === 'safety_fault' ? 'clause.repeat_repair_safety' : 'clause.repeat_repair', s.policy, { limit }),
  };
}

/** Household vehicles 2021: the same problem repaired more than N times. */
export function sameProblemLimit(input: ClaimInput, ctx: PrecheckContext): Entitlement | null {
  const s = scope(input, ctx);
  if (!s || !used(s.policy.sameProblemRepairLimit)) return null;
  const until = s.wholeUnitUntil;
  if (!until || !isWithin(input.failureDate, until)) return null;
  const component = input.fault.component;
  const count = repairsBefore(s.priors, input, s.saleDate, until).filter((p) => p.component === component).length;
  const limit = s.policy.sameProblemRepairLimit;
  if (count <= limit) return null;
  return {
    code: 'SAME_PROBLEM_LIMIT',
    remedies: BOTH,
    field: 'fault.component',
    params: { component, count, limit },
    clause: clauseOf('clause.same_problem', s.policy, { limit }),
  };
}

/** Household vehicles 2021: a major assembly replaced N times. */
export function assemblyReplacedLimit(input: ClaimInput, ctx: PrecheckContext): Entitlement | null {
  const s = scope(input, ctx);
  if (!s || !used(s.policy.majorAssemblyReplacementLimit)) return null;
  const until = s.wholeUnitUntil;
  if (!until || !isWithin(input.failureDate, until)) return null;
  const component = input.fault.component;
  const count = repairsBefore(s.priors, input, s.saleDate, until).filter(
    (p) => p.component === component && p.majorAssemblyReplaced,
  ).length;
  const limit = s.policy.majorAssemblyReplacementLimit;
  if (count < limit) return null;
  return {
    code: 'ASSEMBLY_REPLACED_LIMIT',
    remedies: BOTH,
    field: 'fault.component',
    params: { component, count, limit },
    clause: clauseOf('clause.assembly_replaced', s.policy, { limit }),
  };
}

/**
 * Household vehicles 2021: more than N cumulative repair days inside the 三包 period,
 * the earlier repairs' days and this repair's own (hand-over to return).
 */
export function repairDaysLimit(input: ClaimInput, ctx: PrecheckContext): Entitlement | null {
  const s = scope(input, ctx);
  if (!s || !used(s.policy.cumulativeRepairDaysLimit)) return null;
  const until = s.wholeUnitUntil;
  if (!until || !isWithin(input.failureDate, until)) return null;
  const earlier = repairsBefore(s.priors, input, s.saleDate, until).reduce((n, p) => n + (p.repairDays ?? 0), 0);
  const days = earlier + (repairPeriodDays(input.repair) ?? 0);
  const limit = s.policy.cumulativeRepairDaysLimit;
  if (days <= limit) return null;
  return {
    code: 'REPAIR_DAYS_LIMIT',
    remedies: BOTH,
    field: input.repair ? 'repair.returnedAt' : undefined,
    params: { days, limit },
    clause: clauseOf('clause.repair_days', s.policy, { limit }),
  };
}

/**
 * Farm machinery 2010: a repair not finished within N working days of the hand-over
 * (the failure date when the claim has none) gives the user the right to an exchange.
 * Working days are the office calendar's: public holidays off, 调休 days on.
 */
export function repairTimeExceeded(input: ClaimInput, ctx: PrecheckContext): Entitlement | null {
  const policy = ctx.policy;
  const limit = policy?.repairWorkingDays;
  const start = repairClockStart(input);
  if (!policy || !used(limit) || start > input.repairDate) return null;
  const days = workingDaysAfter(start, input.repairDate, ctx.calendar);
  if (days <= limit) return null;
  return {
    code: 'REPAIR_TIME_EXCEEDED',
    remedies: ['replacement'],
    field: 'repairDate',
    params: { days, limit, from: start },
    clause: clauseOf('clause.repair_time', policy, { limit }),
  };
}

export function remedyEntitlements(input: ClaimInput, ctx: PrecheckContext): Entitlement[] {
  return [repeatFailure, sameProblemLimit, assemblyReplacedLimit, repairDaysLimit, repairTimeExceeded]
    .map((rule) => rule(input, ctx))
    .filter((e): e is Entitlement => e !== null);
}
