/**
 * XLSX files written byte by byte, so a test can make what no spreadsheet program
 * would: a worksheet that inflates to hundreds of MB, a zip directory that lies
 * about a size, a sheet of 60,000 rows made in milliseconds.
 */
import zlib from 'zlib';

interface Entry {
  name: string;
  /** Deflated bytes, and what the directory will claim about them. */
  deflated: Buffer;
  crc: number;
  size: number;
}

export const entry = (name: string, content: Buffer | string): Entry => {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { name, deflated: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
};

/** A zip of deflated entries; `claim` may replace the size the directory declares for an entry. */
export function zip(entries: Entry[], claim: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = claim[e.name] ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.deflated);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.deflated.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A worksheet row of inline strings, row `r` (1 is the header). */
export const row = (r: number, values: string[]) => `<row r="${r}">${values.map((v, i) => cell(`${String.fromCharCode(65 + i)}${r}`, v)).join('')}</row>`;

/** An XLSX whose first sheet holds these rows. */
export function xlsx(rows: string[][], claim: Record<string, number> = {}): Buffer {
  const sheet = SHEET_HEAD + rows.map((values, i) => row(i + 1, values)).join('') + SHEET_TAIL;
  return zip([entry('[Content_Types].xml', CONTENT_TYPES), entry('_rels/.rels', RELS), entry('xl/workbook.xml', WORKBOOK), entry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS), entry('xl/worksheets/sheet1.xml', sheet)], claim);
}

/**
 * A zip bomb: a worksheet of `megabytes` MB of one repeated row, deflated as a stream
 * (about 1,000:1) so the test never holds it whole. With `declare`, the directory
 * claims that size instead of the true one.
 */
export async function bomb(megabytes: number, declare?: number): Promise<Buffer> {
  const chunk = Buffer.from(row(2, ['P-BOMB', 'bomb', 'standard', '1', '1']).repeat(Math.ceil((1024 * 1024) / 120)).slice(0, 1024 * 1024), 'utf8');
  const head = Buffer.from(SHEET_HEAD + row(1, ['number', 'name', 'category', 'dealerPrice', 'guidePrice']));
  const tail = Buffer.from(SHEET_TAIL);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = zlib.crc32(head);
  deflate.write(head);
  for (let i = 0; i < megabytes; i++) {
    crc = zlib.crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  crc = zlib.crc32(tail, crc);
  deflate.end(tail);
  await done;
  const size = head.length + megabytes * chunk.length + tail.length;
  const sheet: Entry = { name: 'xl/worksheets/sheet1.xml', deflated: Buffer.concat(out), crc, size };
  const entries = [entry('[Content_Types].xml', CONTENT_TYPES), entry('_rels/.rels', RELS), entry('xl/workbook.xml', WORKBOOK), entry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS), sheet];
  return zip(entries, declare === undefined ? {} : { [sheet.name]: declare });
}
