import sharp from 'sharp';
import { bufferReader, imageSize } from '../image-size';
import { jpegDeclaring, pngDeclaring, webpDeclaring } from './image-bombs';

const sizeOf = (mime: string, bytes: Buffer) => imageSize(mime, bufferReader(bytes));
const image = () => sharp({ create: { width: 321, height: 123, channels: 3, background: '#2a6' } });

describe('image size from the header', () => {
  it('reads real PNG, JPEG (after its EXIF segment) and WebP (lossy, lossless, extended) files', async () => {
    expect(sizeOf('image/png', await image().png().toBuffer())).toEqual({ width: 321, height: 123 });
    const exif = await image().withMetadata({ exif: { IFD0: { Copyright: 'x'.repeat(2000) } } }).jpeg().toBuffer();
    expect(sizeOf('image/jpeg', exif)).toEqual({ width: 321, height: 123 });
    expect(sizeOf('image/webp', await image().webp().toBuffer())).toEqual({ width: 321, height: 123 });
    expect(sizeOf('image/webp', await image().webp({ lossless: true }).toBuffer())).toEqual({ width: 321, height: 123 });
    const extended = await sharp({ create: { width: 321, height: 123, channels: 4, background: '#2a6a' } }).webp({ lossless: false, alphaQuality: 50 }).toBuffer();
    expect(sizeOf('image/webp', extended)).toEqual({ width: 321, height: 123 });
  });

  it('reads what a bomb declares, however little data follows', () => {
    expect(sizeOf('image/png', pngDeclaring(60000, 60000))).toEqual({ width: 60000, height: 60000 });
    expect(sizeOf('image/jpeg', jpegDeclaring(65000, 64000))).toEqual({ width: 65000, height: 64000 });
    expect(sizeOf('image/webp', webpDeclaring(16000, 16000))).toEqual({ width: 16000, height: 16000 });
  });

  it('answers null for a header it cannot read', () => {
    expect(sizeOf('image/png', Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBeNull();
    expect(sizeOf('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBeNull();
    expect(sizeOf('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0, 0, 0]))).toBeNull();
    expect(sizeOf('image/webp', Buffer.from('RIFF\0\0\0\0WEBPVP9 ', 'latin1'))).toBeNull();
    expect(sizeOf('application/pdf', Buffer.from('%PDF-1.4'))).toBeNull();
  });
});
