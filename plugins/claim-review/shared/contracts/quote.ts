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
  unitPrice: Fen;
  amount: Fen;
  /** VAT on parts; 0 on labour and travel, whose fee-card prices include tax. */
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
  /** PART_CORE, PART_NOT_PRICED, OPERATION_UNKNOWN, RATE_NOT_FOUND: those items are left out. */
  findings: Finding[];
}
