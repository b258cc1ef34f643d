import path from 'path';
import type { Core } from '@strapi/strapi';
import { COMPLAINT_DOCUMENTS_MAX, type ComplaintDocument } from '../../../shared';
import { ApiError } from '../api-error';
import { ATTACHMENT_UID, DEFAULT_MAX_IMAGE_PIXELS } from './attachments';
import type { Actor } from './audit';
import { sha256OfFile } from './evidence-store';
import { refuseUnlessOwnerOfOpen } from './complaint-moves';
import type { ComplaintRow } from './complaint-store';
import { type FileKind, type UploadedFile, checkFile } from '../uploads/file-check';
import { MAX_FILE_BYTES } from '../uploads/route-limits';

/**
 * The owner column of a complaint document's attachment row. No dealer has this code (codes
 * are letters, digits and dashes), so no dealer route ever finds the file; staff read it by
 * its signed link like any evidence, and the start-up orphan sweep sees its row.
 */
export const COMPLAINT_FILES = '~complaint';

const baseName = (file: UploadedFile) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not keep
  path.basename(file.originalFilename || 'document').replace(/\.[^.]*$/, '').replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').slice(0, 100) || 'document';

/**
 * Documents of a complaint's resolution (回复函, 处理记录, photos): checked by their bytes,
 * kept in the private evidence store, one attachment row each; named by the resolution.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const q = () => strapi.db.query(ATTACHMENT_UID);

  const service = {
    async of(number: string, now = new Date()): Promise<ComplaintDocument[]> {
      const rows = await q().findMany({ where: { claimNumber: number, dealerCode: COMPLAINT_FILES }, orderBy: [{ id: 'asc' }] });
      return rows.map((r: any) => ({ id: r.id, name: r.name, mime: r.mime, size: r.sizeInBytes, url: plugin().service('evidenceLinks').urlFor(r.id, now) }));
    },

    /** All or nothing: every file checked before any is stored; stored files of a failed batch removed again. */
    async upload(number: string, actor: Actor, files: UploadedFile[]): Promise<ComplaintDocument[]> {
      // A request with nothing to store is bad input, answered before the complaint is looked at.
      if (files.length === 0) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'required' } });
      const row: ComplaintRow = await plugin().service('complaintStore').mustFind(number);
      refuseUnlessOwnerOfOpen(row, actor);
      const count = () => q().count({ where: { claimNumber: number, dealerCode: COMPLAINT_FILES } });
      if ((await count()) + files.length > COMPLAINT_DOCUMENTS_MAX) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'too_many' } });
      const limits = { maxBytes: MAX_FILE_BYTES, maxPixels: Number(plugin().config('maxImagePixels')) || DEFAULT_MAX_IMAGE_PIXELS };
      const accepted: Array<{ file: UploadedFile; kind: FileKind }> = [];
      const refused: Array<{ index: number; name: string; reason: string }> = [];
      for (const [index, file] of files.entries()) {
        const verdict = await checkFile(file, limits);
        if ('problem' in verdict) refused.push({ index, name: path.basename(file.originalFilename || 'document'), reason: verdict.problem });
        else accepted.push({ file, kind: verdict.kind });
      }
      if (refused.length) throw new ApiError('VALIDATION_FAILED', { fields: { files: refused[0].reason }, files: refused });

      const store = plugin().service('evidenceStore');
      const stored: string[] = [];
      try {
        const described: Array<{ name: string; mime: string; size: number; sha256: string }> = [];
        for (const { file, kind } of accepted) {
          described.push({ name: `${baseName(file)}${kind.ext}`, mime: kind.mime, size: file.size, sha256: await sha256OfFile(file.filepath) });
          stored.push(await store.put(file.filepath, kind.ext));
        }
        await strapi.db.transaction(async () => {
          const fresh: ComplaintRow = await plugin().service('complaintStore').mustFind(number);
          refuseUnlessOwnerOfOpen(fresh, actor);
          if ((await count()) + stored.length > COMPLAINT_DOCUMENTS_MAX) throw new ApiError('VALIDATION_FAILED', { fields: { files: 'too_many' } });
          // The version check serialises two batches (and a batch against the closing call).
          await plugin().service('complaintStore').bump(fresh, {});
          for (const [i, d] of described.entries()) {
            await q().create({ data: { claimNumber: number, dealerCode: COMPLAINT_FILES, storageKey: stored[i], sha256: d.sha256, name: d.name, mime: d.mime, sizeInBytes: d.size, uploadedBy: actor.name } });
          }
          await plugin().service('complaintStore').appendEvent({ complaintNumber: number, event: 'documents_added', actor, data: { files: described.map((d) => ({ name: d.name, sha256: d.sha256 })) } });
        });
      } catch (error) {
        for (const key of stored) await store.remove(key).catch(() => undefined);
        throw error;
      }
      return service.of(number);
    },
  };
  return service;
};
