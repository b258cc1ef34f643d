import fc from 'fast-check';
import type { QuoteContext } from '../../contracts';
import { priceQuote, vatIncluded } from '../quote';
import { OPERATIONS, PARTS, RATE } from '../../precheck/__tests__/fixtures';

const CTX: QuoteContext = { today: '2024-06-10', tier: 2, parts: PARTS, operations: OPERATIONS, rate: RATE };

describe('priceQuote (out of warranty, guide prices with VAT)', () => {
  it('prices parts with tax per line, labour at given or standard hours, travel capped, logistics once', () => {
    const q = priceQuote(
      {
        model: 'M1',
        parts: [
          { partNumber: 'P-MOTOR', qty: 1 },
          { partNumber: 'P-BOLT', qty: 3 },
        ],
        labour: [{ operation: 'OP-MOTOR' }, { operation: 'OP-PAD', hours: 1 }],
        travelKm: 120,
      },
      CTX,
    );
    expect(q.lines.map((l) => [l.kind, l.ref, l.unitPrice, l.amount, l.tax])).toEqual([
      ['part', 'P-MOTOR', 80000, 80000, 10400],
      ['part', 'P-BOLT', 150, 450, 59], // 58.5 → 59
      ['labour', 'OP-MOTOR', 4000, 8000, 0],
      ['labour', 'OP-PAD', 4000, 4000, 0],
      ['travel', 'travel', 150, 15000, 0],
    ]);
    expect(q.lines[2].hours).toBe(2);
    expect(q.totals).toEqual({
      parts: 80450,
      tax: 10459,
      labour: 12000,
      travel: 15000,
      logistics: 2000,
      total: 80450 + 10459 + 12000 + 15000 + 2000,
    });
    // OP-PAD's standard is 0.5 h: the 1 h asked is priced, with the claims' warning.
    expect(q.findings.map((f) => `${f.code}@${f.field}:${f.severity}`)).toEqual([
      'LABOUR_OVER_STANDARD@labour.1.hours:warning',
      'TRAVEL_OVER_CAP@travelKm:warning',
    ]);
  });

  it('charges no logistics fee on a labour-only quote (seed 004 8.3.1: logistics belongs to parts)', () => {
    // OP-PAD 0.5 h × ¥40 = ¥20 of labour; the fee card's logistics fee is also ¥20.
    const q = priceQuote({ model: 'M1', parts: [], labour: [{ operation: 'OP-PAD' }] }, CTX);
    expect(q.totals).toEqual({ parts: 0, tax: 0, labour: 2000, travel: 0, logistics: 0, total: 2000 });
    expect(q.findings).toEqual([]);
    const withPart = priceQuote({ model: 'M1', parts: [{ partNumber: 'P-PAD', qty: 1 }], labour: [{ operation: 'OP-PAD' }] }, CTX);
    expect(withPart.totals.logistics).toBe(2000);
  });

  it('does not warn for hours within the standard, nor when the standard hours are taken', () => {
    const q = priceQuote({ model: 'M1', parts: [], labour: [{ operation: 'OP-PAD', hours: 0.5 }, { operation: 'OP-MOTOR' }] }, CTX);
    expect(q.findings).toEqual([]);
  });

  it('splits the tax out of a VAT-inclusive price list instead of adding it (seed 004 8.3.1.2)', () => {
    const inclusive = (p: (typeof PARTS)[string]) => ({ ...p, price: { ...p.price!, pricesIncludeVat: true } });
    const parts = { ...PARTS, 'P-MOTOR': inclusive({ ...PARTS['P-MOTOR'], price: { ...PARTS['P-MOTOR'].price!, guidePrice: 113000 } }), 'P-BOLT': inclusive(PARTS['P-BOLT']) };
    const q = priceQuote({ model: 'M1', parts: [{ partNumber: 'P-MOTOR', qty: 1 }, { partNumber: 'P-BOLT', qty: 1 }, { partNumber: 'P-PAD', qty: 1 }], labour: [] }, { ...CTX, parts });
    expect(q.lines.map((l) => [l.ref, l.unitPrice, l.amount, l.tax, l.taxIncluded ?? false])).toEqual([
      ['P-MOTOR', 113000, 100000, 13000, true], // ¥1,130 incl. 13 % → ¥1,000 + ¥130
      ['P-BOLT', 150, 133, 17, true], // 150 × 13/113 = 17.26 → 17
      ['P-PAD', 3000, 3000, 390, false], // the same quote's before-tax rows are still taxed on top
    ]);
    // The customer pays the listed VAT-inclusive prices, not more.
    expect(q.totals).toEqual({ parts: 103133, tax: 13407, labour: 0, travel: 0, logistics: 2000, total: 113000 + 150 + 3390 + 2000 });
  });

  it('vatIncluded: price − price ÷ (1 + rate), half up in fen', () => {
    expect(vatIncluded(11300, 1300)).toBe(1300);
    expect(vatIncluded(100, 1300)).toBe(12); // 11.504 → 12
    expect(vatIncluded(10000, 1300)).toBe(1150); // 1150.44 → 1150
    expect(vatIncluded(5, 1000)).toBe(0); // 0.4545 → 0
    expect(vatIncluded(6, 1000)).toBe(1); // 0.5454 → 1
    expect(vatIncluded(12345, 0)).toBe(0);
  });

  it('leaves out core, unknown and unpriced parts and unknown operations, with findings', () => {
    const q = priceQuote(
      {
        model: 'M1',
        parts: [
          { partNumber: 'P-CORE', qty: 1 },
          { partNumber: 'P-NOPE', qty: 1 },
          { partNumber: 'P-OLD', qty: 1 },
        ],
        labour: [{ operation: 'OP-NOPE' }],
      },
      CTX,
    );
    expect(q.lines).toEqual([]);
    expect(q.findings.map((f) => `${f.code}@${f.field}`)).toEqual([
      'PART_CORE@parts.0.partNumber',
      'PART_NOT_PRICED@parts.1.partNumber',
      'PART_NOT_PRICED@parts.2.partNumber',
      'OPERATION_UNKNOWN@labour.0.operation',
    ]);
    expect(q.totals).toEqual({ parts: 0, tax: 0, labour: 0, travel: 0, logistics: 0, total: 0 });
  });

  it('says when there is no rate', () => {
    const q = priceQuote({ model: 'M1', parts: [], labour: [{ operation: 'OP-MOTOR' }] }, { ...CTX, rate: null });
    expect(q.findings.map((f) => f.code)).toEqual(['RATE_NOT_FOUND']);
    expect(q.totals.total).toBe(0);
  });

  it('total = Σ parts, tax, labour, travel, logistics; all non-negative integers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ partNumber: fc.constantFrom(...Object.keys(PARTS)), qty: fc.integer({ min: 1, max: 9999 }) }), { maxLength: 50 }),
        fc.array(
          fc.record({
            operation: fc.constantFrom('OP-MOTOR', 'OP-PAD'),
            hours: fc.option(fc.integer({ min: 1, max: 9999 }).map((t) => t / 10), { nil: undefined }),
          }),
          { maxLength: 50 },
        ),
        fc.option(fc.integer({ min: 0, max: 100000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 10000 }),
        fc.boolean(),
        (parts, labour, travelKm, vat, pricesIncludeVat) => {
          const vatParts = Object.fromEntries(
            Object.entries(PARTS).map(([k, p]) => [k, { ...p, vatRate: vat, price: p.price && { ...p.price, pricesIncludeVat } }]),
          );
          const q = priceQuote({ model: 'M1', parts, labour, travelKm }, { ...CTX, parts: vatParts });
          const t = q.totals;
          expect(t.total).toBe(t.parts + t.tax + t.labour + t.travel + t.logistics);
          expect(t.tax).toBe(q.lines.reduce((s, l) => s + l.tax, 0));
          expect(t.parts + t.labour + t.travel).toBe(q.lines.reduce((s, l) => s + l.amount, 0));
          for (const l of q.lines.filter((x) => x.taxIncluded)) expect(l.amount + l.tax).toBe(l.unitPrice * l.qty!);
          for (const v of [...Object.values(t), ...q.lines.flatMap((l) => [l.amount, l.tax])]) {
            expect(Number.isSafeInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
