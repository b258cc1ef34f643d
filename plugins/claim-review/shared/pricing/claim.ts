import type { Bilingual } from '../contracts/money';
import type { ClaimLine, ClaimTotals } from '../contracts/claim';
import type { ClaimInput } from '../contracts/inputs';
import type { LabourOpFacts, PartFacts, PricingContext } from '../contracts/facts';
import { mulDivRoundHalfUp, mulFen, sumFen } from './fen';
import { hoursToTenths, tenthsToHours } from './hours';

/*
 * Rounding: labour is hourlyRate × tenths ÷ 10, rounded half up ONCE per line; parts
 * and travel are integer products and need none. Totals are plain sums of line
 * amounts, so total = Σ lines always holds.
 * Nothing the client sent about money is read: only part numbers, quantities, hours,
 * km, and the price list / rates the server loaded.
 */

export type PricableClaim = Pick<ClaimInput, 'parts' | 'labour' | 'travel'>;

export const TRAVEL_REF = 'travel';

function partLabel(p: PartFacts | undefined): Bilingual | undefined {
  return p ? { zh: p.name, en: p.nameEn || p.name } : undefined;
}

function opLabel(op: LabourOpFacts | undefined): Bilingual | undefined {
  if (!op) return undefined;
  const zh = op.description || op.code;
  return { zh, en: op.descriptionEn || zh };
}

/** Dealer price in force on the repair date; core, unknown or unpriced parts pay 0 (their finding blocks the claim). */
export function partUnitPrice(part: PartFacts | undefined): number {
  if (!part || part.category === 'core' || !part.price) return 0;
  return part.price.dealerPrice;
}

export function labourAmount(hourlyRate: number, tenths: number): number {
  return mulDivRoundHalfUp(hourlyRate, tenths, 10);
}

export function claimTotals(lines: readonly ClaimLine[]): ClaimTotals {
  const of = (kind: ClaimLine['kind']) => sumFen(lines.filter((l) => l.kind === kind).map((l) => l.amount));
  return {
    parts: of('part'),
    labour: of('labour'),
    travel: of('travel'),
    total: sumFen(lines.map((l) => l.amount)),
    payable: sumFen(lines.map((l) => l.payable)),
  };
}

export function priceClaim(
  input: PricableClaim,
  ctx: PricingContext,
): { lines: ClaimLine[]; totals: ClaimTotals } {
  const lines: ClaimLine[] = [];

  for (const p of input.parts ?? []) {
    const part = ctx.parts?.[p.partNumber];
    const unitPrice = partUnitPrice(part);
    const amount = mulFen(unitPrice, p.qty);
    const line: ClaimLine = { kind: 'part', ref: p.partNumber, qty: p.qty, unitPrice, amount, payable: amount };
    const label = partLabel(part);
    if (label) line.label = label;
    lines.push(line);
  }

  const rate = ctx.rate ?? null;
  for (const l of input.labour ?? []) {
    const tenths = hoursToTenths(l.hours);
    const op = ctx.operations?.[l.operation];
    // An operation known to be absent pays nothing; one merely not loaded here is priced.
    const unknownOp = ctx.operations !== undefined && !op;
    const unitPrice = rate && !unknownOp ? rate.hourlyRate : 0;
    const amount = labourAmount(unitPrice, tenths);
    const line: ClaimLine = {
      kind: 'labour',
      ref: l.operation,
      hours: tenthsToHours(tenths),
      unitPrice,
      amount,
      payable: amount,
    };
    const label = opLabel(op);
    if (label) line.label = label;
    lines.push(line);
  }

  if (input.travel && input.travel.km > 0) {
    const km = input.travel.km;
    const unitPrice = rate ? rate.travelRatePerKm : 0;
    const paidKm = rate ? Math.min(km, rate.travelCapKm) : 0;
    const amount = mulFen(unitPrice, paidKm);
    lines.push({
      kind: 'travel',
      ref: TRAVEL_REF,
      km,
      label: { zh: '外出服务里程费', en: 'Field-service travel' },
      unitPrice,
      amount,
      payable: amount,
    });
  }

  return { lines, totals: claimTotals(lines) };
}
