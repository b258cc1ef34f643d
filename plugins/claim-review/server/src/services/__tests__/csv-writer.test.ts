import { numeric, writeCsvDocument } from '../csv-writer';

const body = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').slice(1, -1);

describe('the CSV writer of every export', () => {
  it('defuses text that a spreadsheet would run as a formula', () => {
    const csv = writeCsvDocument(['name'], [['=HYPERLINK("http://x","y")'], ['+1+2'], ['-3'], ['@SUM(A1)'], ['\tTAB'], ['\rCR'], ['plain'], ['a=b']]);
    expect(body(csv)).toEqual([`"'=HYPERLINK(""http://x"",""y"")"`, "'+1+2", "'-3", "'@SUM(A1)", "'\tTAB", `"'\rCR"`, 'plain', 'a=b']);
  });

  it('keeps numeric cells numbers, negative ones too, and treats a non-number in a numeric column as text', () => {
    expect(body(writeCsvDocument(['total'], [[numeric('-12.50')], [numeric(13)], [numeric(null)], [numeric('-1+cmd')]]))).toEqual(['-12.50', '13', '', "'-1+cmd"]);
  });

  it('starts with the BOM, quotes per RFC 4180 and ends every row with CRLF', () => {
    expect(writeCsvDocument(['a', 'b'], [['x,y', 'say "hi"']])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n');
  });
});
