import type { ClaimLine, ClaimStatus } from '../contracts/claim';

/**
 * Until the reviewer decides, a claim's payable is only the claimed amount repeated, and a
 * dealer or clerk reading "核定金额 ¥6,400" takes it as granted. These states show it as
 * pending instead; from a decision on, the server's payable is what the manufacturer pays.
 */
export const UNDECIDED_STATES: readonly ClaimStatus[] = ['draft', 'submitted', 'in_review', 'info_requested'];

export function isPayableDecided(status: ClaimStatus): boolean {
  return !UNDECIDED_STATES.includes(status);
}

export interface TravelKm {
  claimed: number;
  paid: number;
  /** Paid less than claimed because of the rate's cap (TRAVEL_OVER_CAP). */
  capped: boolean;
}

/**
 * A travel line is paid up to the rate's cap (DOMAIN.md, TRAVEL_OVER_CAP): the server prices
 * min(km, cap) × rate, so the km paid is the amount over the per-km price. null for other
 * lines, and for travel with no rate (nothing is paid per km, so there is no cap to show).
 */
export function travelKm(line: Pick<ClaimLine, 'kind' | 'km' | 'unitPrice' | 'amount'>): TravelKm | null {
  if (line.kind !== 'travel' || line.km === undefined || line.unitPrice <= 0) return null;
  const paid = Math.round((line.amount * 10) / line.unitPrice) / 10;
  return { claimed: line.km, paid, capped: paid < line.km };
}
