/**
 * Numbers typed on a phone or through a Chinese IME: full-width digits (１２．５) and the
 * ideographic full stop are read as what the dealer meant. Empty means "not given".
 */
export function readNumber(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined) return undefined;
  const ascii = String(text)
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.');
  if (ascii === '') return undefined;
  const n = Number(ascii);
  // NaN goes through so the schema reports a wrong type instead of "required".
  return n;
}
