/**
 * Width and height an image declares in its header, read before anything decodes it:
 * PNG (IHDR), JPEG (the first SOFn frame header) and WebP (VP8, VP8L, VP8X). A decoder
 * allocates what the header declares, so a 600-byte file can claim 60000×60000 pixels.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ByteReader = (offset: number, length: number) => Buffer;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Markers without a length: TEM, RST0–7, SOI. */
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);
/** A JPEG whose frame header is not within this many segments is not a photo we take. */
const MAX_JPEG_SEGMENTS = 1000;

function pngSize(read: ByteReader): ImageSize | null {
  const head = read(0, 24);
  if (head.length < 24 || !head.subarray(0, 8).equals(PNG_SIGNATURE) || head.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function jpegSize(read: ByteReader): ImageSize | null {
  let offset = 2;
  for (let segments = 0; segments < MAX_JPEG_SEGMENTS; segments++) {
    const marker = read(offset, 2);
    if (marker.length < 2 || marker[0] !== 0xff) return null;
    // Any number of 0xFF may pad before a marker.
    if (marker[1] === 0xff) {
      offset += 1;
      continue;
    }
    if (standsAlone(marker[1])) {
      offset += 2;
      continue;
    }
    if (marker[1] === 0xd9 || marker[1] === 0xda) return null; // end of image, or scan data before any frame
    const segment = read(offset + 2, 7);
    if (segment.length < 2) return null;
    if (isStartOfFrame(marker[1])) {
      if (segment.length < 7) return null;
      return { height: segment.readUInt16BE(3), width: segment.readUInt16BE(5) };
    }
    offset += 2 + segment.readUInt16BE(0);
  }
  return null;
}

function webpSize(read: ByteReader): ImageSize | null {
  const head = read(0, 30);
  if (head.length < 30 || head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WEBP') return null;
  switch (head.toString('latin1', 12, 16)) {
    case 'VP8 ':
      // Key frame: 3-byte tag, start code 9d 01 2a, then 14-bit width and height.
      if (head[23] !== 0x9d || head[24] !== 0x01 || head[25] !== 0x2a) return null;
      return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
    case 'VP8L': {
      if (head[20] !== 0x2f) return null;
      const bits = head.readUInt32LE(21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
    default:
      return null;
  }
}

const READERS: Record<string, (read: ByteReader) => ImageSize | null> = {
  'image/png': pngSize,
  'image/jpeg': jpegSize,
  'image/webp': webpSize,
};

/** The declared size of an image of type `mime`; null when the header cannot be read. */
export function imageSize(mime: string, read: ByteReader): ImageSize | null {
  const reader = READERS[mime];
  return reader ? reader(read) : null;
}

/** A reader over bytes in memory. */
export const bufferReader = (bytes: Buffer): ByteReader => (offset, length) => bytes.subarray(offset, offset + length);
