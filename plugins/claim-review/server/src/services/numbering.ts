import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

const TABLE = 'claim_review_counters';

/**
 * Document numbers (CR-202611-00042, ST-202611-0007, SH-…) from a counter row per
 * prefix and month. The increment runs inside the caller's transaction: a rolled back
 * write gives its number back, so numbers stay gap-free. It is one upsert (SQLite
 * 3.35+ and PostgreSQL both take ON CONFLICT … DO UPDATE … RETURNING): the row lock it
 * takes serialises concurrent writers on PostgreSQL (SQLite serialises whole writes).
 */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({
  async next(trx: Knex.Transaction, prefix: string, period: string, width: number): Promise<string> {
    const key = `${prefix}-${period}`;
    const now = new Date();
    const rows = await trx(TABLE)
      .insert({ key, value: 1, created_at: now, updated_at: now })
      .onConflict('key')
      .merge({ value: trx.raw('??.?? + 1', [TABLE, 'value']), updated_at: now })
      .returning('value');
    const value = typeof rows[0] === 'object' ? (rows[0] as { value: number }).value : rows[0];
    return `${key}-${String(value).padStart(width, '0')}`;
  },
});
