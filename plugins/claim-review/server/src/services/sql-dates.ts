import type { Core } from '@strapi/strapi';

/**
 * The only date arithmetic the quality queries need, spelt for each database Sanbao
 * runs on. Strapi stores a `date` as text `YYYY-MM-DD` in SQLite and as a real date in
 * PostgreSQL; the claim side avoids the question with denormalised columns
 * (claim.buildMonth), but the units' build month and days in service must be cut here.
 * Parameters are knex named bindings (`:name`).
 */
export interface SqlDates {
  /** `YYYY-MM` of a date column. */
  month(column: string): string;
  /** A bound ISO date, typed so that date arithmetic accepts it. */
  param(name: string): string;
  /** Whole days from `a` to `b` (b − a) of two date expressions. */
  daysBetween(a: string, b: string): string;
}

const SQLITE: SqlDates = {
  month: (column) => `substr(${column}, 1, 7)`,
  param: (name) => `:${name}`,
  daysBetween: (a, b) => `CAST(julianday(${b}) - julianday(${a}) AS INTEGER)`,
};

const POSTGRES: SqlDates = {
  month: (column) => `to_char(CAST(${column} AS timestamp), 'YYYY-MM')`,
  param: (name) => `CAST(:${name} AS date)`,
  daysBetween: (a, b) => `(${b} - ${a})`,
};

export function sqlDates(strapi: Core.Strapi): SqlDates {
  const client = String((strapi.db.config.connection as { client?: unknown }).client ?? '');
  if (client === 'sqlite' || client === 'better-sqlite3') return SQLITE;
  if (client === 'postgres' || client === 'pg') return POSTGRES;
  throw new Error(`claim-review quality analytics: unsupported database client "${client}" (SQLite and PostgreSQL are).`);
}
