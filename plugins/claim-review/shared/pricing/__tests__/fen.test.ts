import fc from 'fast-check';
import { formatYuan, mulDivRoundHalfUp, mulFen, parseYuan, sumFen } from '../fen';
import { hoursToTenths, tenthsToHours } from '../hours';
import { usageCharge } from '../usage-charge';

describe('mulDivRoundHalfUp', () => {
  it.each([
    [4000, 15, 10, 6000],
    [3333, 15, 10, 5000], // 4999.5 → 5000
    [3333, 5, 10, 1667], // 1666.5 → 1667
    [3331, 5, 10, 1666], // 1665.5 → 1666
    [1, 1, 3, 0],
    [2, 1, 3, 1],
    [1, 1, 2, 1],
    [0, 7, 10, 0],
    [-3333, 5, 10, -1667], // half away from zero
    [-1, 1, 2, -1],
    [4999, 1300, 10000, 650], // 649.87
    [5000, 1300, 10000, 650],
    [3846, 1300, 10000, 500], // 499.98
    [Number.MAX_SAFE_INTEGER, 10, 10, Number.MAX_SAFE_INTEGER],
  ])('%d × %d ÷ %d = %d', (a, n, d, out) => {
    expect(mulDivRoundHalfUp(a, n, d)).toBe(out);
  });

  it('refuses floats and division by zero', () => {
    expect(() => mulDivRoundHalfUp(1.5, 1, 1)).toThrow(RangeError);
    expect(() => mulDivRoundHalfUp(1, 1, 0)).toThrow(RangeError);
  });

  it('agrees with exact rational rounding (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, n, d) => {
        const r = mulDivRoundHalfUp(a, n, d);
        const twice = BigInt(a) * BigInt(n) * 2n;
        // r is the integer with |2·a·n − 2·d·r| ≤ d, ties going up.
        expect(Number.isInteger(r)).toBe(true);
        expect(twice - 2n * BigInt(d) * BigInt(r) < BigInt(d)).toBe(true);
        expect(twice - 2n * BigInt(d) * BigInt(r) >= -BigInt(d)).toBe(true);
      }),
    );
  });
});

describe('sumFen / mulFen', () => {
  it('adds integers and refuses anything else', () => {
    expect(sumFen([])).toBe(0);
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(() => sumFen([1, 0.5])).toThrow(RangeError);
    expect(mulFen(150, 3)).toBe(450);
    expect(() => mulFen(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
});

describe('formatYuan / parseYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [123450, '1,234.50'],
    [100000000, '1,000,000.00'],
    [-123450, '-1,234.50'],
    [99999999999, '999,999,999.99'],
  ])('%d fen → %s', (fen, s) => expect(formatYuan(fen)).toBe(s));

  it('adds the yuan sign on request', () => {
    expect(formatYuan(123450, { symbol: true })).toBe('¥1,234.50');
    expect(formatYuan(-5, { symbol: true })).toBe('-¥0.05');
    expect(formatYuan(123450, 'zh')).toBe('1,234.50');
    expect(formatYuan(123450, 'en')).toBe('1,234.50');
  });

  it.each([
    ['1,234.50', 123450],
    ['1234.5', 123450],
    ['1234', 123400],
    ['¥1,234.56', 123456],
    ['￥0.05', 5],
    ['-12.30', -1230],
    ['  7.1 ', 710],
    ['1.234', null],
    ['12,34.00', null],
    ['abc', null],
    ['', null],
    ['1e3', null],
    ['.5', null],
  ])('%s → %s', (s, fen) => expect(parseYuan(s)).toBe(fen));

  it('round-trips every amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toBe(fen);
        expect(parseYuan(formatYuan(fen, { symbol: true }))).toBe(fen);
      }),
    );
  });
});

describe('hours in tenths', () => {
  it.each([
    [1.1, 11],
    [0.1, 1],
    [2, 20],
    [999.9, 9999],
    [0.3, 3],
  ])('%d h = %d tenths', (h, t) => {
    expect(hoursToTenths(h)).toBe(t);
    expect(tenthsToHours(t)).toBe(h);
  });
});

describe('usageCharge (household vehicles: price × km ÷ 1000 × n)', () => {
  it('charges 0.5 % per 1000 km, rounded half up once', () => {
    // ¥150,000.00 × 3,000 km ÷ 1000 × 0.5 % = ¥2,250.00
    expect(usageCharge(15_000_000, 3000, 50)).toBe(225_000);
    expect(usageCharge(10_000_001, 1, 50)).toBe(50);
    expect(usageCharge(10_000_000, 0, 50)).toBe(0);
  });
});
