export { renderSettlementNotice, SETTLEMENT_TITLE, SETTLEMENT_TITLE_EN, DRAFT_MARK } from './settlement-notice';
export { renderQuoteSheet, QUOTE_TITLE, QUOTE_TITLE_EN } from './quote-sheet';
export { assertFontAvailable, defaultFontPath, PdfFontUnavailableError } from './font';
export { formatYuan } from './format';
export type {
  SettlementNoticeData,
  SettlementNoticeLine,
  SettlementNoticeAdjustment,
  SettlementNoticeStatus,
  QuoteSheetData,
  QuoteSheetLine,
  QuoteLineKind,
} from './types';
// Weekly report (issue #17).
export { renderWeeklyReport, WEEKLY_TITLE, WEEKLY_TITLE_EN } from './weekly-report';
