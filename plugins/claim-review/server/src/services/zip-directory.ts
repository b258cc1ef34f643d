/**
 * What a zip (an XLSX) says about itself before anything is unpacked: its central
 * directory lists every entry with the size it will have once inflated. Reading it
 * costs a few kB whatever the archive claims, so a zip bomb is refused on that claim;
 * inflateEntry then holds each entry to its claim while unpacking.
 * Pure: no Strapi, no fs.
 */
import zlib from 'zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

export class ZipError extends Error {
  constructor(readonly problem: 'unreadable' | 'too_large_unpacked') {
    super(problem);
    this.name = 'ZipError';
  }
}

/** The central directory's entries; a ZIP64 archive (over 4 GB or 65,535 entries) is too large for a price list anyway. */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('unreadable');
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === ZIP64_MARK) throw new ZipError('too_large_unpacked');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError('unreadable');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) throw new ZipError('too_large_unpacked');
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Refuses an archive whose entries together claim to unpack to more than `maxBytes`. */
export function checkDeclaredSize(bytes: Buffer, maxBytes: number): ZipEntry[] {
  const entries = zipEntries(bytes);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > maxBytes) throw new ZipError('too_large_unpacked');
  return entries;
}

/** An entry's bytes, never more than it declared: an archive that lies about a size is refused while inflating. */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new ZipError('unreadable');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError('unreadable');
  try {
    // One byte more than declared is enough to know the declaration was false.
    const out = zlib.inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    if (out.length > entry.uncompressedSize) throw new ZipError('too_large_unpacked');
    return out;
  } catch (error) {
    if (error instanceof ZipError) throw error;
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError('too_large_unpacked');
    throw new ZipError('unreadable');
  }
}

/** Rows of a worksheet's XML, counted without parsing it: each row is one `<row` element. */
export function countRows(xml: Buffer): number {
  let rows = 0;
  const needle = Buffer.from('<row');
  for (let at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + needle.length)) {
    const next = xml[at + needle.length];
    // `<row ` or `<row>`, not `<rowBreaks`.
    if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d) rows++;
  }
  return rows;
}
