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
