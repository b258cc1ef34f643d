/**
 * The one CSV writer of every export (settlements, price list): RFC 4180 quoting,
 * CRLF line ends, and a UTF-8 byte-order mark, which Excel needs to read Chinese.
 *
 * A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @,
 * a tab or a carriage return) is defused with a leading apostrophe: a part name such
 * as =HYPERLINK("http://…","…") planted in the catalogue stays text. Numeric cells are
 * written as they are, so a negative amount stays a number.
 */
/** A string is a text cell; `{ number }` a numeric one (see `numeric`). */
export type CsvCell = string | { number: string } | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

/** A numeric cell; a value that is not a plain decimal number is written as text. */
export const numeric = (value: string | number | null | undefined): CsvCell => (value === null || value === undefined || value === '' ? '' : { number: String(value) });

const defuse = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

function encode(cell: CsvCell): string {
  let value: string;
  if (cell === null || cell === undefined) value = '';
  else if (typeof cell === 'string') value = defuse(cell);
  else value = /^-?\d+(\.\d+)?$/.test(cell.number) ? cell.number : defuse(cell.number);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The whole file: a header row, the rows, BOM first and CRLF after every row. */
export function writeCsvDocument(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(encode).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
