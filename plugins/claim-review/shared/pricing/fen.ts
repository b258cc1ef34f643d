import type { Fen, Locale } from '../contracts/money';

function assertInteger(name: string, n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be a safe integer, got ${n}`);
}

/**
 * a × num ÷ den rounded half up (四舍五入, half away from zero for negatives), exact:
 * BigInt keeps the product from ever passing through a float.
 */
export function mulDivRoundHalfUp(a: number, num: number, den: number): number {
  assertInteger('a', a);
  assertInteger('num', num);
  assertInteger('den', den);
  if (den === 0) throw new RangeError('division by zero');
  const p = BigInt(a) * BigInt(num);
  const d = BigInt(den);
  const negative = p < 0n !== d < 0n && p !== 0n;
  const ap = p < 0n ? -p : p;
  const ad = d < 0n ? -d : d;
  const q = (2n * ap + ad) / (2n * ad);
  const out = Number(negative ? -q : q);
  assertInteger('result', out);
  return out;
}

export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) {
    assertInteger('amount', v);
    total += v;
  }
  assertInteger('total', total);
  return total;
}

/** Integer product that refuses to leave the safe-integer range. */
export function mulFen(price: Fen, qty: number): Fen {
  assertInteger('price', price);
  assertInteger('qty', qty);
  const out = price * qty;
  assertInteger('amount', out);
  return out;
}

export interface FormatYuanOptions {
  /** Prefix "¥". */
  symbol?: boolean;
}

/**
 * "1,234.50" from 123450, by integer division only. zh-CN and en write money the same
 * way (comma groups, point decimals); a locale is accepted so call sites can pass the
 * UI's language without caring, and changes nothing.
 */
export function formatYuan(fen: Fen, options: FormatYuanOptions | Locale = {}): string {
  assertInteger('fen', fen);
  const symbol = typeof options === 'object' && !!options.symbol;
  const negative = fen < 0;
  const abs = BigInt(negative ? -fen : fen);
  const yuan = (abs / 100n).toString();
  const cents = (abs % 100n).toString().padStart(2, '0');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${symbol ? '¥' : ''}${grouped}.${cents}`;
}

const YUAN = /^([+-])?[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** "1,234.5", "¥1234.50", "-3" → fen; null for anything else (more than 2 decimals included). */
export function parseYuan(input: string): Fen | null {
  const m = YUAN.exec(input.trim());
  if (!m) return null;
  const yuan = BigInt(m[2].replace(/,/g, ''));
  const cents = BigInt((m[3] ?? '').padEnd(2, '0'));
  const abs = yuan * 100n + cents;
  const out = Number(m[1] === '-' ? -abs : abs);
  return Number.isSafeInteger(out) ? out : null;
}
