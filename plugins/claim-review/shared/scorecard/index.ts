/** The dealer scorecard's rules: automatic approval of low-risk claims by grade, and the spot-check draw. */
export {
  DEALER_GRADES,
  TOP_GRADE,
  BOTTOM_GRADE,
  autoApproveDecision,
  type DealerGrade,
  type AutoApproveRule,
  type AutoApproveFacts,
  type AutoApprovePolicy,
  type AutoApproveDecision,
} from './auto-approve';
export { BASIS_POINTS, hashSeed, seededRandom, isDrawnForSpotCheck, drawSpotChecks } from './spot-check';
export { SPOT_CHECK_STATUSES } from './answers';
export type {
  ScorecardRate,
  SpotCheckStatus,
  SpotCheckAnswer,
  GradeChangeAnswer,
  ScorecardServiceSection,
  ScorecardComplaintsSection,
  DealerScorecard,
  DealerScorecardRow,
} from './answers';
export { scorecardRate, claimRates, DECIDED_STATUSES, type ScorecardClaimCounts } from './figures';
export {
  gradeChangeInputSchema,
  spotCheckDecisionSchema,
  spotCheckListQuerySchema,
  scorecardQuerySchema,
  type GradeChangeInput,
  type SpotCheckDecisionInput,
  type SpotCheckListQuery,
  type ScorecardQuery,
} from './schemas';
export { scorecardAnswer } from './answer-schema';
