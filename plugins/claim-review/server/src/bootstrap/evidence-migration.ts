import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { ATTACHMENT_UID } from '../services/attachments';

/**
 * Claim files uploaded before the private evidence store lived in the Media Library
 * (public, listed to every content role). At start, each is copied into the store
 * and taken out of the Media Library; the attachment row keeps its SHA-256 from the
 * upload, so a file already changed there shows as not intact.
 */
export async function moveEvidenceOutOfMediaLibrary(strapi: Core.Strapi): Promise<void> {
  const legacy = await strapi.db.query(ATTACHMENT_UID).findMany({ where: { storageKey: { $null: true }, fileId: { $notNull: true } } });
  let moved = 0;
  for (const row of legacy) {
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id: row.fileId } });
    const source = file && file.provider === 'local' && typeof file.url === 'string' ? path.join(strapi.dirs.static.public, file.url) : null;
    if (!source || !fs.existsSync(source)) {
      strapi.log.warn(`[claim-review] attachment ${row.id} of claim ${row.claimNumber}: Media Library file ${row.fileId} not found on local disk; left where it is`);
      continue;
    }
    const ext = path.extname(file.url).toLowerCase() || '.bin';
    const key = await strapi.plugin('claim-review').service('evidenceStore').put(source, /^\.[a-z]{3,4}$/.test(ext) ? ext : '.bin');
    await strapi.db.query(ATTACHMENT_UID).update({ where: { id: row.id }, data: { storageKey: key } });
    await strapi.plugin('upload').service('upload').remove(file);
    moved += 1;
  }
  if (moved) strapi.log.info(`[claim-review] moved ${moved} claim file(s) out of the Media Library into the private evidence store`);
}
