export {
  LIMITS,
  isoDate as isoDateSchema,
  code as codeSchema,
  remedy as remedySchema,
  usage as usageSchema,
  plainString as plainStringSchema,
  idempotencyKey as idempotencyKeySchema,
  hasControlCharacters,
  hasLoneSurrogate,
} from './primitives';
export {
  claimInputSchema,
  claimCreateInputSchema,
  claimPartSchema,
  claimLabourSchema,
} from './claim';
export { registrationInputSchema } from './registration';
export { shipmentInputSchema } from './shipment';
export { quoteInputSchema } from './quote';
export {
  answerInputSchema,
  decisionInputSchema,
  decisionLineSchema,
  inspectionInputSchema,
} from './review';
export { settlementCreateInputSchema, settlementAdjustmentSchema, settlementExportQuerySchema } from './settlement';
export {
  listQuerySchema,
  claimListQuerySchema,
  staffClaimListQuerySchema,
  settlementListQuerySchema,
  shipmentListQuerySchema,
  analyticsQuerySchema,
} from './list-query';
export {
  VALIDATION_CODES,
  ROOT_PATH,
  validationDetails,
  parseInput,
  fieldMessages,
  requiredErrorMap,
  type ValidationCode,
  type FieldErrors,
  type ParseResult,
} from './validation-details';
export {
  findingAnswer,
  errorAnswer,
  claimLineAnswer,
  claimTotalsAnswer,
  precheckAnswerSchema,
  claimAnswerSchema,
  claimSummaryAnswer,
  listAnswerOf,
  meAnswerSchema,
  unitAnswerSchema,
  registrationAnswerSchema,
  settlementAnswer,
  settlementSummaryAnswer,
  shipmentAnswer,
  quoteAnswer,
} from './answers';
// Dealer portal reference (issue #18): pickers fed by a model, and the dealer's units.
export { modelReferenceQuerySchema, modelReferenceAnswer, unitListQuerySchema, unitSummaryAnswer } from './dealer-reference';
