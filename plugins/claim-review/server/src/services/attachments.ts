import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { CLAIM_UID, type ClaimRow } from './claim-store';
import { sha256OfFile } from './evidence-store';
import { isRowId } from './row-id';

export const ATTACHMENT_UID = 'plugin::claim-review.attachment';
export const MAX_FILES_PER_CLAIM = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Until the reviewer decides, the dealer may add evidence; afterwards the file is closed. */
const ATTACHABLE = ['draft', 'submitted', 'in_review', 'info_requested'];
/**
 * A file can be taken back only while the claim is the dealer's to edit: once the
 * reviewer is deciding, the evidence in front of them must not change under them.
 */
const REMOVABLE = ['draft', 'info_requested'];

/** A multipart file as koa-body (formidable) hands it over. */
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

/** The file's type from its first bytes (magic numbers); the name and the declared type are not trusted. */
export function sniff(head: Buffer): (typeof KINDS)[number] | null {
  return KINDS.find((k) => k.test(head)) ?? null;
}

function readHead(file: string, bytes = 16): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Fault photos and documents of a claim: bytes in the private evidence store, one
 * attachment row each (its id is the file's id in the API) with the SHA-256 taken at
 * upload, so a photo reused on another claim is found and a changed file is seen.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');

  return {
    async attach(dealer: { code: string }, actor: Actor, number: string, files: UploadedFile[]) {
      const claim: ClaimRow = await plugin().service('claimStore').mustFind(number, { dealerCode: dealer.code });
      if (!ATTACHABLE.includes(claim.status)) throw new ApiError('WRONG_STATE');
      if (files.length === 0) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'required' } });

      const fields: Record<string, string> = {};
      const already = claim.photos?.length ?? 0;
      if (already + files.length > MAX_FILES_PER_CLAIM) fields.files = 'too_many';
      // The multipart parser hands files over as they finish, not in the request's order,
      // so a refusal names the field, not a position: one bad file refuses the batch.
      const accepted = files.map((file) => ({ file, kind: sniff(readHead(file.filepath)) }));
      if (!fields.files && accepted.some(({ file }) => file.size > MAX_FILE_BYTES)) fields.files = 'too_big';
      if (!fields.files && accepted.some(({ kind }) => !kind)) fields.files = 'invalid_format';
      if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', { fields });

      const described = await Promise.all(
        accepted.map(async ({ file, kind }) => {
          const declared = path.basename(file.originalFilename || 'file');
          // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not keep
          const base = declared.replace(/\.[^.]*$/, '').replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').slice(0, 100) || 'file';
          // The stored name and type follow the bytes, so a PNG called .exe is served as a PNG.
          const name = `${base}${kind!.ext}`;
          Object.assign(file, { mimetype: kind!.mime, detectedMimeType: kind!.mime, originalFilename: name });
          return { file: { filepath: file.filepath, kind: kind! }, name, mime: kind!.mime, size: file.size, sha256: await sha256OfFile(file.filepath) };
        }),
      );

      // Evidence lives outside the Media Library (services/evidence-store.ts): no content role can touch it.
      const store = plugin().service('evidenceStore');
      const stored: string[] = [];
      try {
        for (const d of described) stored.push(await store.put(d.file.filepath, d.file.kind.ext));
        await strapi.db.transaction(async () => {
          const fresh: ClaimRow = await plugin().service('claimStore').mustFind(number, { dealerCode: dealer.code });
          // Two uploads at once may each have passed the first count.
          if ((fresh.photos?.length ?? 0) + described.length > MAX_FILES_PER_CLAIM) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'too_many' } });
          if (!ATTACHABLE.includes(fresh.status)) throw new ApiError('WRONG_STATE');
          await plugin().service('claimStore').bump(fresh, {});
          const created: Array<{ id: number }> = [];
          for (const [i, d] of described.entries()) {
            created.push(
              await strapi.db.query(ATTACHMENT_UID).create({
                data: { claimNumber: number, dealerCode: dealer.code, storageKey: stored[i], sha256: d.sha256, name: d.name, mime: d.mime, sizeInBytes: d.size, uploadedBy: actor.name },
              }),
            );
          }
          await plugin().service('audit').append({
            claim: fresh,
            type: 'attachment_added',
            actor,
            after: { files: described.map((d, i) => ({ id: created[i].id, name: d.name, mime: d.mime, size: d.size, sha256: d.sha256 })) },
          });
        });
      } catch (error) {
        for (const key of stored) await store.remove(key).catch(() => undefined);
        throw error;
      }
      return plugin().service('claims').findOne(dealer, number);
    },

    /** Takes a wrong file back (a blurred photo, the customer's face); the audit trail keeps its name and hash. */
    async remove(dealer: { code: string }, actor: Actor, number: string, fileId: number) {
      let storageKey: string | null = null;
      await strapi.db.transaction(async () => {
        const fresh: ClaimRow = await plugin().service('claimStore').mustFind(number, { dealerCode: dealer.code });
        const attachment = isRowId(fileId) ? await strapi.db.query(ATTACHMENT_UID).findOne({ where: { claimNumber: number, id: fileId } }) : null;
        if (!attachment) throw new ApiError('NOT_FOUND');
        if (!REMOVABLE.includes(fresh.status)) throw new ApiError('WRONG_STATE');
        await plugin().service('claimStore').bump(fresh, {});
        storageKey = attachment.storageKey ?? null;
        await strapi.db.query(ATTACHMENT_UID).delete({ where: { id: attachment.id } });
        await plugin().service('audit').append({
          claim: fresh,
          type: 'attachment_removed',
          actor,
          before: { file: { id: attachment.id, name: attachment.name, mime: attachment.mime, size: attachment.sizeInBytes, sha256: attachment.sha256 } },
        });
      });
      // The stored file goes after the commit: a rollback must not leave a claim pointing at nothing.
      if (storageKey) await plugin().service('evidenceStore').remove(storageKey).catch((error: Error) => strapi.log.warn(`[claim-review] could not delete file ${fileId}: ${error.message}`));
      return plugin().service('claims').findOne(dealer, number);
    },
  };
};
