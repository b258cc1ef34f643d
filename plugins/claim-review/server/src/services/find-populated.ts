import type { Core } from '@strapi/strapi';

type Populate = Record<string, unknown>;

/**
 * findOne with `populate`. Strapi populates the relations of one level in parallel
 * (Promise.all in its populate helper), which a transaction cannot take: all its queries
 * share one connection, pg warns "client is already executing a query" and pg 9 will
 * refuse. Inside a transaction each relation is read by its own query, one after the
 * other; outside, the parallel populate on the pool stays (it was a measured win).
 */
export async function findOnePopulated<T = any>(strapi: Core.Strapi, uid: string, params: { where: Record<string, unknown>; select?: string[]; populate: Populate }): Promise<T | null> {
  const keys = Object.keys(params.populate);
  if (keys.length < 2 || !strapi.db.inTransaction()) return strapi.db.query(uid as any).findOne(params) as Promise<T | null>;
  const [first, ...rest] = keys;
  const row = await strapi.db.query(uid as any).findOne({ ...params, populate: { [first]: params.populate[first] } });
  if (!row) return null;
  for (const key of rest) {
    const related = await strapi.db.query(uid as any).findOne({ where: { id: row.id }, select: ['id'], populate: { [key]: params.populate[key] } });
    row[key] = related?.[key] ?? null;
  }
  return row as T;
}
