import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { dialectOf, incrementCounter } from './sql-dialect';

const TABLE = 'claim_review_counters';

/**
 * Document numbers (CR-202611-00042, ST-202611-0007, SH-…) from a counter row per
 * prefix and month. The increment runs inside the caller's transaction: a rolled back
 * write gives its number back, so numbers stay gap-free. The upsert's row lock
 * serialises concurrent writers on PostgreSQL and MySQL (SQLite serialises whole writes).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async next(trx: Knex.Transaction, prefix: string, period: string, width: number): Promise<string> {
    const key = `${prefix}-${period}`;
    const value = await incrementCounter(dialectOf(strapi), trx, TABLE, key);
    return `${key}-${String(value).padStart(width, '0')}`;
  },
});
