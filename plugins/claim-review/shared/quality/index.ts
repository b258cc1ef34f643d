/** Quality early warning: claim rates, the jump test behind alerts, and reviewers' anomaly flags. */
export { logGamma, poissonUpperTail, poissonUpperLimit } from './poisson';
export {
  KEY_COMPONENTS,
  COUNTED_STATUSES,
  DAYS_PER_UNIT_MONTH,
  NOT_A_FAILURE_RESULTS,
  countsAsFailure,
  DEFAULT_QUALITY_SETTINGS,
  qualitySettings,
  isKeyComponent,
  methodOf,
  type QualitySettings,
  type QualityOverrides,
} from './settings';
export { EMPTY_COUNTS, addCounts, round2, unitMonths, ratePerUnitMonth, figuresOf, type CohortCounts } from './rates';
export {
  evaluateJump,
  alertWindows,
  alertDedupeKey,
  alreadyAlerted,
  alertMessage,
  type JumpInput,
  type JumpOutcome,
  type JumpVerdict,
  type AlertWindows,
  type AlertMessageFacts,
} from './alert-rule';
export {
  dealerSpikeFlag,
  peerStats,
  labourOutlierFlags,
  repeatedComponentFlag,
  reusedPhotoFlags,
  spotCheckFailedFlag,
  anomalyFlags,
  type DealerSpikeFacts,
  type PeerSums,
  type LabourLineFacts,
  type RepeatFacts,
  type PhotoFacts,
  type SpotCheckFacts,
  type AnomalyFacts,
} from './anomalies';
export { holmAdjust } from './multiple-testing';
export { evaluateCohorts, type CohortJumpInput, type CohortVerdict, type CohortWindowCounts } from './cohort-rule';
export { coverageDays, inWarrantyDays } from './exposure';
export { QUALITY_TEXTS, qualityText, shortNumber, shortP } from './messages';
export { alertListQuerySchema, alertAcknowledgeInputSchema, type AlertListQuery, type AlertAcknowledgeInput } from './schemas';
