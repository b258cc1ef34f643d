import type { Finding } from '../contracts/findings';
import type { QuoteContext } from '../contracts/facts';
import type { QuoteInput } from '../contracts/inputs';
import type { Quote, QuoteLine, QuoteTotals } from '../contracts/quote';
import { clauseOf, makeFinding } from '../precheck/finding';
import { mulDivRoundHalfUp, mulFen, sumFen } from './fen';
import { hoursToTenths, tenthsToHours } from './hours';
import { labourAmount, TRAVEL_REF } from './claim';

/*
 * Out-of-warranty price for the customer (seeds 002/003, 收费标准卡): parts at guide
 * price × qty plus VAT at the part's rate, rounded half up ONCE per line; labour at the
 * given hours or the standard hours × the tier's rate, rounded half up once per line;
 * travel km × rate up to the cap; one logistics fee per quote. Fee-card prices include
 * tax, so labour, travel and logistics carry no separate tax.
 * Core parts, unknown parts and operations are left out with a finding.
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
    const amount = mulFen(part.price.guidePrice, p.qty);
    lines.push({
      kind: 'part',
      ref: p.partNumber,
      qty: p.qty,
      label: { zh: part.name, en: part.nameEn || part.name },
      unitPrice: part.price.guidePrice,
      amount,
      tax: mulDivRoundHalfUp(amount, part.vatRate, 10_000),
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
  const logistics = rate ? rate.logisticsFee : 0;
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
