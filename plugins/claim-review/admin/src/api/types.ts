import type {
  Bilingual,
  Claim,
  ClaimEvent,
  ClaimLine,
  ClaimStatus,
  ClaimSummary,
  Fen,
  IsoDate,
  IsoDateTime,
  Pagination,
  QualityAlert,
  ReviewDecision,
  Settlement,
  SettlementLine,
  Shipment,
  Sla,
} from '../../../shared';

export type { ClaimStatus, ReviewDecision, Fen, IsoDate, Bilingual, QualityAlert };

export interface QueueRow extends ClaimSummary {
  dealer: { code: string; name: string };
  sla: Sla | null;
  model?: string;
  faultComponent?: string;
  returnDueDate?: IsoDate | null;
  returnOverdue?: boolean;
}

export interface QueueAnswer {
  data: QueueRow[];
  meta: { pagination: Pagination; counts: Partial<Record<ClaimStatus, number>>; overdue?: number };
}

export interface ListAnswer<T> {
  data: T[];
  meta: { pagination: Pagination };
}

export type ReviewLine = ClaimLine & { mustReturn?: boolean; causal?: boolean; category?: string };

export type TimelineEntry = ClaimEvent & { before?: unknown; after?: unknown };

export interface Photo {
  id: number;
  name: string;
  url: string;
  mime: string;
  size?: number;
  /** SHA-256 taken at upload (staff answer). */
  sha256?: string | null;
  /** Whether the stored bytes still hash to `sha256`, checked on each read. */
  intact?: boolean;
}

export interface UnitInfo {
  serial: string;
  model: { code: string; name: string; nameEn?: string | null } | null;
  buildDate: IsoDate | null;
  saleDate: IsoDate | null;
  registrationDate: IsoDate | null;
  registrationLate?: boolean;
  dealer: { code: string; name: string } | null;
}

export interface ClaimDetail extends Omit<Claim, 'lines' | 'timeline'> {
  model?: string;
  lines: ReviewLine[];
  timeline: TimelineEntry[];
  unit: UnitInfo | null;
  policy: { code: string; name: string | null; clause?: string | null } | null;
  unitHistory: ClaimSummary[];
  photos: Photo[];
  returnedParts?: Array<{
    id: number;
    partNumber: string;
    qty: number;
    shipment: { id: number; number: string; status: string } | null;
    inspection: { result: string; disposition: string; note: string | null; inspectedAt: IsoDateTime } | null;
  }>;
  sla: (Sla & { reviewHours?: number }) | null;
  allowedDecisions: ReviewDecision[];
  returnOverdue?: boolean;
  reviewDueAt?: IsoDateTime | null;
}

export interface ReasonCode {
  code: string;
  label: string;
  labelEn: string | null;
}

export interface Dealer {
  code: string;
  name: string;
  nameEn: string | null;
  region: string | null;
  tier: number;
  suspended: boolean;
}

export type StaffShipment = Shipment & { dealer?: { code: string; name: string }; receivedBy?: string | null };

/** An adjustment may name no claim (a correction of nothing in particular): its claimNumber is null. */
export type SettlementLineView = Omit<SettlementLine, 'claimNumber'> & { claimNumber: string | null; kind?: 'claim' | 'adjustment'; serial?: string | null; model?: string | null; repairDate?: IsoDate | null; reason?: string };

export interface SettlementView extends Omit<Settlement, 'lines' | 'dealer'> {
  dealer: { code: string; name: string; nameEn?: string | null };
  draftNumber?: string | null;
  lines: SettlementLineView[];
  acknowledgedBy?: string | null;
  issuedBy?: string | null;
}

export interface SettlementSummaryView extends Omit<SettlementView, 'lines'> {
  claimCount?: number;
  adjustmentCount?: number;
}

export interface PriceRowError {
  row: number;
  field: string;
  code: string;
  message: Bilingual;
}

export interface PricePreviewRow {
  row: number;
  number: string;
  name: string | null;
  nameEn: string | null;
  category: string | null;
  dealerPrice: Fen | null;
  guidePrice: Fen | null;
  action: 'new_part' | 'new_price' | 'replace_price' | 'no_change' | null;
  existingPart: boolean;
  errors: PriceRowError[];
}

export interface PricePreview {
  effectiveFrom: IsoDate;
  format: 'csv' | 'xlsx';
  columns: string[];
  ignoredColumns: string[];
  rows: PricePreviewRow[];
  summary: { rows: number; valid: number; invalid: number; newParts: number; newPrices: number; replacedPrices: number };
}
