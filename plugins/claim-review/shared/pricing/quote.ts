import type { Finding } from '../contracts/findings';
import type { QuoteContext } from '../contracts/facts';
import type { QuoteInput } from '../contracts/inputs';
import type { Quote, QuoteLine, QuoteTotals } from '../contracts/quote';
import { clauseOf, makeFinding } from '../precheck/finding';
import { labourOverStandardFinding } from '../precheck/labour-over-standard';
import { mulDivRoundHalfUp, mulFen, sumFen } from './fen';
import { hoursToTenths, tenthsToHours } from './hours';
import { labourAmount, TRAVEL_REF } from './claim';

/**
 * VAT inside a tax-inclusive amount: price − price ÷ (1 + rate), i.e. price × rate ÷
 * (10000 + rate) with the rate in basis points, rounded half up once in fen. The part
 * left (price − tax) is the amount before tax, so amount + tax is still the price.
 */
export function vatIncluded(gross: number, vatRateBp: number): number {
  return mulDivRoundHalfUp(gross, vatRateBp, 10_000 + vatRateBp);
}

/*
 * Out-of-warranty price for the customer (seeds 002/003, 收费标准卡; seed 004 8.3.1):
 * parts at guide price × qty plus VAT at the part's rate, rounded half up ONCE per line
 * (8.3.1.1); a price-list version whose prices include VAT (8.3.1.2) is not taxed again:
 * its tax is split out of the price, so the line's amount + tax is the list price × qty.
 * Labour at the given hours or the standard hours × the tier's rate, rounded half up once
 * per line, hours over the standard warned as on claims; travel km × rate up to the cap;
 * one logistics fee per quote that has parts (8.3.1: the fee is part of a parts quote, so
 * a labour-only quote carries none). Fee-card prices include tax, so labour, travel and
 * logistics carry no separate tax.
 * Core parts, unknown parts and operations are left out with an error finding; the
 * service refuses such a quote as a whole.
 */
export function priceQuote(input: QuoteInput, ctx: QuoteContext): Quote {
  const lines: QuoteLine[] = [];
  const findings: Finding[] = [];

  input.parts.forEach((p, i) => {
    const field = `parts.${i}.partNumber`;
    const part = ctx.parts[p.partNumber];
    if (!part) {
      findings.push(makeFinding('PART_NOT_PRICED', { field, params: { partNumber: p.partNumber } }));
      return;
    }
    if (part.category === 'core') {
      findings.push(makeFinding('PART_CORE', { field, params: { partNumber: p.partNumber } }));
      return;
    }
    if (!part.price) {
      findings.push(
        makeFinding('PART_NOT_PRICED', {
          field,
          variant: 'no_price',
          params: { partNumber: p.partNumber, date: ctx.today },
        }),
      );
      return;
    }
    const listed = mulFen(part.price.guidePrice, p.qty);
    const label = { zh: part.name, en: part.nameEn || part.name };
    if (part.price.pricesIncludeVat) {
      const tax = vatIncluded(listed, part.vatRate);
      lines.push({ kind: 'part', ref: p.partNumber, qty: p.qty, label, unitPrice: part.price.guidePrice, taxIncluded: true, amount: listed - tax, tax });
      return;
    }
    lines.push({
      kind: 'part',
      ref: p.partNumber,
      qty: p.qty,
      label,
      unitPrice: part.price.guidePrice,
      amount: listed,
      tax: mulDivRoundHalfUp(listed, part.vatRate, 10_000),
    });
  });

  const rate = ctx.rate;
  const needsRate = input.labour.length > 0 || (input.travelKm ?? 0) > 0;
  if (!rate && needsRate) {
    findings.push(makeFinding('RATE_NOT_FOUND', { params: { tier: ctx.tier ?? '—', date: ctx.today } }));
  }

  input.labour.forEach((l, i) => {
    const op = ctx.operations[l.operation];
    if (!op) {
      findings.push(
        makeFinding('OPERATION_UNKNOWN', { field: `labour.${i}.operation`, params: { operation: l.operation } }),
      );
      return;
    }
    if (l.hours !== null && l.hours !== undefined) {
      const over = labourOverStandardFinding(i, l.operation, l.hours, op);
      if (over) findings.push(over);
    }
    if (!rate) return;
    const tenths = l.hours !== null && l.hours !== undefined ? hoursToTenths(l.hours) : op.standardHoursTenths;
    const zh = op.description || op.code;
    lines.push({
      kind: 'labour',
      ref: l.operation,
      hours: tenthsToHours(tenths),
      label: { zh, en: op.descriptionEn || zh },
      unitPrice: rate.hourlyRate,
      amount: labourAmount(rate.hourlyRate, tenths),
      tax: 0,
    });
  });

  const km = input.travelKm ?? 0;
  if (rate && km > 0) {
    if (km > rate.travelCapKm) {
      findings.push(
        makeFinding('TRAVEL_OVER_CAP', {
          field: 'travelKm',
          params: { km, cap: rate.travelCapKm },
          clause: clauseOf('clause.travel_cap', null, { cap: rate.travelCapKm }),
        }),
      );
    }
    lines.push({
      kind: 'travel',
      ref: TRAVEL_REF,
      km,
      label: { zh: '外出服务里程费', en: 'Field-service travel' },
      unitPrice: rate.travelRatePerKm,
      amount: mulFen(rate.travelRatePerKm, Math.min(km, rate.travelCapKm)),
      tax: 0,
    });
  }

  const of = (kind: QuoteLine['kind']) => sumFen(lines.filter((l) => l.kind === kind).map((l) => l.amount));
  const parts = of('part');
  const tax = sumFen(lines.map((l) => l.tax));
  const labour = of('labour');
  const travel = of('travel');
  const logistics = rate && lines.some((l) => l.kind === 'part') ? rate.logisticsFee : 0;
  const totals: QuoteTotals = {
    parts,
    tax,
    labour,
    travel,
    logistics,
    total: sumFen([parts, tax, labour, travel, logistics]),
  };
  return { lines, totals, findings };
}
