import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export type Dialect = 'sqlite' | 'postgres' | 'mysql';

/**
 * The database family Strapi runs on. Every statement the plugin writes itself is the
 * same text on all three, quoted the standard way ("name": MySQL reads it so under
 * ANSI_QUOTES, set in cms/config/database-settings.ts); what differs is asked here.
 */
export function dialectOf(strapi: Core.Strapi): Dialect {
  const client = String((strapi.db.config.connection as { client?: unknown }).client ?? '');
  if (client === 'sqlite' || client === 'better-sqlite3') return 'sqlite';
  if (client === 'postgres' || client === 'pg') return 'postgres';
  if (client === 'mysql' || client === 'mysql2') return 'mysql';
  throw new Error(`claim-review: unsupported database client "${client}" (SQLite, PostgreSQL, MySQL 8 and MariaDB are).`);
}

/** The rows of a `knex.raw` answer: an array on SQLite, `.rows` on PostgreSQL, `[rows, fields]` on MySQL. */
export function rowsOf(dialect: Dialect, result: unknown): Record<string, unknown>[] {
  if (dialect === 'mysql') return (result as [Record<string, unknown>[]])[0];
  return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
}

/**
 * Runs a multi-row INSERT and answers the new ids in the order of its VALUES list. MySQL 8
 * has no RETURNING: one INSERT of a known number of rows gets consecutive ids from
 * LAST_INSERT_ID() on (true in every InnoDB auto-increment lock mode for such "simple
 * inserts"), which is also what MariaDB does.
 */
export async function insertReturningIds(dialect: Dialect, db: Knex, insertSql: string, bindings: readonly unknown[], rowCount: number): Promise<number[]> {
  if (dialect === 'mysql') {
    const [result] = (await db.raw(insertSql, bindings as unknown[])) as unknown as [{ insertId: number; affectedRows: number }];
    return Array.from({ length: rowCount }, (_, i) => Number(result.insertId) + i);
  }
  const rows = rowsOf(dialect, await db.raw(`${insertSql} RETURNING id`, bindings as unknown[]));
  // Ids grow in the order of the VALUES list, which RETURNING does not promise to keep.
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/**
 * Adds one to a counter row (created at 1) and answers the new value, in the caller's
 * transaction. SQLite and PostgreSQL do it in one upsert with RETURNING; MySQL upserts
 * with ON DUPLICATE KEY and reads the row back under the lock the upsert holds.
 */
export async function incrementCounter(dialect: Dialect, trx: Knex.Transaction, table: string, key: string): Promise<number> {
  const now = new Date();
  if (dialect === 'mysql') {
    await trx(table)
      .insert({ key, value: 1, created_at: now, updated_at: now })
      .onConflict('key')
      .merge({ value: trx.raw('?? + 1', ['value']), updated_at: now });
    const row = await trx(table).where({ key }).first('value');
    return Number(row.value);
  }
  const rows = await trx(table)
    .insert({ key, value: 1, created_at: now, updated_at: now })
    .onConflict('key')
    .merge({ value: trx.raw('??.?? + 1', [table, 'value']), updated_at: now })
    .returning('value');
  return Number(typeof rows[0] === 'object' ? (rows[0] as { value: number }).value : rows[0]);
}
