/**
 * 大写金额 — the amount in words as Chinese finance writes it on vouchers, cheques and
 * notices (中国人民银行《支付结算办法》附件一「正确填写票据和结算凭证的基本规定」).
 *
 * Conventions chosen where the rules leave a choice:
 * - A leading ten is written 壹拾 (10.00 → 壹拾元整, 100,001.10 → 壹拾万零壹元壹角整):
 *   on 凭证 a bare 拾 could be altered by prefixing a digit, so finance always writes it.
 * - One 零 stands for any run of zeros between non-zero digits, across 万/亿 boundaries
 *   (20,304.05 → 贰万零叁佰零肆元零伍分).
 * - The optional 零 after 元 when the units digit is 0 and 角 is not is left out
 *   (1,680.32 → 壹仟陆佰捌拾元叁角贰分); the rules allow either form.
 * - 元 is followed by 零 when 角 is 0 and 分 is not (325.04 → 叁佰贰拾伍元零肆分) — that
 *   one is mandatory.
 * - 整 closes every amount without 分, also after 角 (伍角整); never after 分.
 * - Amounts under one yuan start at the first non-zero unit (0.05 → 伍分), zero is 零元整,
 *   negative amounts are prefixed 负.
 *
 * Integer arithmetic only: the input is integer fen and never divided into fractions.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const GROUP_UNITS = ['仟', '佰', '拾', ''];
const WAN = 10_000;
const YI = 100_000_000;

/** 0 < n < 10,000: the digits of one 4-digit group, inner zero runs as a single 零. */
function group(n: number): string {
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zeroPending = false;
  for (let i = 0; i < 4; i++) {
    const d = digits[i];
    if (d === 0) {
      if (out) zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += DIGITS[d] + GROUP_UNITS[i];
  }
  return out;
}

/** n > 0 whole yuan. A lower part that does not fill its full width is preceded by 零. */
function integerWords(n: number): string {
  if (n >= YI) {
    const high = Math.floor(n / YI);
    const low = n % YI;
    if (low === 0) return integerWords(high) + '亿';
    return integerWords(high) + '亿' + (low < YI / 10 ? '零' : '') + integerWords(low);
  }
  if (n >= WAN) {
    const high = Math.floor(n / WAN);
    const low = n % WAN;
    if (low === 0) return group(high) + '万';
    return group(high) + '万' + (low < WAN / 10 ? '零' : '') + group(low);
  }
  return group(n);
}

export function toChineseCapital(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`toChineseCapital expects an integer amount in fen, got ${fen}`);
  }
  if (fen === 0) return '零元整';
  const sign = fen < 0 ? '负' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const fenDigit = abs % 10;

  let out = yuan > 0 ? integerWords(yuan) + '元' : '';
  if (jiao > 0) out += DIGITS[jiao] + '角';
  else if (fenDigit > 0 && yuan > 0) out += '零';
  if (fenDigit > 0) out += DIGITS[fenDigit] + '分';
  else out += '整';
  return sign + out;
}

/**
 * The amount in words as a voucher prints it: 人民币 directly followed by the capitals,
 * with no space between them (支付结算办法 附件一: the words are written close after
 * 人民币, leaving no room to insert a digit).
 */
export function rmbInWords(fen: number): string {
  return `人民币${toChineseCapital(fen)}`;
}
