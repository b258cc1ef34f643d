import type { Core } from '@strapi/strapi';
import { dialectOf } from './sql-dialect';

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
  /** An expression (a bound parameter, NULL) typed as an integer: MySQL spells the type SIGNED. */
  integer(expression: string): string;
}

const SQLITE: SqlDates = {
  month: (column) => `substr(${column}, 1, 7)`,
  param: (name) => `:${name}`,
  daysBetween: (a, b) => `CAST(julianday(${b}) - julianday(${a}) AS INTEGER)`,
  integer: (expression) => `CAST(${expression} AS integer)`,
};

const POSTGRES: SqlDates = {
  month: (column) => `to_char(CAST(${column} AS timestamp), 'YYYY-MM')`,
  param: (name) => `CAST(:${name} AS date)`,
  daysBetween: (a, b) => `(${b} - ${a})`,
  integer: (expression) => `CAST(${expression} AS integer)`,
};

const MYSQL: SqlDates = {
  month: (column) => `DATE_FORMAT(${column}, '%Y-%m')`,
  param: (name) => `CAST(:${name} AS DATE)`,
  daysBetween: (a, b) => `DATEDIFF(${b}, ${a})`,
  integer: (expression) => `CAST(${expression} AS SIGNED)`,
};

export function sqlDates(strapi: Core.Strapi): SqlDates {
  return { sqlite: SQLITE, postgres: POSTGRES, mysql: MYSQL }[dialectOf(strapi)];
}
