import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { dialectOf, insertReturningIds, rowsOf } from './sql-dialect';

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
  /** `"alias"."column" AS "prefixcolumn", …` of the given attributes (default: every scalar one), for `rows`. */
  columns(uid: string, alias: string, prefix: string, attributes?: readonly string[]): string;
  /**
   * Runs a statement that answers rows (a SELECT) whose text
   * `build` writes once per `key` (names from metadata never change), with `?` bindings,
   * on the caller's transaction when there is one. For the per-request statements where
   * knex compiling a query builder costs more than running it.
   */
  rows(key: string, build: () => string, bindings: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /**
   * Inserts rows of `uid` in one statement and answers their ids in row order: what the
   * query engine's createMany writes (schema defaults such as the document id and
   * publishedAt, timestamps, column types), without its per-call work, which was a
   * quarter of a claim submit. Strapi's lifecycle hooks do not run: none of the plugin's
   * own models has a create hook (the audit guard watches updates and deletes).
   */
  insert(uid: string, rows: Record<string, unknown>[]): Promise<number[]>;
  /**
   * Inserts one row unless a row with the same `unique` attribute exists, in one
   * statement (ON CONFLICT DO NOTHING, MySQL's INSERT IGNORE), so that a concurrent
   * writer neither doubles it nor aborts the caller's transaction. Answers whether this
   * statement wrote it.
   */
  insertIgnoring(uid: string, row: Record<string, unknown>, unique: string): Promise<boolean>;
  /** The attributes of `uid` in a row selected with `columns(uid, _, prefix)`, typed as the query engine types them. */
  attributes<T = Record<string, unknown>>(uid: string, row: Record<string, unknown>, prefix: string): T;
  /**
   * Rows of a one-to-many LEFT JOIN folded into each parent (first-seen order, told apart
   * by its `key` attribute) with its children (none where the child's id is null).
   */
  nest<P = any, C = any>(
    rows: Record<string, unknown>[],
    parent: { uid: string; prefix: string; key: string },
    child: { uid: string; prefix: string },
  ): Array<{ parent: P; children: C[] }>;
}

type Attribute = { type: string; columnName?: string; joinTable?: any; default?: unknown };

const SKIPPED = new Set(['relation', 'component', 'dynamiczone', 'media']);

/** Scalar attributes with their column, per model (metadata is fixed once Strapi has loaded). */
const scalarCache = new WeakMap<object, Array<[string, Attribute, string]>>();
/** The same with the result key a prefix gives each column, per model and prefix. */
const keyCache = new WeakMap<object, Map<string, Array<[string, string, string]>>>();
/** One helper per Strapi instance: every dealer request asks for it several times. */
const schemaCache = new WeakMap<object, SqlSchema>();
/** SQL text of the `rows` queries, per Strapi instance and key. */
const sqlCache = new WeakMap<object, Map<string, string>>();

/** Our names are snake_case from metadata; quoting keeps words like `key`, `order` or `at` safe in both databases. */
const quote = (name: string) => `"${name}"`;

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

/** What Strapi's field classes do on the way in, for the types our models use; knex turns Date and boolean into SQLite's numbers. */
function toDb(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'json':
      return typeof value === 'object' ? JSON.stringify(value) : value;
    case 'datetime':
    case 'timestamp':
      return value instanceof Date ? value : new Date(value as string | number);
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
  let schema = schemaCache.get(strapi);
  if (!schema) schemaCache.set(strapi, (schema = createSqlSchema(strapi)));
  return schema;
}

function createSqlSchema(strapi: Core.Strapi): SqlSchema {
  const dialect = dialectOf(strapi);
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

    columns(uid, alias, prefix, attributes) {
      return scalars(uid, attributes)
        .map(([, , column]) => `${quote(alias)}.${quote(column)} AS ${quote(prefix + column)}`)
        .join(', ');
    },

    async rows(key, build, bindings) {
      let texts = sqlCache.get(strapi);
      if (!texts) sqlCache.set(strapi, (texts = new Map()));
      let text = texts.get(key);
      if (text === undefined) texts.set(key, (text = build()));
      return rowsOf(dialect, await (await schema.connection()).raw(text, bindings as unknown[]));
    },

    async insert(uid, rows) {
      if (rows.length === 0) return [];
      const columns = scalars(uid).filter(([, attribute]) => attribute.type !== 'increments');
      const now = new Date();
      const values: unknown[] = [];
      for (const row of rows) {
        for (const [name, attribute] of columns) {
          let value = row[name];
          if (value === undefined && (name === 'createdAt' || name === 'updatedAt')) value = now;
          if (value === undefined && attribute.default !== undefined) value = typeof attribute.default === 'function' ? attribute.default() : attribute.default;
          values.push(toDb(attribute.type, value));
        }
      }
      const one = `(${columns.map(() => '?').join(', ')})`;
      let texts = sqlCache.get(strapi);
      if (!texts) sqlCache.set(strapi, (texts = new Map()));
      const key = `insert.${uid}.${rows.length}`;
      let text = texts.get(key);
      if (text === undefined) {
        text = `INSERT INTO ${quote(schema.table(uid))} (${columns.map(([, , column]) => quote(column)).join(', ')}) VALUES ${rows.map(() => one).join(', ')}`;
        texts.set(key, text);
      }
      return insertReturningIds(dialect, await schema.connection(), text, values, rows.length);
    },

    async insertIgnoring(uid, row, unique) {
      const now = new Date();
      const values: Record<string, unknown> = {};
      for (const [name, attribute, column] of scalars(uid).filter(([, attribute]) => attribute.type !== 'increments')) {
        let value = row[name];
        if (value === undefined && (name === 'createdAt' || name === 'updatedAt')) value = now;
        if (value === undefined && attribute.default !== undefined) value = typeof attribute.default === 'function' ? attribute.default() : attribute.default;
        values[column] = toDb(attribute.type, value);
      }
      const db = await schema.connection();
      const builder = db(schema.table(uid)).insert(values).onConflict(schema.column(uid, unique)).ignore();
      if (dialect === 'mysql') {
        const { sql, bindings } = builder.toSQL().toNative();
        const [result] = (await db.raw(sql, bindings as unknown[])) as unknown as [{ affectedRows: number }];
        return result.affectedRows === 1;
      }
      const ids = await builder.returning('id');
      return ids.length === 1;
    },

    attributes<T>(uid: string, row: Record<string, unknown>, prefix: string): T {
      const model = meta(uid);
      let byPrefix = keyCache.get(model);
      if (!byPrefix) keyCache.set(model, (byPrefix = new Map()));
      let keys = byPrefix.get(prefix);
      if (!keys) byPrefix.set(prefix, (keys = scalars(uid).map(([name, attribute, column]) => [name, attribute.type, prefix + column])));
      const out: Record<string, unknown> = {};
      for (const [name, type, key] of keys) {
        if (key in row) out[name] = fromDb(type, row[key]);
      }
      return out as T;
    },

    nest(rows, parent, child) {
      const nested = new Map<unknown, { parent: any; children: any[] }>();
      for (const raw of rows) {
        const row = schema.attributes<Record<string, unknown>>(parent.uid, raw, parent.prefix);
        let entry = nested.get(row[parent.key]);
        if (!entry) nested.set(row[parent.key], (entry = { parent: row, children: [] }));
        if (raw[`${child.prefix}id`] !== null) entry.children.push(schema.attributes(child.uid, raw, child.prefix));
      }
      return Array.from(nested.values());
    },
  };
  return schema;
}
