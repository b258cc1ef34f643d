import fc from 'fast-check';
import type { ClaimInput, PricingContext } from '../../contracts';
import { claimInputSchema } from '../../schemas/claim';
import { priceClaim } from '../claim';
import { CTX, INPUT, OPERATIONS, PARTS, RATE, input } from '../../precheck/__tests__/fixtures';

describe('priceClaim', () => {
  it('prices parts at dealer price, labour at the tier rate, travel up to the cap', () => {
    const { lines, totals } = priceClaim(
      input({
        parts: [
          { partNumber: 'P-MOTOR', qty: 1 },
          { partNumber: 'P-BOLT', qty: 4 },
        ],
        labour: [
          { operation: 'OP-MOTOR', hours: 2 },
          { operation: 'OP-PAD', hours: 0.5 },
        ],
        travel: { km: 130 },
      }),
      CTX,
    );
    expect(lines).toEqual([
      { kind: 'part', ref: 'P-MOTOR', qty: 1, unitPrice: 50000, amount: 50000, payable: 50000, label: { zh: '电机总成', en: 'Motor assembly' } },
      { kind: 'part', ref: 'P-BOLT', qty: 4, unitPrice: 100, amount: 400, payable: 400, label: { zh: '螺栓', en: 'Bolt' } },
      { kind: 'labour', ref: 'OP-MOTOR', hours: 2, unitPrice: 4000, amount: 8000, payable: 8000, label: { zh: '更换电机', en: 'Replace motor' } },
      { kind: 'labour', ref: 'OP-PAD', hours: 0.5, unitPrice: 4000, amount: 2000, payable: 2000, label: { zh: '更换刹车片', en: 'Replace brake pads' } },
      { kind: 'travel', ref: 'travel', km: 130, unitPrice: 150, amount: 15000, payable: 15000, label: { zh: '外出服务里程费', en: 'Field-service travel' } },
    ]);
    expect(totals).toEqual({ parts: 50400, labour: 10000, travel: 15000, total: 75400, payable: 75400 });
  });

  it.each([
    [3333, 1.5, 5000], // 4999.5 → 5000
    [3333, 0.5, 1667], // 1666.5 → 1667
    [3331, 0.5, 1666], // 1665.5 → 1666
    [3334, 0.1, 333], // 333.4
    [3335, 0.1, 334], // 333.5
  ])('labour at %d fen/h × %d h = %d (half up once per line)', (hourlyRate, hours, amount) => {
    const { lines } = priceClaim(input({ parts: [], travel: null, labour: [{ operation: 'OP-MOTOR', hours }] }), { ...CTX, rate: { ...RATE, hourlyRate } });
    expect(lines[0].amount).toBe(amount);
  });

  it('rounds each line on its own, not the sum', () => {
    const labour = [
      { operation: 'OP-MOTOR', hours: 0.5 },
      { operation: 'OP-PAD', hours: 0.5 },
    ];
    const { totals } = priceClaim(input({ parts: [], travel: null, labour }), { ...CTX, rate: { ...RATE, hourlyRate: 3333 } });
    expect(totals.labour).toBe(1667 + 1667);
  });

  it('prices unknown, unpriced and core items at 0', () => {
    const { lines } = priceClaim(
      input({
        parts: [
          { partNumber: 'P-NOPE', qty: 2 },
          { partNumber: 'P-OLD', qty: 2 },
          { partNumber: 'P-CORE', qty: 1 },
        ],
        labour: [{ operation: 'OP-NOPE', hours: 3 }],
        travel: null,
      }),
      CTX,
    );
    expect(lines.map((l) => l.amount)).toEqual([0, 0, 0, 0]);
    expect(lines[0].label).toBeUndefined();
  });

  it('without a rate labour and travel are 0; without the catalogue parts are 0', () => {
    const { totals } = priceClaim(INPUT, { ...CTX, rate: null });
    expect(totals).toMatchObject({ labour: 0, travel: 0, parts: 50000 });
    const browser = priceClaim(INPUT, {});
    expect(browser.totals.total).toBe(0);
  });

  it('prices labour of an operation list not loaded here', () => {
    const { lines } = priceClaim(input({ parts: [], travel: null }), { rate: RATE });
    expect(lines[0].amount).toBe(8000);
  });

  it('leaves out a travel line of 0 km', () => {
    expect(priceClaim(input({ travel: { km: 0 } }), CTX).lines.map((l) => l.kind)).toEqual(['part', 'labour']);
  });
});

const partNumbers = [...Object.keys(PARTS), 'P-NOPE'];
const opCodes = [...Object.keys(OPERATIONS), 'OP-NOPE'];

const claimArb = fc.record({
  parts: fc.array(fc.record({ partNumber: fc.constantFrom(...partNumbers), qty: fc.integer({ min: 1, max: 9999 }) }), { maxLength: 50 }),
  labour: fc.array(fc.record({ operation: fc.constantFrom(...opCodes), hours: fc.integer({ min: 1, max: 9999 }).map((t) => t / 10) }), { maxLength: 50 }),
  travel: fc.option(fc.record({ km: fc.integer({ min: 0, max: 100000 }) }), { nil: null }),
});

const ctxArb: fc.Arbitrary<PricingContext> = fc.record({
  parts: fc.constant(PARTS),
  operations: fc.constant(OPERATIONS),
  rate: fc.option(
    fc.record({
      tier: fc.constant(2),
      hourlyRate: fc.integer({ min: 0, max: 100_000 }),
      travelRatePerKm: fc.integer({ min: 0, max: 10_000 }),
      travelCapKm: fc.integer({ min: 0, max: 1000 }),
      logisticsFee: fc.integer({ min: 0, max: 100_000 }),
    }),
    { nil: null },
  ),
});

describe('priceClaim properties', () => {
  it('total = Σ lines, payable = total, every amount a non-negative integer', () => {
    fc.assert(
      fc.property(claimArb, ctxArb, (c, x) => {
        const { lines, totals } = priceClaim(c as ClaimInput, x);
        const sum = (f: (l: (typeof lines)[number]) => boolean) => lines.filter(f).reduce((s, l) => s + l.amount, 0);
        expect(totals.total).toBe(sum(() => true));
        expect(totals.parts).toBe(sum((l) => l.kind === 'part'));
        expect(totals.labour).toBe(sum((l) => l.kind === 'labour'));
        expect(totals.travel).toBe(sum((l) => l.kind === 'travel'));
        expect(totals.total).toBe(totals.parts + totals.labour + totals.travel);
        expect(totals.payable).toBe(totals.total);
        for (const v of [...lines.flatMap((l) => [l.amount, l.payable, l.unitPrice]), ...Object.values(totals)]) {
          expect(Number.isSafeInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('labour is hourlyRate × tenths ÷ 10 rounded half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 9999 }), (hourlyRate, tenths) => {
        const { lines } = priceClaim(
          { parts: [], labour: [{ operation: 'OP-MOTOR', hours: tenths / 10 }], travel: null },
          { rate: { ...RATE, hourlyRate } },
        );
        const exact = hourlyRate * tenths; // ×10 of the amount, an exact integer
        const floor = Math.floor(exact / 10);
        expect(lines[0].amount).toBe(exact % 10 >= 5 ? floor + 1 : floor);
      }),
    );
  });

  it('money fields a client sends change nothing once parsed', () => {
    const money = fc.record({
      price: fc.integer(),
      amount: fc.integer(),
      total: fc.integer(),
      unitPrice: fc.integer(),
      payable: fc.integer(),
      dealer: fc.string(),
      status: fc.string(),
    });
    fc.assert(
      fc.property(claimArb, money, money, (c, top, line) => {
        const clean = claimInputSchema.parse({ ...INPUT, ...c });
        const dirty = claimInputSchema.parse({
          ...INPUT,
          ...top,
          parts: c.parts.map((p) => ({ ...p, ...line })),
          labour: c.labour.map((l) => ({ ...l, ...line })),
          travel: c.travel ? { ...c.travel, ...line } : c.travel,
          totals: top,
        });
        expect(priceClaim(dirty, CTX)).toEqual(priceClaim(clean, CTX));
      }),
      { numRuns: 50 },
    );
  });
});
