import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { ATTACHMENT_UID } from './attachments';

/** A claim's file as claim answers list it; `url` is a short-lived signed link. */
export interface ClaimPhoto {
  id: number;
  name: string;
  mime: string;
  /** kB of 1,000 bytes, two decimals, as Strapi's Media Library counted it before. */
  size: number;
  bytes: number;
  url: string;
  createdAt: string | Date | null;
  sha256: string;
  storageKey: string | null;
}

interface AttachmentRow {
  id: number;
  claimNumber: string;
  dealerCode: string;
  storageKey: string | null;
  sha256: string;
  name: string | null;
  mime: string | null;
  sizeInBytes: number | null;
  createdAt: string | Date | null;
}

/** The files of claims, and the bytes behind a signed link. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');

  const photoOf = (row: AttachmentRow, now?: Date): ClaimPhoto => ({
    id: row.id,
    name: row.name ?? `#${row.id}`,
    mime: row.mime ?? 'application/octet-stream',
    size: Math.round((row.sizeInBytes ?? 0) / 10) / 100,
    bytes: row.sizeInBytes ?? 0,
    url: plugin().service('evidenceLinks').urlFor(row.id, now),
    createdAt: row.createdAt,
    sha256: row.sha256,
    storageKey: row.storageKey,
  });

  return {
    async of(number: string, now?: Date): Promise<ClaimPhoto[]> {
      const rows: AttachmentRow[] = await strapi.db.query(ATTACHMENT_UID).findMany({ where: { claimNumber: number }, orderBy: { id: 'asc' } });
      return rows.map((row) => photoOf(row, now));
    },

    /** Each photo with whether its bytes still hash to the SHA-256 recorded at upload. */
    async withIntegrity(photos: ClaimPhoto[]) {
      const store = plugin().service('evidenceStore');
      return Promise.all(
        photos.map(async (p) => {
          const { intact } = await store.integrity(p.storageKey, p.sha256);
          return { id: p.id, name: p.name, url: p.url, mime: p.mime, size: p.size, sha256: p.sha256, intact };
        }),
      );
    },

    /** The file a link or a dealer's request names; null when there is none (an unknown id, a claim of another dealer). */
    async open(id: number, scope: { dealerCode?: string; claimNumber?: string } = {}) {
      const where: Record<string, unknown> = { id };
      if (scope.dealerCode) where.dealerCode = scope.dealerCode;
      if (scope.claimNumber) where.claimNumber = scope.claimNumber;
      const row: AttachmentRow | null = await strapi.db.query(ATTACHMENT_UID).findOne({ where });
      if (!row?.storageKey) return null;
      const file = plugin().service('evidenceStore').pathOf(row.storageKey);
      try {
        await fs.promises.access(file, fs.constants.R_OK);
      } catch {
        return null;
      }
      return { name: row.name ?? `${row.id}`, mime: row.mime ?? 'application/octet-stream', stream: fs.createReadStream(file) };
    },
  };
};
