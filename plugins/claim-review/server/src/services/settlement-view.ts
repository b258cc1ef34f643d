import type { Settlement, SettlementLine, SettlementStatus } from '../../../shared';

export const SETTLEMENT_UID = 'plugin::claim-review.settlement';
export const SETTLEMENT_LINE_UID = 'plugin::claim-review.settlement-line';

export interface SettlementLineRow {
  id: number;
  kind: 'claim' | 'adjustment';
  position: number;
  claimNumber: string | null;
  claimKey: string | null;
  serial: string | null;
  modelCode: string | null;
  repairDate: string | null;
  parts: number;
  labour: number;
  travel: number;
  amount: number;
  reason: string | null;
}

export interface SettlementRow {
  id: number;
  number: string;
  draftNumber: string | null;
  dealerCode: string;
  periodStart: string;
  periodEnd: string;
  status: SettlementStatus;
  total: number;
  issuedAt: string | Date | null;
  issuedBy: string | null;
  acknowledgedAt: string | Date | null;
  acknowledgedBy: string | null;
  pdfSha256: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
  dealer?: { id: number; code: string; name: string; nameEn: string | null; region: string | null } | null;
  lines?: SettlementLineRow[];
}

/** Every column but the PDF bytes, which only the download reads. */
export const SETTLEMENT_FIELDS = [
  'id', 'number', 'draftNumber', 'dealerCode', 'periodStart', 'periodEnd', 'status', 'total',
  'issuedAt', 'issuedBy', 'acknowledgedAt', 'acknowledgedBy', 'pdfSha256', 'createdAt', 'updatedAt',
];

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);
const day = (value: string | Date | null | undefined) =>
  value ? (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)) : null;

export type SettlementLineAnswer = SettlementLine & {
  kind: 'claim' | 'adjustment';
  serial?: string | null;
  model?: string | null;
  repairDate?: string | null;
  reason?: string;
};

function lineAnswer(row: SettlementLineRow): SettlementLineAnswer {
  const line: SettlementLineAnswer = {
    kind: row.kind,
    claimNumber: row.claimNumber as string,
    parts: row.parts,
    labour: row.labour,
    travel: row.travel,
    amount: row.amount,
  };
  if (row.kind === 'claim') {
    line.serial = row.serial;
    line.model = row.modelCode;
    line.repairDate = day(row.repairDate);
  } else {
    line.reason = row.reason ?? '';
  }
  return line;
}

function head(row: SettlementRow) {
  return {
    number: row.number,
    dealer: { code: row.dealerCode, name: row.dealer?.name ?? row.dealerCode, nameEn: row.dealer?.nameEn ?? null },
    periodStart: day(row.periodStart)!,
    periodEnd: day(row.periodEnd)!,
    status: row.status,
    total: row.total,
    issuedAt: iso(row.issuedAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    acknowledgedBy: row.acknowledgedBy ?? null,
  };
}

/** The Settlement of docs/api.md; staff also see the draft number, who issued it and the PDF's hash. */
export function settlementOf(row: SettlementRow, options: { forStaff: boolean }): Settlement & Record<string, unknown> {
  const answer: Settlement & Record<string, unknown> = {
    ...head(row),
    draftNumber: row.draftNumber ?? null,
    lines: (row.lines ?? []).map(lineAnswer),
    pdfSha256: row.pdfSha256 ?? null,
  };
  if (options.forStaff) {
    answer.issuedBy = row.issuedBy ?? null;
    answer.createdAt = iso(row.createdAt);
  }
  return answer;
}

/** A list row: the head without the lines, which can run to hundreds. */
export function settlementSummaryOf(row: SettlementRow, counts: { claims: number; adjustments: number }) {
  return { ...head(row), draftNumber: row.draftNumber ?? null, claimCount: counts.claims, adjustmentCount: counts.adjustments };
}
