import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/** A relation's link table: `own` holds this model's id, `other` the related one's. */
export interface LinkTable {
  name: string;
  own: string;
  other: string;
  /** Where the related side keeps the order of its list (lines of a claim), if it has one. */
  order: string | null;
}

export interface SqlSchema {
  /**
   * The knex to query with: the caller's transaction when there is one. A bare
   * `strapi.db.connection` inside a transaction would wait for SQLite's only
   * connection forever, and on PostgreSQL would read outside the transaction.
   */
  connection(): Promise<Knex>;
  table(uid: string): string;
  column(uid: string, attribute: string): string;
  link(uid: string, attribute: string): LinkTable;
  /** `alias.column as prefixcolumn` of the given attributes (default: every scalar one), for a knex select. */
  select(uid: string, alias: string, prefix: string, attributes?: readonly string[]): string[];
  /** The attributes of `uid` in a row selected with `select(uid, _, prefix)`, typed as the query engine types them. */
  attributes<T = Record<string, unknown>>(uid: string, row: Record<string, unknown>, prefix: string): T;
}

type Attribute = { type: string; columnName?: string; joinTable?: any };

const SKIPPED = new Set(['relation', 'component', 'dynamiczone', 'media']);

/** Scalar attributes with their column, per model (metadata is fixed once Strapi has loaded). */
const scalarCache = new WeakMap<object, Array<[string, Attribute, string]>>();

/**
 * What Strapi's field classes do on the way out of the database, for the types our
 * models use: SQLite hands back 0/1, epoch milliseconds and JSON text; PostgreSQL
 * hands back Date objects and JSON text (Strapi turns its JSONB parser off).
 */
function fromDb(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return value === 1 || value === '1' || value === 't' || value === 'true' ? true : value === 0 || value === '0' || value === 'f' || value === 'false' ? false : null;
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        return value;
      }
    case 'datetime':
    case 'timestamp': {
      const date = value instanceof Date ? value : new Date(value as string | number);
      return Number.isNaN(date.getTime()) ? null : date.toISOString();
    }
    case 'integer':
    case 'float':
    case 'decimal':
      return typeof value === 'number' ? value : Number(value);
    case 'biginteger':
      return String(value);
    default:
      return value;
  }
}

/**
 * Names of Strapi's tables, columns and link tables for the SQL the plugin writes with
 * knex: the grouped analytics queries, and the hot reads of a claim submit where the
 * query engine would spend one statement per relation. Names come from Strapi's own
 * metadata, so they follow its naming rules instead of copies of them.
 */
export function sqlSchema(strapi: Core.Strapi): SqlSchema {
  const meta = (uid: string) => strapi.db.metadata.get(uid as any) as unknown as { tableName: string; attributes: Record<string, Attribute> };
  const columnOf = (name: string, attribute: Attribute) => attribute.columnName ?? name;
  const scalars = (uid: string, only?: readonly string[]) => {
    const model = meta(uid);
    let all = scalarCache.get(model);
    if (!all) {
      all = Object.entries(model.attributes)
        .filter(([, attribute]) => !SKIPPED.has(attribute.type))
        .map(([name, attribute]): [string, Attribute, string] => [name, attribute, columnOf(name, attribute)]);
      scalarCache.set(model, all);
    }
    return only ? all.filter(([name]) => only.includes(name)) : all;
  };

  const schema: SqlSchema = {
    async connection() {
      return strapi.db.inTransaction() ? ((await strapi.db.transaction()).get() as Knex) : strapi.db.connection;
    },

    table: (uid) => meta(uid).tableName,

    column(uid, attribute) {
      const found = meta(uid).attributes[attribute];
      if (!found) throw new Error(`claim-review: ${uid} has no attribute ${attribute}`);
      return columnOf(attribute, found);
    },

    link(uid, attribute) {
      const joinTable = meta(uid).attributes[attribute]?.joinTable;
      if (!joinTable) throw new Error(`claim-review: ${uid}.${attribute} has no link table`);
      return {
        name: joinTable.name,
        own: joinTable.joinColumn.name,
        other: joinTable.inverseJoinColumn.name,
        order: joinTable.inverseOrderColumnName ?? null,
      };
    },

    select(uid, alias, prefix, attributes) {
      return scalars(uid, attributes).map(([, , column]) => `${alias}.${column} as ${prefix}${column}`);
    },

    attributes<T>(uid: string, row: Record<string, unknown>, prefix: string): T {
      const out: Record<string, unknown> = {};
      for (const [name, attribute, column] of scalars(uid)) {
        const key = `${prefix}${column}`;
        if (key in row) out[name] = fromDb(attribute.type, row[key]);
      }
      return out as T;
    },
  };
  return schema;
}
