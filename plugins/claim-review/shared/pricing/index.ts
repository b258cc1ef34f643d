export {
  mulDivRoundHalfUp,
  mulFen,
  sumFen,
  formatYuan,
  parseYuan,
  type FormatYuanOptions,
} from './fen';
export { hoursToTenths, tenthsToHours } from './hours';
export { priceOn, rateOn, operationFor, operationsFor } from './price-list';
export {
  priceClaim,
  claimTotals,
  partUnitPrice,
  labourAmount,
  TRAVEL_REF,
  type PricableClaim,
} from './claim';
export {
  applyLineDecisions,
  applyDecision,
  applyInspections,
  type LineDecision,
  type UndecidedLines,
  type ReviewedLines,
  type ReturnedPartOutcome,
} from './review';
export { forfeitLines, RETURN_FORFEITED_REASON } from './forfeit';
export { priceQuote, vatIncluded } from './quote';
export { settlementLineOf, settlementTotal } from './settlement';
export { usageCharge } from './usage-charge';
export { remedyValue } from './remedy-value';
