import { parts } from './parts';

/**
 * Two versions of the price list (配件价目表). Each row holds the dealer settlement price
 * (经销商结算价) in fen for the old and the current version; the guide price (市场指导价)
 * follows seed 004 (8.1.3): standard and wear parts carry no margin — standard parts are
 * sold in any hardware shop and a wear part's margin would charge the customer for a
 * design weakness — so their guide price equals the dealer price; main components carry
 * the margin the dealer earns when quoting a customer outside warranty.
 */
export const PRICE_VERSIONS = ['2025-01-01', '2026-01-01'] as const;

/** Margin of a main component's guide price over the dealer price, in percent. */
export const MAIN_COMPONENT_MARGIN_PCT = 30;

/** number → [dealer price 2025-01-01, dealer price 2026-01-01], fen. */
const dealerPrices: Record<string, [number, number]> = {
  'DZ-MT-601200': [98000, 102000],
  'DZ-CT-6024': [26000, 25000],
  'DZ-RA-100': [135000, 142000],
  'DZ-DF-100': [52000, 54000],
  'DZ-FR-100': [165000, 172000],
  'DZ-FS-100': [38000, 39000],
  'DZ-RM-100': [9500, 9800],
  'DZ-BS-110': [2800, 3000],
  'DZ-TY-400': [16500, 17200],
  'DZ-TU-400': [3200, 3400],
  'DZ-BC-120': [1800, 1800],
  'DZ-TH-130': [4500, 4800],
  'DZ-LB-140': [1200, 1200],
  'DZ-BT-6045': [108000, 112000],
  'DZ-BO-1080': [150, 160],
  'DZ-NT-1000': [50, 50],
  'DZ-BR-6204': [900, 950],
  'DZ-MR-150': [1500, 1600],
  'DZ-HN-160': [2200, 2200],
  'DZ-SW-170': [3800, 4000],

  'WG-EN-170F': [115000, 119000],
  'WG-GB-200': [68000, 71000],
  'WG-FR-200': [26000, 27000],
  'WG-BL-210': [1200, 1300],
  'WG-VB-A838': [1800, 1900],
  'WG-SP-220': [900, 900],
  'WG-AF-230': [1500, 1600],
  'WG-CC-240': [1600, 1700],
  'WG-OS-2540': [300, 300],
  'WG-GK-250': [800, 800],
  'WG-BO-0825': [80, 80],

  'TS-EN-385': [1480000, 1520000],
  'TS-GB-300': [620000, 640000],
  'TS-RA-300': [520000, 535000],
  'TS-DF-300': [185000, 190000],
  'TS-FF-310': [2800, 3000],
  'TS-OF-320': [2400, 2500],
  'TS-CD-330': [26000, 27000],
  'TS-FB-340': [3500, 3600],
  'TS-BS-350': [8500, 8800],
  'TS-BR-6308': [3800, 4000],
  'TS-OS-360': [1200, 1200],
  'TS-HH-370': [6500, 6800],

  'EV-DM-400': [980000, 950000],
  'EV-BP-400': [3200000, 2850000],
  'EV-SG-400': [260000, 265000],
  'EV-BM-400': [58000, 60000],
  'EV-BK-410': [46000, 47000],
  'EV-PD-420': [18000, 18500],
  'EV-WB-430': [4500, 4500],
  'EV-TY-1756514': [32000, 33000],
  'EV-AB-12V': [38000, 39000],
  'EV-CF-440': [3800, 4000],
  'EV-FU-30A': [200, 200],
  'EV-CL-4L': [6000, 6200],
  'EV-WN-450': [300, 300],
};

/** Rounds up to whole yuan so a guide price reads like a price list, in integer fen. */
const guideFor = (dealerPrice: number, marginPct: number): number =>
  Math.ceil((dealerPrice * (100 + marginPct)) / 10000) * 100;

export interface PartPriceSeed {
  partNumber: string;
  effectiveFrom: string;
  dealerPrice: number;
  guidePrice: number;
}

export const partPrices: PartPriceSeed[] = parts.flatMap((part) => {
  const row = dealerPrices[part.number];
  if (!row) return [];
  const margin = part.category === 'main_component' ? MAIN_COMPONENT_MARGIN_PCT : 0;
  return PRICE_VERSIONS.map((effectiveFrom, i) => ({
    partNumber: part.number,
    effectiveFrom,
    dealerPrice: row[i],
    guidePrice: margin ? guideFor(row[i], margin) : row[i],
  }));
});

/** Part numbers priced here that the catalogue lacks, or non-core parts left unpriced. */
export const priceListGaps = (): string[] => [
  ...Object.keys(dealerPrices).filter((n) => !parts.some((p) => p.number === n)),
  ...parts.filter((p) => p.category !== 'core' && !dealerPrices[p.number]).map((p) => p.number),
  ...parts.filter((p) => p.category === 'core' && dealerPrices[p.number]).map((p) => p.number),
];
