import type { Core } from '@strapi/strapi';
import { listAnswer, pageWindow } from '../../../shared';

/** Master data the staff pages choose from, read from the CMS's own collections. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Dealers by code, optionally matching `q` in code or name. */
  async dealers(query: { page: number; pageSize: number; q?: string }) {
    const where = query.q
      ? { $or: [{ code: { $containsi: query.q } }, { name: { $containsi: query.q } }, { nameEn: { $containsi: query.q } }] }
      : {};
    const { start, limit } = pageWindow(query.page, query.pageSize);
    const [rows, total] = await Promise.all([
      strapi.db.query('api::dealer.dealer').findMany({
        where,
        select: ['code', 'name', 'nameEn', 'region', 'tier', 'suspended'],
        orderBy: { code: 'asc' },
        offset: start,
        limit,
      }),
      strapi.db.query('api::dealer.dealer').count({ where }),
    ]);
    const data = rows.map((d: any) => ({ code: d.code, name: d.name, nameEn: d.nameEn ?? null, region: d.region ?? null, tier: d.tier, suspended: Boolean(d.suspended) }));
    return listAnswer(data, query.page, query.pageSize, total);
  },
});
