/**
 * What the renderers need, already mapped from DB rows by the caller. Every amount is
 * integer fen; dates are `YYYY-MM-DD` or ISO datetimes (shown as the date in China, UTC+8).
 */

export type SettlementNoticeStatus = 'draft' | 'issued' | 'acknowledged';

export interface SettlementNoticeLine {
  claimNumber: string;
  serial: string;
  model: string;
  repairDate: string;
  parts: number;
  labour: number;
  travel: number;
  /** Payable for the claim; not necessarily parts + labour + travel after a partial approval. */
  amount: number;
}

export interface SettlementNoticeAdjustment {
  claimNumber?: string;
  reason: string;
  /** Signed: a correction of an earlier settlement may take money back. */
  amount: number;
}

export interface SettlementNoticeData {
  number: string;
  /** Also the PDF's CreationDate/ModDate, so the same notice always gives the same bytes. */
  issuedAt: string;
  periodStart: string;
  periodEnd: string;
  issuer: { name: string; nameEn: string; address?: string };
  dealer: { code: string; name: string; nameEn?: string; region?: string };
  lines: SettlementNoticeLine[];
  adjustments: SettlementNoticeAdjustment[];
  /** Must equal Σ lines.amount + Σ adjustments.amount; the renderer refuses otherwise. */
  total: number;
  status?: SettlementNoticeStatus;
}

export type QuoteLineKind = 'part' | 'labour' | 'travel' | 'logistics';

export interface QuoteSheetLine {
  kind: QuoteLineKind;
  ref: string;
  name: string;
  nameEn?: string;
  qty?: number;
  /** Hours with one decimal (labour). */
  hours?: number;
  km?: number;
  unitPrice: number;
  /** The part's list price includes VAT (seed 004 8.3.1.2): amount + tax = unitPrice × qty. */
  taxIncluded?: boolean;
  /** Before tax for parts; fee-card prices (labour, travel, logistics) include tax. */
  amount: number;
  tax: number;
}

export interface QuoteSheetData {
  number?: string;
  date: string;
  dealer: { code: string; name: string };
  model: { code: string; name: string };
  customerName?: string;
  lines: QuoteSheetLine[];
  /** total must equal parts + tax + labour + travel + logistics (seed 004: 配件报价 = 价目表价格 + 税费 + 物流费用). */
  totals: { parts: number; tax: number; labour: number; travel: number; logistics: number; total: number };
}
