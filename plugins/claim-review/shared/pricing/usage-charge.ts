import type { Fen } from '../contracts/money';
import { mulDivRoundHalfUp } from './fen';

/**
 * Household vehicles 2021, on refund the owner pays price × km ÷ 1000 × n; n is held in
 * basis points (50 = 0.5 %), so the charge is price × km × bp ÷ 10,000,000, rounded half up once.
 */
export function usageCharge(priceFen: Fen, km: number, rateBp: number): Fen {
  return mulDivRoundHalfUp(priceFen, km * rateBp, 10_000_000);
}
