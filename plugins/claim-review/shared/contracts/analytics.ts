/**
 * Answers of the quality routes (staff API, base /claim-review):
 *   GET /analytics/failures?groupBy=part|model|buildMonth|dealer&from=&to=   → FailureAnswer   (analytics.read)
 *   GET /analytics/alerts?status=&page=&pageSize=                           → AlertListAnswer (analytics.read)
 *   GET /claims/:number/anomalies                                           → AnomaliesAnswer (claims.read)
 * Webhook `quality.alert`: body `{ event: "quality.alert", createdAt, ...QualityAlert, at }`.
 *
 * What counts: a claim filed and not rejected (statuses submitted … settled), dated by
 * its failure date. Units: those built on or before `to`; a unit is "sold" once its
 * sale date is on or before min(to, asOf); exposure is each sold unit's days in
 * service inside [from, min(to, asOf)] (sale day included) ÷ 30.4375, in unit-months.
 * Exposure counts only days inside the unit's warranty (the governing policy's
 * main-component period on model, build-month and dealer rows, which count every claim;
 * on part rows the period of the part: main-component or whole-unit), and a part line
 * inspected as no fault found is not a failure.
 * Money is integer fen; rates are plain numbers rounded to 2 decimals, null when their
 * denominator is 0.
 */
import type { Bilingual, Fen, IsoDate, IsoDateTime } from './money';
import type { ListAnswer } from './answers';

export type FailureGroupBy = 'part' | 'model' | 'buildMonth' | 'dealer';

export interface FailureRates {
  /** Claims per 100 units sold. */
  perHundredSold: number | null;
  /** Claims per 1,000 unit-months in service: the rate that compares cohorts of different ages. */
  perThousandUnitMonths: number | null;
  /**
   * This rate ÷ the rate of what it belongs to: model rows and dealer rows against the
   * whole fleet, buildMonth rows against their model, cohorts against their row.
   * Null on part rows (a part's rate has no fleet-wide peer) and when either rate is null.
   */
  relative: number | null;
}

export interface FailureFigures {
  /** Distinct counted claims (on part rows: claims with at least one line of the part). */
  claims: number;
  units: { built: number; sold: number };
  exposureUnitMonths: number;
  /** Payable fen as it stands: the claims' payable amounts; on part rows, the part lines' payable only. */
  cost: Fen;
  costPerUnitSold: Fen | null;
  rate: FailureRates;
}

/** One build month of a row: the batch view (part × model × build month, or model × build month). */
export interface FailureCohort extends FailureFigures {
  /** `YYYY-MM`; null for units with no build date. */
  buildMonth: string | null;
}

export interface FailurePart {
  number: string;
  name: string | null;
  nameEn: string | null;
  component: string | null;
  /** One of seed 000's key parts (tighter alert threshold). */
  keyPart: boolean;
}

export interface FailureModel {
  code: string;
  name: string | null;
  nameEn: string | null;
}

export interface FailureDealer {
  code: string;
  name: string | null;
  nameEn: string | null;
}

/**
 * One row; which identity fields are set depends on groupBy:
 *   part       → part + model (denominator: the model's units), with `cohorts` by build month; sorted by rate, highest first
 *   model      → model, with `cohorts` by build month; sorted by model code
 *   buildMonth → model + buildMonth; sorted by model code, then month
 *   dealer     → dealer (claims it filed vs units it sold); sorted by rate, highest first
 */
export interface FailureRow extends FailureFigures {
  /** Stable key for the table: `part|model`, `model`, `model|buildMonth` or `dealer`. */
  key: string;
  part: FailurePart | null;
  model: FailureModel | null;
  buildMonth: string | null;
  dealer: FailureDealer | null;
  /** A quality alert for this part × model (on model and buildMonth rows: for any part of the model) has a window ending inside [from, to]; never set on dealer rows. */
  alerted: boolean;
  cohorts?: FailureCohort[];
}

export interface AlertThreshold {
  /** Significance level of the one-sided test. */
  alpha: number;
  /** Fewest claims in the window that can raise an alert. */
  minCount: number;
  /** Smallest observed ÷ expected that can raise an alert. */
  minRatio: number;
}

/** How alerts are decided, as configured (plugin config `quality`; the rule is shared/quality/alert-rule.ts). */
export interface QualityMethod {
  test: 'poisson-exact';
  windowDays: number;
  /** The window ends this many days before the run date (claims still being filed). */
  filingLagDays: number;
  /** Build months of a part × model are tested too, Holm-corrected within the part × model. */
  cohorts: 'build-month, holm';
  /** Exposure counts unit-months inside each unit's warranty only. */
  exposure: 'in-warranty unit-months';
  baselineDays: number;
  /** Unit-months the baseline needs before a part × model is judged. */
  minBaselineExposure: number;
  standard: AlertThreshold;
  keyPart: AlertThreshold;
  keyComponents: string[];
}

export interface FailureAnswer {
  groupBy: FailureGroupBy;
  from: IsoDate;
  to: IsoDate;
  /** The business date the figures were computed on (exposure stops here when `to` is later). */
  asOf: IsoDate;
  totals: FailureFigures;
  data: FailureRow[];
  /** Alerts whose window ends inside [from, to], newest first (at most 50). */
  alerts: QualityAlert[];
  method: QualityMethod;
}

export type QualityAlertStatus = 'open' | 'acknowledged';

/**
 * A part × model whose claim rate in the recent window jumped above its own trailing
 * baseline: `claims` observed where `expected` = baseline rate × window exposure, with
 * the baseline rate (baseline claims + 0.5) ÷ baseline exposure; `pValue` = P(X ≥ claims)
 * for X ~ Poisson(expected).
 */
export interface QualityAlert {
  id: number;
  status: QualityAlertStatus;
  model: { code: string };
  part: { number: string; name: string | null; nameEn: string | null; component: string | null };
  /** Set on a build-month alert: the cohort whose rate jumped (null: the whole model). */
  buildMonth: string | null;
  /** On a build-month alert, the Holm-adjusted p compared with α, and how many build months were tested together. */
  adjustedPValue: number | null;
  familySize: number | null;
  keyPart: boolean;
  window: { from: IsoDate; to: IsoDate };
  baseline: { from: IsoDate; to: IsoDate; claims: number; exposureUnitMonths: number };
  claims: number;
  exposureUnitMonths: number;
  expected: number;
  ratio: number;
  pValue: number;
  threshold: AlertThreshold;
  /** The window's claims, for drill-down (at most 50). */
  claimNumbers: string[];
  raisedAt: IsoDateTime;
  /** Who on the quality side saw the alert and what they did about it; null while open. */
  acknowledged: { at: IsoDateTime; by: string; note: string | null } | null;
  message: Bilingual;
}

export type AlertListAnswer = ListAnswer<QualityAlert>;

export type AnomalyCode = 'DEALER_CLAIM_SPIKE' | 'LABOUR_HOURS_OUTLIER' | 'REPEATED_UNIT_COMPONENT' | 'PHOTO_REUSED' | 'DEALER_SPOT_CHECK_FAILED';

/** A hint for the reviewer, never a decision: it neither blocks nor prices anything. */
export interface AnomalyFlag {
  code: AnomalyCode;
  severity: 'warning';
  message: Bilingual;
  /** The figures behind the message (counts, hours, expected values, file names…). */
  params: Record<string, string | number | null>;
  /** Other claims the flag points at (earlier repairs of the unit, claims sharing a photo). */
  relatedClaims: string[];
}

export interface AnomaliesAnswer {
  claimNumber: string;
  flags: AnomalyFlag[];
}
