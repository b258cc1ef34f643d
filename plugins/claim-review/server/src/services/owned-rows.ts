import type { Core } from '@strapi/strapi';

/**
 * Inserts rows that belong to one parent (claim lines, audit events) in two statements:
 * the rows, then their links to the parent. Strapi's create() spends four statements on
 * each row (insert, max(order), link, read back), and a submitted claim writes a dozen.
 * Runs in the caller's transaction when there is one.
 */
export async function insertOwned(strapi: Core.Strapi, uid: string, relation: string, ownerId: number, rows: Record<string, unknown>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const joinTable = (strapi.db.metadata.get(uid as any).attributes[relation] as any).joinTable;
  const schema = strapi.db.getSchemaName();
  return strapi.db.transaction(async ({ trx }) => {
    const ids = (await strapi.db.query(uid as any).createMany({ data: rows })).ids.map(Number);
    const links = trx(joinTable.name);
    // The order column only has to grow with insertion, and the row id does.
    await (schema ? links.withSchema(schema) : links).insert(
      ids.map((id) => ({
        [joinTable.joinColumn.name]: id,
        [joinTable.inverseJoinColumn.name]: ownerId,
        [joinTable.inverseOrderColumnName]: id,
      })),
    );
    return ids;
  });
}
