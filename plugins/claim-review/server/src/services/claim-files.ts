import { randomBytes } from 'crypto';
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { CLAIM_UID } from './claim-store';

const FILE_UID = 'plugin::upload.file';
/** Names the upload-plugin files this plugin makes, so a restart can find the unlinked ones. */
export const CLAIM_FILE_PREFIX = 'claim_';

export interface FileToStore {
  filepath: string;
  name: string;
  mime: string;
  size: number;
  width?: number;
  height?: number;
}

export interface StoredFile {
  id: number;
  url: string;
  [key: string]: unknown;
}

/**
 * Claim files in Strapi's upload plugin, kept as sent: no thumbnails or responsive
 * formats (a claim photo is evidence, its bytes must match its SHA-256, and deriving
 * formats decodes the whole image). A file is stored unlinked, then linked to its claim
 * inside the caller's transaction; an unlinked one is either discarded by the request
 * that made it or, if the process died first, swept at the next start.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async store(file: FileToStore): Promise<StoredFile> {
    const upload = strapi.plugin('upload');
    const data = await upload.service('upload').formatFileInfo({ filename: file.name, type: file.mime, size: file.size });
    Object.assign(data, {
      hash: `${CLAIM_FILE_PREFIX}${randomBytes(16).toString('hex')}`,
      width: file.width,
      height: file.height,
      filepath: file.filepath,
      getStream: () => fs.createReadStream(file.filepath),
    });
    await upload.service('provider').upload(data);
    delete data.getStream;
    data.provider = strapi.config.get('plugin::upload.provider');
    try {
      return await strapi.db.query(FILE_UID).create({ data });
    } catch (error) {
      await upload.provider.delete(data).catch(() => undefined);
      throw error;
    }
  },

  /** Run inside the caller's transaction, with the claim's attachment rows. */
  async link(files: StoredFile[], claimId: number) {
    for (const file of files) {
      await strapi.db.query(FILE_UID).update({
        where: { id: file.id },
        data: { related: [{ id: claimId, __type: CLAIM_UID, __pivot: { field: 'photos' } }] },
      });
    }
  },

  async discard(files: StoredFile[]) {
    for (const file of files) {
      await strapi
        .plugin('upload')
        .service('upload')
        .remove(file)
        .catch((error: Error) => strapi.log.warn(`[claim-review] could not remove stored file ${file.id}: ${error.message}`));
    }
  },

  /**
   * Files this plugin stored that no claim links to, older than `graceMs` (an upload of
   * another instance may still be linking its own): what a process killed between
   * storing and linking leaves. Answers how many were removed.
   */
  async sweepOrphans(now: Date, graceMs: number): Promise<number> {
    const candidates: Array<StoredFile & { related?: unknown[] }> = await strapi.db.query(FILE_UID).findMany({
      where: { hash: { $startsWith: CLAIM_FILE_PREFIX }, createdAt: { $lt: new Date(now.getTime() - graceMs) } },
      populate: { related: true },
    });
    const orphans = [];
    for (const file of candidates) {
      if (file.related?.length) continue;
      const attached = await strapi.db.query('plugin::claim-review.attachment').count({ where: { fileId: file.id } });
      if (!attached) orphans.push(file);
    }
    await this.discard(orphans);
    return orphans.length;
  },
});
