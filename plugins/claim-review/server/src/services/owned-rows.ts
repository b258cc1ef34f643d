import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { sqlSchema } from './sql-schema';

/**
 * Links new rows of `uid` to other rows through a to-one `relation`, in one insert
 * (one link row per pair). Where the other side keeps an order (a claim's lines), the
 * row id is the order: it only has to grow with insertion, and the id does.
 */
export async function insertLinks(strapi: Core.Strapi, trx: Knex.Transaction, uid: string, relation: string, pairs: Array<[number, number]>): Promise<void> {
  if (pairs.length === 0) return;
  const link = sqlSchema(strapi).link(uid, relation);
  const schema = strapi.db.getSchemaName();
  const table = trx(link.name);
  await (schema ? table.withSchema(schema) : table).insert(
    pairs.map(([id, otherId]) => ({ [link.own]: id, [link.other]: otherId, ...(link.order ? { [link.order]: id } : {}) })),
  );
}

/**
 * Inserts rows that belong to one parent (claim lines, audit events) in two statements:
 * the rows, then their links to the parent. Strapi's create() spends four statements on
 * each row (insert, max(order), link, read back), and a submitted claim writes a dozen.
 * Runs in the caller's transaction when there is one; answers the new ids in row order.
 */
export async function insertOwned(strapi: Core.Strapi, uid: string, relation: string, ownerId: number, rows: Record<string, unknown>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  return strapi.db.transaction(async ({ trx }) => {
    const ids = await sqlSchema(strapi).insert(uid, rows);
    await insertLinks(strapi, trx, uid, relation, ids.map((id) => [id, ownerId]));
    return ids;
  });
}
