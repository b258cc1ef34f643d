import type { Fen, IsoDate, IsoDateTime } from './money';

export type SettlementStatus = 'draft' | 'issued' | 'acknowledged';

/** One claim's payable amounts; an adjustment line of a later settlement may be negative. */
export interface SettlementLine {
  claimNumber: string;
  parts: Fen;
  labour: Fen;
  travel: Fen;
  amount: Fen;
}

export interface Settlement {
  number: string;
  dealer: { code: string; name: string };
  periodStart: IsoDate;
  periodEnd: IsoDate;
  status: SettlementStatus;
  lines: SettlementLine[];
  total: Fen;
  issuedAt: IsoDateTime | null;
  acknowledgedAt: IsoDateTime | null;
}

/**
 * A dealer finance can settle now (GET /claim-review/settlements/ready): its claims ready
 * to settle that sit in no settlement, their payable sum, and the business days the first
 * and the last became ready, which bound the period that takes them all.
 */
export interface SettlementCandidate {
  dealer: { code: string; name: string; nameEn: string | null };
  claims: number;
  payable: Fen;
  readyFrom: IsoDate;
  readyTo: IsoDate;
}
