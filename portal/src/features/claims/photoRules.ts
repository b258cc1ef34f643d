/**
 * The attachment rules the server enforces too (issue: jpg/png/webp/pdf, ≤ 10 MB each,
 * ≤ 10 per claim); checked here first so a dealer on a phone link does not wait for a
 * 9 MB upload to be refused.
 */
export const PHOTO_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'pdf'];
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS_PER_CLAIM = 10;
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf';

export type PhotoProblem = 'type' | 'size' | 'count';

function extension(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i + 1).toLowerCase();
}

/** Some old Android browsers give an empty MIME type; the extension decides then. */
export function photoProblem(file: File): PhotoProblem | null {
  const typeOk = file.type ? file.type in PHOTO_TYPES : PHOTO_EXTENSIONS.includes(extension(file.name));
  if (!typeOk) return 'type';
  if (file.size > MAX_PHOTO_BYTES) return 'size';
  return null;
}

/** Splits a selection into what may go up and what may not, counting what the claim holds. */
export function screenPhotos(files: File[], alreadyAttached: number): { ok: File[]; refused: { file: File; problem: PhotoProblem }[] } {
  const ok: File[] = [];
  const refused: { file: File; problem: PhotoProblem }[] = [];
  for (const file of files) {
    const problem = photoProblem(file);
    if (problem) refused.push({ file, problem });
    else if (alreadyAttached + ok.length >= MAX_PHOTOS_PER_CLAIM) refused.push({ file, problem: 'count' });
    else ok.push(file);
  }
  return { ok, refused };
}

export function isImage(mimeOrName: string): boolean {
  return /^image\//.test(mimeOrName) || /\.(jpe?g|png|webp)$/i.test(mimeOrName);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(Math.round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}
