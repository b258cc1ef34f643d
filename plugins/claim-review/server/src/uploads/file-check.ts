import fs from 'fs';
import { type ImageSize, imageSize } from './image-size';

/** A multipart file as the parser hands it over (see uploads/multipart.ts). */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
  [key: string]: unknown;
}

const KINDS = [
  { mime: 'image/jpeg', ext: '.jpg', test: (b: Buffer) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/png', ext: '.png', test: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/webp', ext: '.webp', test: (b: Buffer) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mime: 'application/pdf', ext: '.pdf', test: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];
export type FileKind = (typeof KINDS)[number];

/** The file's type from its first bytes (magic numbers); the name and the declared type are not trusted. */
export function sniff(head: Buffer): FileKind | null {
  return KINDS.find((k) => k.test(head)) ?? null;
}

/** Why one file of a batch is refused (a `validation.*` code). */
export type FileProblem = 'too_big' | 'invalid_format' | 'too_many_pixels' | 'corrupt';

export type FileVerdict = { kind: FileKind; size: ImageSize | null } | { problem: FileProblem };

export interface CheckLimits {
  maxBytes: number;
  /** Width × height an image may declare. */
  maxPixels: number;
}

function withFile<T>(filepath: string, use: (read: (offset: number, length: number) => Buffer) => T): T {
  const fd = fs.openSync(filepath, 'r');
  try {
    return use((offset, length) => {
      const buf = Buffer.alloc(length);
      const n = fs.readSync(fd, buf, 0, length, offset);
      return buf.subarray(0, n);
    });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Whether one file may be stored, from its bytes: its type, its size, for an image the
 * pixels its header declares (before anything decodes it), then a decode bounded to
 * that many pixels, so a truncated or corrupt image is refused here and not half-way
 * through storing the batch.
 */
export async function checkFile(file: UploadedFile, limits: CheckLimits): Promise<FileVerdict> {
  if (file.size > limits.maxBytes) return { problem: 'too_big' };
  const { kind, size } = withFile(file.filepath, (read) => {
    const found = sniff(read(0, 16));
    return { kind: found, size: found ? imageSize(found.mime, read) : null };
  });
  if (!kind) return { problem: 'invalid_format' };
  if (kind.mime === 'application/pdf') return { kind, size: null };
  if (!size || size.width === 0 || size.height === 0) return { problem: 'invalid_format' };
  if (size.width * size.height > limits.maxPixels) return { problem: 'too_many_pixels' };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sharp = require('sharp');
    await sharp(file.filepath, { limitInputPixels: limits.maxPixels, sequentialRead: true }).stats();
  } catch {
    return { problem: 'corrupt' };
  }
  return { kind, size };
}
