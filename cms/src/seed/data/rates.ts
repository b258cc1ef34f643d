/**
 * The service fee card (收费标准卡) per dealer tier, in fen. Tier 1 is the best-equipped
 * service station and earns the highest hourly rate; the remoter tier-3 shops get a
 * shorter travel cap but a higher logistics fee for out-of-warranty parts quotes.
 * Labour, travel and logistics are fee-card prices and include tax (docs/api.md, Quote).
 */
export interface RateSeed {
  tier: 1 | 2 | 3;
  effectiveFrom: string;
  hourlyRate: number;
  travelRatePerKm: number;
  travelCapKm: number;
  logisticsFee: number;
}

export const rates: RateSeed[] = [
  { tier: 1, effectiveFrom: '2025-01-01', hourlyRate: 4000, travelRatePerKm: 150, travelCapKm: 100, logisticsFee: 2000 },
  { tier: 2, effectiveFrom: '2025-01-01', hourlyRate: 3500, travelRatePerKm: 130, travelCapKm: 80, logisticsFee: 2500 },
  { tier: 3, effectiveFrom: '2025-01-01', hourlyRate: 3000, travelRatePerKm: 120, travelCapKm: 60, logisticsFee: 3000 },
];
