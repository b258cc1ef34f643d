import type { Fen, HoursTenths, IsoDate } from './money';
import type { ClaimStatus, Remedy, UsageUnit } from './claim';
import type { WorkingCalendar } from '../calendar/working-hours';

/**
 * A warranty policy as the CMS stores it (api::warranty-policy), attribute names mirrored;
 * the `model` relation is handed over as `modelCode`. Optional national-rule fields are
 * null or absent when the policy does not use them.
 */
export interface PolicyFacts {
  code: string;
  name?: string | null;
  /** Bilingual as "中文 / English" when the admin writes both; see policyLabel. */
  clause?: string | null;
  category?: string | null;
  modelCode?: string | null;
  effectiveFrom: IsoDate;
  wholeUnitMonths: number;
  mainComponentMonths: number;
  usageCap?: number | null;
  usageUnit?: UsageUnit | null;
  refundDays?: number | null;
  replacementDays?: number | null;
  repeatRepairLimit?: number | null;
  registrationDays?: number | null;
  filingDays?: number | null;
  /** `MM-DD` strings, e.g. ["06-30", "12-31"]. */
  returnCutoffs?: string[] | null;
  /** Days the dealer has at least to ship parts back: the due cut-off is the first this many days after approval (default 15). */
  returnMinDays?: number | null;
  /** Days after the cut-off before parts still not received are forfeited (default 30). */
  returnGraceDays?: number | null;
  duplicateWindowDays?: number | null;
  reviewHours?: number | null;
  /** Dealer scorecard: claims payable strictly under this many fen may be approved by the system; null or 0: off. */
  autoApproveUnderFen?: number | null;
  excludedCauses?: string[] | null;
  earlyRemedyDays?: number | null;
  earlyRemedyUsage?: number | null;
  earlyRemedyComponents?: string[] | null;
  /** Components allowing refund/replacement within refundDays / replacementDays; empty = any performance failure. */
  refundComponents?: string[] | null;
  warrantyMonths?: number | null;
  warrantyUsageCap?: number | null;
  sameProblemRepairLimit?: number | null;
  majorAssemblyReplacementLimit?: number | null;
  cumulativeRepairDaysLimit?: number | null;
  loanerAfterRepairDays?: number | null;
  usageChargeRateBp?: number | null;
  repairWorkingDays?: number | null;
  /**
   * What the repeat-repair limit grants: `remedy` (company: replacement or refund),
   * `part_first` (farm machinery 2010: the main part is replaced free, the whole unit
   * only when it fails again), `safety_fault` (household vehicles 2021: serious safety
   * faults only, which the reviewer confirms). Null is `remedy`.
   */
  repeatFailureRule?: RepeatFailureRule | null;
  /** Months 1–12. */
  busySeasonMonths?: number[] | null;
  busySeasonMainRepairDays?: number | null;
  busySeasonWearRepairDays?: number | null;
  recordRetentionYears?: number | null;
  dispatchArrangeHours?: number | null;
  dispatchCheckHours?: number | null;
  onSiteHours?: number | null;
  followUpHours?: number | null;
}

export type RepeatFailureRule = 'remedy' | 'part_first' | 'safety_fault';

export interface UnitFacts {
  serial: string;
  modelCode: string;
  modelName: string;
  category: string | null;
  mainComponents: string[];
  /** The selling dealer. */
  dealerCode: string;
  buildDate?: IsoDate | null;
  saleDate?: IsoDate | null;
  registrationDate?: IsoDate | null;
  /** The model's dealer price of a whole unit (fen): what a replaced or refunded unit is worth. */
  unitPrice?: Fen | null;
}

export type PartCategory = 'standard' | 'wear' | 'main_component' | 'core';

export interface PartPriceFacts {
  effectiveFrom: IsoDate;
  dealerPrice: Fen;
  guidePrice: Fen;
  /** The price-list version's prices include VAT (seed 004 8.3.1.2); absent = before VAT. */
  pricesIncludeVat?: boolean;
}

export interface PartFacts {
  number: string;
  name: string;
  nameEn?: string | null;
  category: PartCategory;
  component?: string | null;
  /** Basis points, 1300 = 13 %. */
  vatRate: number;
  mustReturn: boolean;
  wearMonths?: number | null;
  /** Already resolved for the date in question (see priceOn); null = no price valid then. */
  price: PartPriceFacts | null;
}

export interface LabourOpFacts {
  code: string;
  description?: string | null;
  descriptionEn?: string | null;
  /** The CMS holds decimal hours; convert once with hoursToTenths. */
  standardHoursTenths: HoursTenths;
  modelCode?: string | null;
}

export interface RateFacts {
  tier: number;
  effectiveFrom?: IsoDate;
  hourlyRate: Fen;
  travelRatePerKm: Fen;
  travelCapKm: number;
  logisticsFee: Fen;
}

export interface DealerFacts {
  code: string;
  tier: number;
}

/** Another claim of the same unit. The server leaves out the claim being checked (or names it in ctx.claimNumber). */
export interface PriorClaim {
  number: string;
  status: ClaimStatus;
  failureDate: IsoDate;
  repairDate: IsoDate;
  remedy: Remedy;
  /** fault.component of that claim. */
  component: string;
  partNumbers: string[];
  /** Days the unit spent in repair (each 24 h or part of it), when known. */
  repairDays?: number | null;
  /** True when a main_component part (a major assembly) was replaced. */
  majorAssemblyReplaced?: boolean;
}

/**
 * What the precheck knows. A field left `undefined` means "not known here" (the portal
 * checks in the browser without master data): rules needing it are skipped. `null` means
 * "known to be absent": unit null → UNIT_NOT_FOUND, policy null → POLICY_NOT_FOUND,
 * rate null → RATE_NOT_FOUND.
 */
export interface PrecheckContext {
  today: IsoDate;
  /**
   * The claim's filing date: its first submission. Absent for a claim not yet filed,
   * which is filed today. The filing deadline is judged on it, so an edit in
   * info_requested does not make a claim filed on time late.
   */
  filedOn?: IsoDate;
  /**
   * The office calendar (holidays, 调休 make-up days): its rest days move the card and filing
   * deadlines (art. 203), and working-day rules count in it. Absent: the art. 201 day and
   * Monday–Friday.
   */
  calendar?: WorkingCalendar;
  dealer?: DealerFacts;
  unit?: UnitFacts | null;
  policy?: PolicyFacts | null;
  /** Keyed by part number; a part missing from a defined map is unknown. */
  parts?: Record<string, PartFacts>;
  /** Keyed by operation code, already chosen for the unit's model (see operationFor). */
  operations?: Record<string, LabourOpFacts>;
  rate?: RateFacts | null;
  history?: PriorClaim[];
  /** The claim being checked, left out of history if present there. */
  claimNumber?: string;
}

/** The part of PrecheckContext that pricing needs. */
export type PricingContext = Pick<PrecheckContext, 'parts' | 'operations' | 'rate'>;

export interface QuoteContext {
  /** The date the guide prices were resolved for. */
  today: IsoDate;
  /** The dealer's tier, named in RATE_NOT_FOUND. */
  tier?: number;
  parts: Record<string, PartFacts>;
  operations: Record<string, LabourOpFacts>;
  rate: RateFacts | null;
}
