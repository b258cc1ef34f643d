import fc from 'fast-check';
import type { QuoteContext } from '../../contracts';
import { priceQuote } from '../quote';
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
    expect(q.findings.map((f) => f.code)).toEqual(['TRAVEL_OVER_CAP']);
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
    expect(q.totals).toEqual({ parts: 0, tax: 0, labour: 0, travel: 0, logistics: 2000, total: 2000 });
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
        (parts, labour, travelKm, vat) => {
          const vatParts = Object.fromEntries(Object.entries(PARTS).map(([k, p]) => [k, { ...p, vatRate: vat }]));
          const q = priceQuote({ model: 'M1', parts, labour, travelKm }, { ...CTX, parts: vatParts });
          const t = q.totals;
          expect(t.total).toBe(t.parts + t.tax + t.labour + t.travel + t.logistics);
          expect(t.tax).toBe(q.lines.reduce((s, l) => s + l.tax, 0));
          expect(t.parts + t.labour + t.travel).toBe(q.lines.reduce((s, l) => s + l.amount, 0));
          for (const v of [...Object.values(t), ...q.lines.flatMap((l) => [l.amount, l.tax])]) {
            expect(Number.isSafeInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
