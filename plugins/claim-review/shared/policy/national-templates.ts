import type { PolicyFacts } from '../contracts/facts';

/*
 * The three seeded policy templates (DOMAIN.md), as data, so the seed script and the
 * tests read one source. Values not set by a national rule keep the company defaults.
 */

export const FARM_MACHINERY_CATEGORY = 'farm_machinery';
export const HOUSEHOLD_VEHICLE_CATEGORY = 'household_vehicle';

/** Company defaults (seeds 000/001): names no model or category, so it is the fallback for every unit. */
export const COMPANY_DEFAULT_POLICY: PolicyFacts = {
  code: 'COMPANY-DEFAULT',
  name: '企业三包政策（默认）',
  clause: '企业三包服务规定 / Company warranty rules',
  category: null,
  modelCode: null,
  effectiveFrom: '2000-01-01',
  wholeUnitMonths: 12,
  mainComponentMonths: 24,
  usageCap: null,
  usageUnit: null,
  refundDays: 7,
  replacementDays: 15,
  repeatRepairLimit: 2,
  registrationDays: 20,
  filingDays: 30,
  returnCutoffs: ['06-30', '12-31'],
  returnMinDays: 15,
  returnGraceDays: 30,
  duplicateWindowDays: 30,
  reviewHours: 48,
  excludedCauses: ['misuse', 'accident', 'modification', 'wear'],
  refundComponents: [],
  dispatchArrangeHours: 2,
  dispatchCheckHours: 4,
  onSiteHours: 3,
  followUpHours: 24,
};

/**
 * 农业机械产品修理、更换、退货责任规定 (2010): whole machine ≥ 1 year, main parts for
 * the certificate's period, repair within 30 working days, the same fault after 2
 * repairs of a main part → replacement, busy-season repairs in 3 days (1 for wear parts).
 */
export const FARM_MACHINERY_2010_POLICY: PolicyFacts = {
  ...COMPANY_DEFAULT_POLICY,
  code: 'CN-FARM-MACHINERY-2010',
  name: '农业机械三包（2010）',
  clause: '农业机械产品修理、更换、退货责任规定（2010） / Farm machinery repair, replacement and return rules (2010)',
  category: FARM_MACHINERY_CATEGORY,
  effectiveFrom: '2010-06-01',
  wholeUnitMonths: 12,
  mainComponentMonths: 24,
  repeatRepairLimit: 2,
  repeatFailureRule: 'part_first',
  repairWorkingDays: 30,
  busySeasonMonths: [5, 6, 9, 10],
  busySeasonMainRepairDays: 3,
  busySeasonWearRepairDays: 1,
};

/**
 * 家用汽车产品修理更换退货责任规定 (2021): 三包 2 years / 50,000 km, warranty 3 years /
 * 60,000 km; 60 days / 3,000 km for the listed safety faults and 7 days for the listed
 * assemblies → replacement or refund; remedy due after 2 failed safety repairs, 2
 * replaced major assemblies, more than 4 repairs of one problem, or more than 30
 * repair days; loaner after 5 days; usage charge n ≤ 0.5 %; records kept 6 years.
 */
export const HOUSEHOLD_VEHICLE_2021_POLICY: PolicyFacts = {
  ...COMPANY_DEFAULT_POLICY,
  code: 'CN-HOUSEHOLD-VEHICLE-2021',
  name: '家用汽车三包（2021）',
  clause: '家用汽车产品修理更换退货责任规定（2021） / Household motor vehicle repair, replacement and return rules (2021)',
  category: HOUSEHOLD_VEHICLE_CATEGORY,
  effectiveFrom: '2022-01-01',
  wholeUnitMonths: 24,
  mainComponentMonths: 24,
  usageCap: 50000,
  usageUnit: 'km',
  warrantyMonths: 36,
  warrantyUsageCap: 60000,
  refundDays: 7,
  replacementDays: 7,
  refundComponents: ['engine', 'transmission', 'drive_motor', 'traction_battery'],
  earlyRemedyDays: 60,
  earlyRemedyUsage: 3000,
  earlyRemedyComponents: ['steering', 'braking', 'body_crack', 'fuel_leak', 'battery_fire'],
  repeatRepairLimit: 2,
  repeatFailureRule: 'safety_fault',
  majorAssemblyReplacementLimit: 2,
  sameProblemRepairLimit: 4,
  cumulativeRepairDaysLimit: 30,
  loanerAfterRepairDays: 5,
  usageChargeRateBp: 50,
  recordRetentionYears: 6,
};

export const nationalTemplates: readonly PolicyFacts[] = [
  COMPANY_DEFAULT_POLICY,
  FARM_MACHINERY_2010_POLICY,
  HOUSEHOLD_VEHICLE_2021_POLICY,
];
