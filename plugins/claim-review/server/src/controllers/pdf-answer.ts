import type { Context } from 'koa';

/** A file download: the bytes, their type, a file name, and the SHA-256 as a strong ETag when known. */
export function sendFile(ctx: Context, file: { bytes: Buffer | string; type: string; filename: string; sha256?: string | null }) {
  ctx.type = file.type;
  ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
  ctx.set('Cache-Control', 'private, no-cache');
  if (file.sha256) ctx.set('ETag', `"${file.sha256}"`);
  ctx.body = file.bytes;
}
