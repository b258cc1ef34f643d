/**
 * Warranty policies. Two are the company's own rules (seed 000 and DOMAIN.md numbers),
 * one for each category they govern; the other two are templates of the national 三包
 * regulations, so the precheck and the review screen can name the clause that decides a
 * claim. The tractor takes the farm-machinery template — the 2010 rules were written for
 * tractors first — and the tiller stays on the company rules, which already meet the
 * 2010 minimums; an admin can copy the template to another category by editing it.
 * `effectiveFrom` lies before the first seeded sale so every demo unit has a policy.
 * `clause` is written "中文 / English", the form the plugin's policy label splits.
 */
export interface PolicySeed {
  code: string;
  name: string;
  clause: string;
  category: string;
  effectiveFrom: string;
  wholeUnitMonths: number;
  mainComponentMonths: number;
  usageCap?: number;
  usageUnit?: 'h' | 'km';
  refundDays: number;
  replacementDays: number;
  repeatRepairLimit: number;
  repeatFailureRule?: 'remedy' | 'part_first' | 'safety_fault';
  registrationDays: number;
  filingDays: number;
  returnCutoffs: string[];
  returnMinDays: number;
  returnGraceDays: number;
  duplicateWindowDays: number;
  reviewHours: number;
  excludedCauses: string[];
  earlyRemedyDays?: number;
  earlyRemedyUsage?: number;
  earlyRemedyComponents?: string[];
  refundComponents?: string[];
  warrantyMonths?: number;
  warrantyUsageCap?: number;
  sameProblemRepairLimit?: number;
  majorAssemblyReplacementLimit?: number;
  cumulativeRepairDaysLimit?: number;
  loanerAfterRepairDays?: number;
  usageChargeRateBp?: number;
  repairWorkingDays?: number;
  busySeasonMonths?: number[];
  busySeasonMainRepairDays?: number;
  busySeasonWearRepairDays?: number;
  recordRetentionYears?: number;
  dispatchArrangeHours: number;
  dispatchCheckHours: number;
  onSiteHours: number;
  followUpHours: number;
}

/** Never covered (seed 000): misuse, accident, unauthorised modification, wear items past their own period. */
const EXCLUDED = ['misuse', 'accident', 'modification', 'wear_expired'];

/** The company defaults of DOMAIN.md; each field stays editable in the CMS. */
const companyDefaults = {
  effectiveFrom: '2024-01-01',
  wholeUnitMonths: 12,
  mainComponentMonths: 24,
  refundDays: 7,
  replacementDays: 15,
  repeatRepairLimit: 2,
  registrationDays: 20,
  filingDays: 30,
  returnCutoffs: ['06-30', '12-31'],
  // half a month to ship after approval, a month of grace after the cut-off before unreturned parts are forfeited
  returnMinDays: 15,
  returnGraceDays: 30,
  duplicateWindowDays: 30,
  reviewHours: 48,
  excludedCauses: EXCLUDED,
  // seed 000: arrange a dispatched repair within 2 h, check it at 4 h; seed 002: on site within 3 h, call back within 24 h
  dispatchArrangeHours: 2,
  dispatchCheckHours: 4,
  onSiteHours: 3,
  followUpHours: 24,
};

const COMPANY_CLAUSE = '企业《产品三包服务管理办法》 / Company 三包 service rules';

export const policies: PolicySeed[] = [
  {
    ...companyDefaults,
    code: 'CO-TRICYCLE-2024',
    name: '电动三轮车三包政策（企业标准）',
    clause: COMPANY_CLAUSE,
    category: 'tricycle',
  },
  {
    ...companyDefaults,
    code: 'CO-TILLER-2024',
    name: '微耕机三包政策（企业标准）',
    clause: COMPANY_CLAUSE,
    category: 'tiller',
  },
  {
    ...companyDefaults,
    code: 'NAT-FARM-2010',
    name: '农业机械产品三包（2010年国家规定模板）',
    clause:
      '《农业机械产品修理、更换、退货责任规定》（国家质检总局等令第126号，2010年6月1日施行） / ' +
      'Farm machinery repair, replacement and return rules (AQSIQ et al. Order No. 126, in force 1 June 2010)',
    category: 'tractor',
    effectiveFrom: '2010-06-01',
    // whole machine at least one year; main parts for the period the 三包凭证 states
    wholeUnitMonths: 12,
    mainComponentMonths: 24,
    // the hour limit printed on the company's tractor 三包凭证, whichever comes first
    usageCap: 1500,
    usageUnit: 'h',
    replacementDays: 15,
    // same serious fault after 2 repairs of a main part → replace the part; again → exchange the machine
    repeatRepairLimit: 2,
    repeatFailureRule: 'part_first',
    repairWorkingDays: 30,
    // 三夏 (May–June) and 三秋 (September–October) in the dealers' provinces
    busySeasonMonths: [5, 6, 9, 10],
    busySeasonMainRepairDays: 3,
    busySeasonWearRepairDays: 1,
  },
  {
    ...companyDefaults,
    code: 'NAT-CAR-2021',
    name: '家用汽车产品三包（2021年国家规定模板）',
    clause:
      '《家用汽车产品修理更换退货责任规定》（国家市场监督管理总局令第43号，2022年1月1日施行） / ' +
      'Household motor vehicle repair, replacement and return rules (SAMR Order No. 43, in force 1 January 2022)',
    category: 'car',
    effectiveFrom: '2022-01-01',
    // 三包 period 2 years / 50,000 km, whichever comes first
    wholeUnitMonths: 24,
    mainComponentMonths: 24,
    usageCap: 50000,
    usageUnit: 'km',
    // warranty (包修) period 3 years / 60,000 km
    warrantyMonths: 36,
    warrantyUsageCap: 60000,
    // 60 days / 3,000 km: steering or braking failure, body crack, fuel leak, traction battery fire
    earlyRemedyDays: 60,
    earlyRemedyUsage: 3000,
    earlyRemedyComponents: ['steering', 'brake', 'body', 'fuel', 'battery'],
    // 7 days: engine, transmission, drive motor or traction battery to be replaced → replacement or refund
    refundDays: 7,
    replacementDays: 7,
    refundComponents: ['engine', 'transmission', 'drive_motor', 'battery'],
    // serious safety fault still there after 2 repairs → replacement or refund
    repeatRepairLimit: 2,
    repeatFailureRule: 'safety_fault',
    sameProblemRepairLimit: 4,
    majorAssemblyReplacementLimit: 2,
    cumulativeRepairDaysLimit: 30,
    loanerAfterRepairDays: 5,
    // usage charge = price × km ÷ 1000 × n, n at most 0.5 %
    usageChargeRateBp: 50,
    recordRetentionYears: 6,
  },
];
