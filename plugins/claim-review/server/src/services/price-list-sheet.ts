/**
 * The parts price list (配件价目表) as a spreadsheet: reading a CSV (papaparse) or XLSX
 * (exceljs) upload into rows, checking each row, and writing the current list back
 * out in the same columns, so an export can be edited and imported again.
 * Pure: no Strapi here; services/price-lists.ts reads and writes the database.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Bilingual, Fen, IsoDate } from '../../../shared';
import { formatYuan, hasControlCharacters, hasLoneSurrogate, interpolate, parseYuan } from '../../../shared';
import { numeric, writeCsvDocument } from './csv-writer';
import { ZipError, checkDeclaredSize, countRows, inflateEntry } from './zip-directory';

export type SheetFormat = 'csv' | 'xlsx';
export type PartCategory = 'standard' | 'wear' | 'main_component' | 'core';

export const MAX_ROWS = 5000;
export const MAX_BYTES = 5 * 1024 * 1024;
/** What an XLSX may unpack to: a 5,000-row list is a few MB of XML. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

export interface SheetLimits {
  maxRows: number;
  maxUnpackedBytes: number;
}
export const DEFAULT_LIMITS: SheetLimits = { maxRows: MAX_ROWS, maxUnpackedBytes: MAX_UNPACKED_BYTES };

/** Canonical columns; a header may be written in English or in the handbooks' Chinese. */
export const COLUMNS = [
  'number',
  'name',
  'nameEn',
  'category',
  'component',
  'vatRate',
  'mustReturn',
  'wearMonths',
  'dealerPrice',
  'dealerPriceFen',
  'guidePrice',
  'guidePriceFen',
] as const;
export type Column = (typeof COLUMNS)[number];

const ALIASES: Record<Column, string[]> = {
  number: ['number', 'partnumber', 'partno', '配件编号', '配件号', '零件号', '编号'],
  name: ['name', 'partname', '配件名称', '名称', '中文名称'],
  nameEn: ['nameen', 'englishname', '英文名称'],
  category: ['category', '类别', '配件类别'],
  component: ['component', '所属部件', '部件'],
  vatRate: ['vatrate', 'vat', '税率', '增值税率'],
  mustReturn: ['mustreturn', '旧件返回', '是否返件', '返件'],
  wearMonths: ['wearmonths', '易损件保修期', '易损件保修期月', '保修期月'],
  dealerPrice: ['dealerprice', 'dealerpriceyuan', '经销商结算价', '经销商结算价元', '结算价'],
  dealerPriceFen: ['dealerpricefen', '经销商结算价分', '结算价分'],
  guidePrice: ['guideprice', 'guidepriceyuan', '市场指导价', '市场指导价元', '指导价'],
  guidePriceFen: ['guidepricefen', '市场指导价分', '指导价分'],
};

const normalise = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_\-()（）%％]/g, '');

const BY_ALIAS = new Map<string, Column>();
for (const column of COLUMNS) for (const alias of ALIASES[column]) BY_ALIAS.set(normalise(alias), column);

export function columnOf(header: string): Column | null {
  return BY_ALIAS.get(normalise(header)) ?? null;
}

const CATEGORY_WORDS: Record<string, PartCategory> = {
  standard: 'standard',
  标准件: 'standard',
  wear: 'wear',
  易损件: 'wear',
  main_component: 'main_component',
  maincomponent: 'main_component',
  主要部件: 'main_component',
  core: 'core',
  核心件: 'core',
};
const CATEGORY_LABEL: Record<PartCategory, Bilingual> = {
  standard: { zh: '标准件', en: 'standard' },
  wear: { zh: '易损件', en: 'wear' },
  main_component: { zh: '主要部件', en: 'main_component' },
  core: { zh: '核心件', en: 'core' },
};

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

export interface SheetRow {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Partial<Record<Column, string>>;
}

export interface Sheet {
  format: SheetFormat;
  columns: Column[];
  ignoredColumns: string[];
  rows: SheetRow[];
}

export type RowErrorCode =
  | 'required'
  | 'required_new_part'
  | 'too_long'
  | 'duplicate'
  | 'invalid_enum'
  | 'invalid_money'
  | 'negative'
  | 'not_integer'
  | 'invalid_rate'
  | 'invalid_flag'
  | 'core_priced'
  | 'ambiguous'
  | 'invalid_characters'
  | 'invalid_text';

export interface RowError {
  row: number;
  field: string;
  code: RowErrorCode;
  message: Bilingual;
}

const ROW_MESSAGES: Record<RowErrorCode, Bilingual> = {
  required: { zh: '必填', en: 'Required' },
  required_new_part: { zh: '配件 {number} 不在配件目录中，新配件必须填写此项', en: 'Part {number} is not in the catalogue: a new part needs this' },
  too_long: { zh: '内容过长（最多 {max} 个字符）', en: 'Too long (at most {max} characters)' },
  duplicate: { zh: '与第 {first} 行的配件编号重复', en: 'Same part number as row {first}' },
  invalid_enum: {
    zh: '类别须为 标准件、易损件、主要部件 或 核心件',
    en: 'Category must be standard, wear, main_component or core',
  },
  invalid_money: { zh: '金额须以元为单位，最多两位小数（如 1200.50）', en: 'An amount in yuan with at most two decimals (e.g. 1200.50)' },
  negative: { zh: '金额不能为负数', en: 'The amount must not be negative' },
  not_integer: { zh: '须为不小于 0 的整数', en: 'Must be a whole number, 0 or more' },
  invalid_rate: { zh: '税率须为 0 到 100 之间的百分数，最多两位小数', en: 'VAT rate must be a percentage from 0 to 100 with at most two decimals' },
  invalid_flag: { zh: '须填写 是 或 否', en: 'Must be yes or no' },
  core_priced: { zh: '核心件不单独计价，价格须留空', en: 'Core parts have no price of their own: leave the price empty' },
  ambiguous: { zh: '元与分两列的金额不一致', en: 'The yuan and fen columns disagree' },
  invalid_characters: { zh: '含有不可见的控制字符', en: 'Contains invisible control characters' },
  invalid_text: { zh: '含有无效字符（不完整的 UTF-16 代理项）', en: 'Contains an invalid character (half of a UTF-16 surrogate pair)' },
};


function rowError(row: number, field: string, code: RowErrorCode, params: Record<string, string | number> = {}): RowError {
  const t = ROW_MESSAGES[code];
  return { row, field, code, message: { zh: interpolate(t.zh, params, 'zh'), en: interpolate(t.en, params, 'en') } };
}

/** Whole-file problems answer 400 with `fields.file` set to one of these. */
export type FileProblem = 'unreadable' | 'empty' | 'no_number_column' | 'too_many_rows' | 'too_large' | 'too_large_unpacked' | 'unsupported_format';

export class SheetError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem);
    this.name = 'SheetError';
  }
}

export function formatOf(filename: string | null | undefined, mime: string | null | undefined, bytes: Buffer): SheetFormat {
  const name = (filename ?? '').toLowerCase();
  if (name.endsWith('.xlsx') || /spreadsheetml/.test(mime ?? '')) return 'xlsx';
  if (name.endsWith('.csv') || name.endsWith('.txt') || /csv|text\/plain/.test(mime ?? '')) return 'csv';
  // A zip container is an XLSX; anything else is read as text.
  if (bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (name.endsWith('.xls')) throw new SheetError('unsupported_format');
  return 'csv';
}

/** Excel on a Chinese Windows saves CSV as GB18030; anything not valid UTF-8 is read that way. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function sheetOf(format: SheetFormat, table: Array<{ row: number; values: string[] }>, maxRows = MAX_ROWS): Sheet {
  const header = table.find((r) => r.values.some((v) => v.trim() !== ''));
  if (!header) throw new SheetError('empty');
  const columns: Array<Column | null> = header.values.map((h) => columnOf(h));
  if (!columns.includes('number')) throw new SheetError('no_number_column');
  const rows: SheetRow[] = [];
  for (const r of table) {
    if (r.row <= header.row || r.values.every((v) => v.trim() === '')) continue;
    const cells: SheetRow['cells'] = {};
    columns.forEach((column, i) => {
      if (column && r.values[i] !== undefined) cells[column] = r.values[i].trim();
    });
    rows.push({ row: r.row, cells });
  }
  if (rows.length === 0) throw new SheetError('empty');
  if (rows.length > maxRows) throw new SheetError('too_many_rows');
  return {
    format,
    columns: columns.filter((c): c is Column => c !== null),
    ignoredColumns: header.values.filter((h, i) => !columns[i] && h.trim() !== '').map((h) => h.trim()),
    rows,
  };
}

function readCsv(bytes: Buffer, limits: SheetLimits): Sheet {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new SheetError('unreadable');
  return sheetOf('csv', parsed.data.map((values, i) => ({ row: i + 1, values: values.map((v) => String(v ?? '')) })), limits.maxRows);
}

/** A cell as the text a person typed; numbers keep their shortest exact spelling (1200.5 → "1200.5"). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * Before exceljs sees the archive: every entry is unpacked no further than the size it
 * declares (the declared total was checked against the limit), and the worksheets'
 * rows are counted in their XML.
 */
function guardXlsx(bytes: Buffer, limits: SheetLimits): void {
  try {
    for (const entry of checkDeclaredSize(bytes, limits.maxUnpackedBytes)) {
      const content = inflateEntry(bytes, entry);
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) && countRows(content) > limits.maxRows + 1) throw new SheetError('too_many_rows');
    }
  } catch (error) {
    if (error instanceof ZipError) throw new SheetError(error.problem);
    throw error;
  }
}

async function readXlsx(bytes: Buffer, limits: SheetLimits): Promise<Sheet> {
  guardXlsx(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SheetError('unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError('empty');
  if (sheet.actualRowCount > limits.maxRows + 1) throw new SheetError('too_many_rows');
  const table: Array<{ row: number; values: string[] }> = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    for (let c = 1; c <= width; c++) values.push(cellText(row.getCell(c).value));
    table.push({ row: rowNumber, values });
  });
  return sheetOf('xlsx', table, limits.maxRows);
}

/** Parses on the calling thread: the server calls it through services/sheet-reader.ts, in a worker. */
export async function readSheet(bytes: Buffer, format: SheetFormat, limits: SheetLimits = DEFAULT_LIMITS): Promise<Sheet> {
  if (bytes.length > MAX_BYTES) throw new SheetError('too_large');
  return format === 'xlsx' ? readXlsx(bytes, limits) : readCsv(bytes, limits);
}

/** Rows sent as JSON objects keyed by any accepted header. */
export function sheetFromObjects(objects: Array<Record<string, unknown>>): Sheet {
  if (objects.length === 0) throw new SheetError('empty');
  const headers = Array.from(new Set(objects.flatMap((o) => Object.keys(o ?? {}))));
  const table = [
    { row: 1, values: headers },
    ...objects.map((o, i) => ({ row: i + 2, values: headers.map((h) => (o?.[h] === null || o?.[h] === undefined ? '' : String(o[h]))) })),
  ];
  return { ...sheetOf('csv', table), format: 'csv' };
}

// ── checking rows ───────────────────────────────────────────────────────────

export interface KnownPart {
  id: number;
  documentId: string;
  number: string;
  name: string;
  category: PartCategory;
}

export type RowAction = 'new_part' | 'new_price' | 'replace_price' | 'no_change';

export interface CheckedRow {
  row: number;
  number: string;
  name: string | null;
  nameEn: string | null;
  category: PartCategory | null;
  component: string | null;
  vatRate: number | null;
  mustReturn: boolean | null;
  wearMonths: number | null;
  dealerPrice: Fen | null;
  guidePrice: Fen | null;
  /** What importing the row would do; null when it has errors. */
  action: RowAction | null;
  existingPart: boolean;
  errors: RowError[];
}

export interface CheckContext {
  parts: Map<string, KnownPart>;
  /** `partId:effectiveFrom` of the price rows already stored. */
  pricesOnDate: Set<string>;
  effectiveFrom: IsoDate;
}

const LIMIT = { number: 64, name: 200, component: 64 };

/** A money cell: yuan through the shared parseYuan (no float), or whole fen. */
function money(row: SheetRow, yuanColumn: Column, fenColumn: Column, field: string, errors: RowError[]): Fen | null {
  const yuanText = row.cells[yuanColumn] ?? '';
  const fenText = row.cells[fenColumn] ?? '';
  let fromYuan: Fen | null = null;
  let fromFen: Fen | null = null;
  if (yuanText !== '') {
    fromYuan = parseYuan(yuanText);
    if (fromYuan === null) errors.push(rowError(row.row, field, 'invalid_money'));
    else if (fromYuan < 0) errors.push(rowError(row.row, field, 'negative'));
  }
  if (fenText !== '') {
    if (!/^\d+$/.test(fenText) || !Number.isSafeInteger(Number(fenText))) errors.push(rowError(row.row, field, 'not_integer'));
    else fromFen = Number(fenText);
  }
  if (fromYuan !== null && fromFen !== null && fromYuan !== fromFen) errors.push(rowError(row.row, field, 'ambiguous'));
  return fromFen ?? (fromYuan !== null && fromYuan >= 0 ? fromYuan : null);
}

/** "13", "13%", "13.5" → basis points, by the same exact two-decimal arithmetic as yuan. */
function vatRateOf(text: string): number | null {
  const bp = parseYuan(text.replace(/[%％]$/, ''));
  return bp !== null && bp >= 0 && bp <= 10000 && !/[¥￥,]/.test(text) ? bp : null;
}

export function checkRows(sheet: Sheet, ctx: CheckContext): CheckedRow[] {
  const firstRowOf = new Map<string, number>();
  return sheet.rows.map((r) => {
    const errors: RowError[] = [];
    for (const [column, value] of Object.entries(r.cells)) {
      if (value && hasControlCharacters(value)) errors.push(rowError(r.row, column, 'invalid_characters'));
      else if (value && hasLoneSurrogate(value)) errors.push(rowError(r.row, column, 'invalid_text'));
    }
    const text = (c: Column) => (r.cells[c] ?? '').trim();
    const number = text('number');
    if (!number) errors.push(rowError(r.row, 'number', 'required'));
    else if (number.length > LIMIT.number) errors.push(rowError(r.row, 'number', 'too_long', { max: LIMIT.number }));
    else if (firstRowOf.has(number)) errors.push(rowError(r.row, 'number', 'duplicate', { first: firstRowOf.get(number)! }));
    else firstRowOf.set(number, r.row);

    const known = number ? ctx.parts.get(number) : undefined;
    let category: PartCategory | null = known?.category ?? null;
    const out: CheckedRow = {
      row: r.row,
      number,
      name: known?.name ?? (text('name') || null),
      nameEn: text('nameEn') || null,
      category,
      component: text('component') || null,
      vatRate: null,
      mustReturn: null,
      wearMonths: null,
      dealerPrice: null,
      guidePrice: null,
      action: null,
      existingPart: Boolean(known),
      errors,
    };

    // A new part is created from the row's catalogue columns; a known one keeps its
    // catalogue entry (edited in the Content Manager) and only gets the new prices.
    if (!known && number) {
      if (!out.name) errors.push(rowError(r.row, 'name', 'required_new_part', { number }));
      else if (out.name.length > LIMIT.name) errors.push(rowError(r.row, 'name', 'too_long', { max: LIMIT.name }));
      if (out.nameEn && out.nameEn.length > LIMIT.name) errors.push(rowError(r.row, 'nameEn', 'too_long', { max: LIMIT.name }));
      if (out.component && out.component.length > LIMIT.component) errors.push(rowError(r.row, 'component', 'too_long', { max: LIMIT.component }));
      const categoryText = text('category');
      if (!categoryText) errors.push(rowError(r.row, 'category', 'required_new_part', { number }));
      else {
        category = CATEGORY_WORDS[categoryText.toLowerCase()] ?? CATEGORY_WORDS[categoryText] ?? null;
        if (!category) errors.push(rowError(r.row, 'category', 'invalid_enum'));
      }
      out.category = category;
      const vat = text('vatRate');
      if (vat) {
        out.vatRate = vatRateOf(vat);
        if (out.vatRate === null) errors.push(rowError(r.row, 'vatRate', 'invalid_rate'));
      }
      const flag = text('mustReturn').toLowerCase();
      if (YES.has(flag)) out.mustReturn = true;
      else if (NO.has(flag)) out.mustReturn = flag === '' ? null : false;
      else errors.push(rowError(r.row, 'mustReturn', 'invalid_flag'));
      const wear = text('wearMonths');
      if (wear) {
        if (/^\d{1,3}$/.test(wear)) out.wearMonths = Number(wear);
        else errors.push(rowError(r.row, 'wearMonths', 'not_integer'));
      }
    } else if (!known) {
      out.category = null;
    }

    out.dealerPrice = money(r, 'dealerPrice', 'dealerPriceFen', 'dealerPrice', errors);
    out.guidePrice = money(r, 'guidePrice', 'guidePriceFen', 'guidePrice', errors);
    const priced = text('dealerPrice') !== '' || text('dealerPriceFen') !== '' || text('guidePrice') !== '' || text('guidePriceFen') !== '';
    if (category === 'core') {
      // Seed 004: core parts are protected designs, neither priced nor supplied alone.
      if (priced) errors.push(rowError(r.row, text('dealerPrice') || text('dealerPriceFen') ? 'dealerPrice' : 'guidePrice', 'core_priced'));
    } else if (number && (priced || !known)) {
      // A known part's row without prices (an exported part not priced on that date) changes nothing.
      if (text('dealerPrice') === '' && text('dealerPriceFen') === '') errors.push(rowError(r.row, 'dealerPrice', 'required'));
      if (text('guidePrice') === '' && text('guidePriceFen') === '') errors.push(rowError(r.row, 'guidePrice', 'required'));
    }

    if (errors.length === 0) {
      if (!known) out.action = 'new_part';
      else if (category === 'core' || !priced) out.action = 'no_change';
      else out.action = ctx.pricesOnDate.has(`${known.id}:${ctx.effectiveFrom}`) ? 'replace_price' : 'new_price';
    }
    return out;
  });
}

export interface CheckSummary {
  rows: number;
  valid: number;
  invalid: number;
  newParts: number;
  newPrices: number;
  replacedPrices: number;
}

export function summarise(rows: CheckedRow[]): CheckSummary {
  const count = (a: RowAction) => rows.filter((r) => r.action === a).length;
  const invalid = rows.filter((r) => r.errors.length > 0).length;
  return {
    rows: rows.length,
    valid: rows.length - invalid,
    invalid,
    newParts: count('new_part'),
    // A new non-core part comes with its first price.
    newPrices: count('new_price') + rows.filter((r) => r.action === 'new_part' && r.category !== 'core').length,
    replacedPrices: count('replace_price'),
  };
}

// ── writing the current list ──────────────────────────────────────────────────

export interface ListedPart {
  number: string;
  name: string;
  nameEn: string | null;
  category: PartCategory;
  component: string | null;
  vatRate: number | null;
  mustReturn: boolean;
  wearMonths: number | null;
  dealerPrice: Fen | null;
  guidePrice: Fen | null;
}

export type Lang = 'zh' | 'en';

const EXPORT_COLUMNS: Array<{ key: keyof ListedPart; zh: string; en: string }> = [
  { key: 'number', zh: '配件编号', en: 'number' },
  { key: 'name', zh: '配件名称', en: 'name' },
  { key: 'nameEn', zh: '英文名称', en: 'nameEn' },
  { key: 'category', zh: '类别', en: 'category' },
  { key: 'component', zh: '所属部件', en: 'component' },
  { key: 'vatRate', zh: '税率%', en: 'vatRate' },
  { key: 'mustReturn', zh: '旧件返回', en: 'mustReturn' },
  { key: 'wearMonths', zh: '易损件保修期(月)', en: 'wearMonths' },
  { key: 'dealerPrice', zh: '经销商结算价(元)', en: 'dealerPrice' },
  { key: 'guidePrice', zh: '市场指导价(元)', en: 'guidePrice' },
];

/** 120050 → "1200.50": the shared formatter without its thousands commas, which CSV would have to quote. */
const plainYuan = (fen: Fen | null) => (fen === null ? '' : formatYuan(fen).replace(/,/g, ''));
const percent = (bp: number | null) => (bp === null ? '' : formatYuan(bp).replace(/,/g, '').replace(/\.?0+$/, ''));

function exportCells(part: ListedPart, lang: Lang): string[] {
  return EXPORT_COLUMNS.map(({ key }) => {
    switch (key) {
      case 'category':
        return CATEGORY_LABEL[part.category]?.[lang] ?? part.category;
      case 'mustReturn':
        return part.mustReturn ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
      case 'vatRate':
        return percent(part.vatRate);
      case 'dealerPrice':
      case 'guidePrice':
        return plainYuan(part[key]);
      default: {
        const v = part[key];
        return v === null || v === undefined ? '' : String(v);
      }
    }
  });
}

/** Columns whose cells are numbers; every other cell is text, defused if it would run as a formula. */
const NUMERIC_COLUMNS = new Set<keyof ListedPart>(['vatRate', 'wearMonths', 'dealerPrice', 'guidePrice']);

export function writeCsv(parts: ListedPart[], lang: Lang): Buffer {
  const rows = parts.map((p) => exportCells(p, lang).map((value, i) => (NUMERIC_COLUMNS.has(EXPORT_COLUMNS[i].key) ? numeric(value) : value)));
  return Buffer.from(writeCsvDocument(EXPORT_COLUMNS.map((c) => c[lang]), rows), 'utf8');
}

/** Money stays text ("1200.50"): a number cell would hold a float. */
export async function writeXlsx(parts: ListedPart[], lang: Lang, effectiveOn: IsoDate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sanbao';
  const sheet = workbook.addWorksheet(lang === 'zh' ? '配件价目表' : 'Price list', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c[lang], key: c.key, width: c.key === 'name' || c.key === 'nameEn' ? 24 : 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const part of parts) sheet.addRow(exportCells(part, lang));
  workbook.title = `${lang === 'zh' ? '配件价目表' : 'Price list'} ${effectiveOn}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
