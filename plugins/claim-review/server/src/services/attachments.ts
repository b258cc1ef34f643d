import path from 'path';
import type { Core } from '@strapi/strapi';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import type { ClaimRow } from './claim-store';
import { sha256OfFile } from './evidence-store';
import { isRowId } from './row-id';
import { type FileKind, type FileProblem, type UploadedFile, checkFile } from '../uploads/file-check';
import { MAX_FILE_BYTES, MAX_FILES_PER_CLAIM } from '../uploads/route-limits';

export type { UploadedFile } from '../uploads/file-check';
export { sniff } from '../uploads/file-check';
export { MAX_FILE_BYTES, MAX_FILES_PER_CLAIM } from '../uploads/route-limits';

export const ATTACHMENT_UID = 'plugin::claim-review.attachment';
/** Width × height a claim photo may declare (SANBAO_MAX_IMAGE_PIXELS / plugin config maxImagePixels). */
export const DEFAULT_MAX_IMAGE_PIXELS = 40_000_000;

/** Until the reviewer decides, the dealer may add evidence; afterwards the file is closed. */
const ATTACHABLE = ['draft', 'submitted', 'in_review', 'info_requested'];
/**
 * A file can be taken back only while the claim is the dealer's to edit: once the
 * reviewer is deciding, the evidence in front of them must not change under them.
 */
const REMOVABLE = ['draft', 'info_requested'];

/** One refused file of a batch, at its position in the request as sent. */
export interface RefusedFile {
  index: number;
  name: string;
  reason: FileProblem;
}

const declaredName = (file: UploadedFile) => path.basename(file.originalFilename || 'file');

/** The stored name follows the bytes, so a PNG called .exe is served as a PNG. */
function storedName(file: UploadedFile, kind: FileKind) {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not keep
  const base = declaredName(file).replace(/\.[^.]*$/, '').replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').slice(0, 100) || 'file';
  return `${base}${kind.ext}`;
}

/**
 * Fault photos and documents of a claim: bytes in the private evidence store
 * (services/evidence-store.ts, where no content role can touch them), one attachment
 * row each (its id is the file's id in the API) with the SHA-256 taken at upload, so a
 * photo reused on another claim is found and a changed file is seen. A batch is all or
 * nothing: every file is checked before any is stored, the rows and the audit event
 * are one transaction, and the stored files of a batch that fails are removed again.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const maxImagePixels = () => Number(plugin().config('maxImagePixels')) || DEFAULT_MAX_IMAGE_PIXELS;

  return {
    async attach(dealer: { code: string }, actor: Actor, number: string, files: UploadedFile[]) {
      const claim: ClaimRow = await plugin().service('claimStore').mustFind(number, { dealerCode: dealer.code });
      if (!ATTACHABLE.includes(claim.status)) throw new ApiError('WRONG_STATE');
      if (files.length === 0) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'required' } });
      if ((claim.photos?.length ?? 0) + files.length > MAX_FILES_PER_CLAIM) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'too_many' } });

      const limits = { maxBytes: MAX_FILE_BYTES, maxPixels: maxImagePixels() };
      const refused: RefusedFile[] = [];
      const accepted: Array<{ file: UploadedFile; kind: FileKind; width?: number; height?: number }> = [];
      // One at a time: each check may decode an image of up to maxPixels.
      for (const [index, file] of files.entries()) {
        const verdict = await checkFile(file, limits);
        if ('problem' in verdict) refused.push({ index, name: declaredName(file), reason: verdict.problem });
        else accepted.push({ file, kind: verdict.kind, width: verdict.size?.width, height: verdict.size?.height });
      }
      if (refused.length) throw new ApiError('VALIDATION_FAILED', { fields: { files: refused[0].reason }, files: refused });

      const described: Array<{ filepath: string; ext: string; name: string; mime: string; size: number; sha256: string }> = [];
      for (const { file, kind } of accepted) {
        described.push({ filepath: file.filepath, ext: kind.ext, name: storedName(file, kind), mime: kind.mime, size: file.size, sha256: await sha256OfFile(file.filepath) });
      }

      const store = plugin().service('evidenceStore');
      const stored: string[] = [];
      try {
        for (const d of described) stored.push(await store.put(d.filepath, d.ext));
        await strapi.db.transaction(async () => {
          const fresh: ClaimRow = await plugin().service('claimStore').mustFind(number, { dealerCode: dealer.code });
          if (!ATTACHABLE.includes(fresh.status)) throw new ApiError('WRONG_STATE');
          if ((fresh.photos?.length ?? 0) + stored.length > MAX_FILES_PER_CLAIM) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'too_many' } });
          // The version check serialises two batches on one claim: the later one sees the count of the first.
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
