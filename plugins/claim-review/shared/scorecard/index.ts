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
