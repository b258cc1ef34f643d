import type { Bilingual, Fen } from './money';
import type { LineKind } from './claim';
import type { Finding } from './findings';

export interface QuoteLine {
  kind: LineKind;
  ref: string;
  qty?: number;
  hours?: number;
  km?: number;
  label?: Bilingual;
  /** As listed: before VAT, or VAT included when `taxIncluded`. */
  unitPrice: Fen;
  /** True on a part whose price-list version includes VAT (seed 004 8.3.1.2). */
  taxIncluded?: boolean;
  /** Before VAT: unitPrice × qty, or that less the tax split out of it when `taxIncluded`. */
  amount: Fen;
  /** VAT on parts (amount + tax is what the customer pays for the line); 0 on labour and travel, whose fee-card prices include tax. */
  tax: Fen;
}

export interface QuoteTotals {
  parts: Fen;
  tax: Fen;
  labour: Fen;
  travel: Fen;
  logistics: Fen;
  total: Fen;
}

export interface Quote {
  lines: QuoteLine[];
  totals: QuoteTotals;
  /**
   * Errors PART_CORE, PART_NOT_PRICED, OPERATION_UNKNOWN, RATE_NOT_FOUND (those items are
   * left out, and the API refuses the quote with 422); warnings LABOUR_OVER_STANDARD,
   * TRAVEL_OVER_CAP.
   */
  findings: Finding[];
}
