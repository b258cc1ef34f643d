import { createHash, randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * Where claim evidence (fault photos, scanned documents) lives: a private folder
 * outside the Media Library and outside `public/`, so no content role can list,
 * replace or delete a file and no static route serves one. Files are named by a
 * random key; only the plugin's attachment rows know which claim a key belongs to.
 */
export interface EvidenceFile {
  key: string;
  sha256: string;
}

export interface Integrity {
  sha256: string | null;
  intact: boolean;
}

const KEY = /^[0-9a-f]{32}\.[a-z]{3,4}$/;

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file).on('data', (chunk) => hash.update(chunk)).on('error', reject).on('end', () => resolve(hash.digest('hex')));
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Re-hashing a 10 MB photo on every staff read is wasteful: a hash holds while the file's identity, size and times do. */
  const hashes = new Map<string, { stamp: string; sha256: string }>();

  const dir = () => {
    const configured = strapi.config.get('plugin::claim-review.evidence.dir') as string | undefined;
    return path.resolve(configured || path.join(strapi.dirs.app.root, 'private', 'evidence'));
  };

  const pathOf = (key: string) => {
    // Keys come from our own rows, but a path is only ever built from one that looks like ours.
    if (!KEY.test(key)) throw new Error(`not an evidence key: ${key}`);
    return path.join(dir(), key.slice(0, 2), key);
  };

  /** A new key's file, written by `write` (which must not overwrite), mode 0600: the server alone reads it. */
  async function place(ext: string, write: (target: string) => Promise<void>): Promise<string> {
    const key = `${randomBytes(16).toString('hex')}${ext}`;
    const target = pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await write(target);
    await fs.promises.chmod(target, 0o600);
    return key;
  }

  const service = {
    dir,
    pathOf,

    /** Copies an uploaded temp file in; the caller removes the temp file. */
    put(source: string, ext: string): Promise<string> {
      return place(ext, (target) => fs.promises.copyFile(source, target, fs.constants.COPYFILE_EXCL));
    },

    /** Bytes the server holds (a signature drawn on the phone, decoded from its data URL). */
    putBytes(bytes: Buffer, ext: string): Promise<string> {
      return place(ext, (target) => fs.promises.writeFile(target, bytes, { flag: 'wx', mode: 0o600 }));
    },

    async remove(key: string): Promise<void> {
      await fs.promises.rm(pathOf(key), { force: true });
    },

    /**
     * Files no attachment row names, older than `graceMs` (a batch may be storing its
     * files before its transaction writes their rows): what a process killed between
     * the two leaves. They are removed; answers how many.
     */
    async sweepOrphans(now: Date, graceMs: number): Promise<number> {
      const root = dir();
      const shards = await fs.promises.readdir(root).catch(() => [] as string[]);
      let removed = 0;
      for (const shard of shards) {
        const names = await fs.promises.readdir(path.join(root, shard)).catch(() => [] as string[]);
        for (const key of names.filter((name) => KEY.test(name))) {
          const stat = await fs.promises.stat(pathOf(key)).catch(() => null);
          if (!stat || now.getTime() - stat.mtimeMs < graceMs) continue;
          const named = await strapi.db.query('plugin::claim-review.attachment').count({ where: { storageKey: key } });
          if (named === 0) {
            await service.remove(key);
            removed += 1;
          }
        }
      }
      return removed;
    },

    /** Whether the bytes on disk still hash to what was recorded at upload; a missing file is not intact. */
    async integrity(key: string | null | undefined, recorded: string): Promise<Integrity> {
      if (!key) return { sha256: recorded, intact: false };
      const file = pathOf(key);
      let stat: fs.Stats;
      try {
        stat = await fs.promises.stat(file);
      } catch {
        return { sha256: recorded, intact: false };
      }
      const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
      let cached = hashes.get(key);
      if (!cached || cached.stamp !== stamp) {
        cached = { stamp, sha256: await sha256OfFile(file) };
        hashes.set(key, cached);
      }
      return { sha256: recorded, intact: cached.sha256 === recorded };
    },
  };
  return service;
};
