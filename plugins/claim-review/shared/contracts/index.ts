/** Every type of the domain core, exported from this one place. */
export type { Fen, HoursTenths, IsoDate, IsoDateTime, Locale, Bilingual } from './money';
export type {
  Severity,
  ContractFindingCode,
  AddedFindingCode,
  FindingCode,
  Finding,
} from './findings';
export type { ErrorCode, ErrorReason, ErrorDetails, ErrorBody } from './errors';
export type {
  ClaimStatus,
  Actor,
  ClaimEventName,
  Remedy,
  UsageUnit,
  Usage,
  LineKind,
  LineAction,
  LineId,
  InspectionResult,
  Disposition,
  ReviewDecision,
  ClaimLine,
  ClaimTotals,
  Fault,
  Question,
  ClaimEvent,
  Claim,
  ClaimSummary,
  Sla,
  StaffQueueRow,
  RepairPeriod,
  RemedyValue,
} from './claim';
export type {
  Pagination,
  ListAnswer,
  Me,
  Coverage,
  UnitAnswer,
  RegistrationAnswer,
  PrecheckAnswer,
} from './answers';
export type { ShipmentStatus, Inspection, ReturnedPart, Shipment } from './shipment';
export type { SettlementStatus, SettlementLine, Settlement, SettlementCandidate } from './settlement';
export type { QuoteLine, QuoteTotals, Quote } from './quote';
export type {
  PolicyFacts,
  UnitFacts,
  PartCategory,
  PartPriceFacts,
  PartFacts,
  LabourOpFacts,
  RateFacts,
  DealerFacts,
  PriorClaim,
  RepeatFailureRule,
  PrecheckContext,
  PricingContext,
  QuoteContext,
} from './facts';
export type {
  ClaimInput,
  ClaimCreateInput,
  RegistrationInput,
  ShipmentInput,
  QuoteInput,
  AnswerInput,
  DecisionInput,
  DecisionLineInput,
  InspectionInput,
  SettlementCreateInput,
  ListQuery,
  ClaimListQuery,
  StaffClaimListQuery,
  SettlementListQuery,
  ShipmentListQuery,
  AnalyticsQuery,
} from './inputs';
export type * from './analytics';
