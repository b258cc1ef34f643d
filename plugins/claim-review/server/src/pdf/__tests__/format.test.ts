import { encodeCharstring } from '../cff-subset';
import { formatDate, formatSignedYuan, formatYuan, toInstant } from '../format';

describe('formatYuan', () => {
  test.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [123456, '1,234.56'],
    [100000000, '1,000,000.00'],
    [-5, '-0.05'],
    [-123456789, '-1,234,567.89'],
  ])('%p fen → %s', (fen, text) => expect(formatYuan(fen)).toBe(text));

  it('signs adjustments and refuses non-integers', () => {
    expect(formatSignedYuan(1200)).toBe('+12.00');
    expect(formatSignedYuan(-1200)).toBe('-12.00');
    expect(() => formatYuan(1.5)).toThrow();
  });
});

describe('formatDate', () => {
  it('keeps business dates and shows instants as the date in China (UTC+8)', () => {
    expect(formatDate('2025-03-31')).toBe('2025-03-31');
    expect(formatDate('2025-01-31T20:00:00Z')).toBe('2025-02-01');
    expect(formatDate('2025-01-31T15:59:59Z')).toBe('2025-01-31');
    expect(() => formatDate('soon')).toThrow(TypeError);
    expect(toInstant('2025-04-18').toISOString()).toBe('2025-04-17T16:00:00.000Z');
  });
});

describe('encodeCharstring', () => {
  it('writes Type 2 numbers in the shortest form and moves the pen by what it wrote', () => {
    const glyph = {
      path: {
        commands: [
          { command: 'moveTo' as const, args: [100, -100] },
          { command: 'lineTo' as const, args: [300, 1000] },
          { command: 'bezierCurveTo' as const, args: [300, 3000, 0.5, 3000, 0.5, 3000] },
          { command: 'closePath' as const, args: [] },
        ],
      },
    };
    expect(Array.from(encodeCharstring(glyph))).toEqual([
      // rmoveto 100 -100
      239, 39, 21,
      // rlineto 200 1100: 200 → 247 92; 1100 → 250 224
      247, 92, 250, 224, 5,
      // rrcurveto 0 2000 -299.5 0 0 0: 2000 → 28 0x07 0xd0; -299.5 → fixed 16.16
      139, 28, 0x07, 0xd0, 255, 0xfe, 0xd4, 0x80, 0x00, 139, 139, 139, 8,
      14,
    ]);
  });
});
