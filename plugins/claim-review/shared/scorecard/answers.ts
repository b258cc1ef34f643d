import type { IsoDate, IsoDateTime } from '../contracts';
import type { AnomalyCode } from '../contracts/analytics';
import type { KpiFigure, KpiName } from '../kpi';
import type { DealerGrade } from './auto-approve';

/** A share of claims: counted integers, and their ratio unrounded (null when nothing was counted). */
export interface ScorecardRate {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export type SpotCheckStatus = 'pending' | 'passed' | 'failed';
export const SPOT_CHECK_STATUSES: readonly SpotCheckStatus[] = ['pending', 'passed', 'failed'];

/** One spot check as staff see it (GET /claim-review/spot-checks). */
export interface SpotCheckAnswer {
  id: number;
  claimNumber: string;
  dealer: { code: string; name: string };
  payable: number;
  /** The claim's status now: a failed check puts it back in review. */
  claimStatus: string;
  status: SpotCheckStatus;
  drawnAt: IsoDateTime;
  shareBp: number;
  reviewer: string | null;
  note: string | null;
  decidedAt: IsoDateTime | null;
}

/** One grade change (audit row of `dealer-grade-change`); the dealer's own view leaves out who made it. */
export interface GradeChangeAnswer {
  from: DealerGrade | null;
  to: DealerGrade;
  reason: string;
  by?: string;
  at: IsoDateTime;
}

/**
 * Service KPIs of the dealer's work orders and its complaints: filled in by the service-desk
 * KPI and complaint features (shared/kpi); absent until those are on the server.
 */
export interface ScorecardServiceSection {
  figures: Partial<Record<KpiName, KpiFigure>>;
}
export interface ScorecardComplaintsSection {
  received: number;
  open: number;
  figures: Partial<Record<Extract<KpiName, 'complaints_per_100' | 'complaint_resolved_on_time'>, KpiFigure>>;
}

/** The dealer scorecard (经销商评级): staff read any dealer's, a dealer only its own. */
export interface DealerScorecard {
  dealer: { code: string; name: string; nameEn: string | null; region: string | null; tier: number | null; grade: DealerGrade | null; suspended: boolean };
  /** Claims count by their filing (first submission) date inside the period. */
  period: { from: IsoDate; to: IsoDate };
  claims: { filed: number; decided: number; approved: number; partiallyApproved: number; rejected: number; autoApproved: number };
  /** (approved + partially approved) ÷ decided. */
  approvalRate: ScorecardRate;
  /** Partially approved (a line cut or refused) ÷ (approved + partially approved). */
  adjustmentRate: ScorecardRate;
  /** The anomaly flags of the dealer's claims waiting for a reviewer (the newest `looked`). */
  anomalyFlags: { looked: number; flaggedClaims: number; byCode: Partial<Record<AnomalyCode, number>> };
  /** Claims whose parts missed their cut-off (RETURN_OVERDUE) and are still owed. */
  overdueReturns: number;
  spotChecks: { pending: number; passed: number; failed: number };
  /** A failed spot check inside the flag window: the dealer's claims carry DEALER_SPOT_CHECK_FAILED. */
  flagged: boolean;
  gradeHistory: GradeChangeAnswer[];
  service?: ScorecardServiceSection;
  complaints?: ScorecardComplaintsSection;
}

/** A row of the staff list of dealers with their grade and headline figures. */
export interface DealerScorecardRow {
  dealer: DealerScorecard['dealer'];
  claims: { filed: number; decided: number };
  approvalRate: ScorecardRate;
  adjustmentRate: ScorecardRate;
  overdueReturns: number;
  spotChecksFailed: number;
  flagged: boolean;
}

