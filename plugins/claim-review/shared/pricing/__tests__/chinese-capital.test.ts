import fc from 'fast-check';
import { rmbInWords, toChineseCapital } from '../chinese-capital';

// [fen, expected] — amounts written in yuan in the comments for reading.
const CASES: Array<[number, string]> = [
  [0, '零元整'],
  [5, '伍分'], // 0.05
  [1, '壹分'], // 0.01
  [10, '壹角整'], // 0.10
  [50, '伍角整'], // 0.50
  [55, '伍角伍分'], // 0.55
  [100, '壹元整'], // 1.00
  [101, '壹元零壹分'], // 1.01
  [110, '壹元壹角整'], // 1.10
  [111, '壹元壹角壹分'], // 1.11
  [1000, '壹拾元整'], // 10.00 — 壹拾, not 拾, on 凭证
  [1500, '壹拾伍元整'], // 15.00
  [2000, '贰拾元整'], // 20.00
  [10000, '壹佰元整'], // 100.00
  [10500, '壹佰零伍元整'], // 105.00
  [11000, '壹佰壹拾元整'], // 110.00
  [32504, '叁佰贰拾伍元零肆分'], // 325.04
  [123450, '壹仟贰佰叁拾肆元伍角整'], // 1,234.50
  [100500, '壹仟零伍元整'], // 1,005.00
  [101001, '壹仟零壹拾元零壹分'], // 1,010.01
  [140950, '壹仟肆佰零玖元伍角整'], // 1,409.50
  [600714, '陆仟零柒元壹角肆分'], // 6,007.14
  [168032, '壹仟陆佰捌拾元叁角贰分'], // 1,680.32
  [1640902, '壹万陆仟肆佰零玖元零贰分'], // 16,409.02
  [2030405, '贰万零叁佰零肆元零伍分'], // 20,304.05
  [1000000, '壹万元整'], // 10,000.00
  [1001000, '壹万零壹拾元整'], // 10,010.00
  [10700053, '壹拾万柒仟元伍角叁分'], // 107,000.53
  [10000110, '壹拾万零壹元壹角整'], // 100,001.10
  [100001000, '壹佰万零壹拾元整'], // 1,000,010.00
  [1000000000, '壹仟万元整'], // 10,000,000.00
  [1010000000, '壹仟零壹拾万元整'], // 10,100,000.00
  [10000000050, '壹亿元伍角整'], // 100,000,000.50
  [10001000000, '壹亿零壹万元整'], // 100,010,000.00
  [10010000000, '壹亿零壹拾万元整'], // 100,100,000.00
  [11000000000, '壹亿壹仟万元整'], // 110,000,000.00
  [100000000000, '壹拾亿元整'], // 1,000,000,000.00
  [100000000100, '壹拾亿零壹元整'], // 1,000,000,001.00
  [123456789012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'], // 1,234,567,890.12
  [100000000000000, '壹万亿元整'], // 1,000,000,000,000.00
  [1000000000000000, '壹拾万亿元整'], // 10,000,000,000,000.00
  [100010000000000, '壹万零壹亿元整'], // 1,000,100,000,000.00
  [-100, '负壹元整'],
  [-5, '负伍分'],
  [-123450, '负壹仟贰佰叁拾肆元伍角整'],
];

describe('toChineseCapital', () => {
  test.each(CASES)('%p fen → %s', (fen, expected) => {
    expect(toChineseCapital(fen)).toBe(expected);
  });

  test.each([1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 2])('rejects non-integer fen %p', (bad) => {
    expect(() => toChineseCapital(bad)).toThrow(RangeError);
  });

  // Reads the words back; if every amount survives the round trip the writing is unambiguous.
  function parse(words: string): number {
    const DIG = '零壹贰叁肆伍陆柒捌玖';
    const UNIT: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    let sign = 1;
    let s = words;
    if (s.startsWith('负')) {
      sign = -1;
      s = s.slice(1);
    }
    s = s.replace(/整$/, '');
    let yuanPart = '';
    let fracPart = s;
    if (s.includes('元')) [yuanPart, fracPart] = s.split('元');
    let total = 0;
    let section = 0;
    let digit = 0;
    for (const ch of yuanPart) {
      if (DIG.includes(ch)) digit = DIG.indexOf(ch);
      else if (UNIT[ch]) {
        section += digit * UNIT[ch];
        digit = 0;
      } else if (ch === '万') {
        section = (section + digit) * 10_000;
        digit = 0;
      } else if (ch === '亿') {
        total = (total + section + digit) * 100_000_000;
        section = 0;
        digit = 0;
      } else throw new Error(`unexpected ${ch}`);
    }
    let fen = (total + section + digit) * 100;
    const jiao = /(.)角/.exec(fracPart);
    const fenM = /(.)分/.exec(fracPart);
    if (jiao) fen += DIG.indexOf(jiao[1]) * 10;
    if (fenM) fen += DIG.indexOf(fenM[1]);
    return sign * fen;
  }

  test('round-trips every amount and keeps the zero rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (fen) => {
        const words = toChineseCapital(fen);
        expect(parse(words)).toBe(fen);
        if (fen !== 0) expect(words).not.toMatch(/零零|零[元万亿整角分]|^零(?!元整)/);
        expect(words.endsWith('分') !== words.endsWith('整')).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('rmbInWords', () => {
  it('writes 人民币 right before the capitals, with no space a digit could be slipped into', () => {
    expect(rmbInWords(123450)).toBe('人民币壹仟贰佰叁拾肆元伍角整');
    expect(rmbInWords(0)).toBe('人民币零元整');
  });
});
