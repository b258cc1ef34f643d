/**
 * The database of one API test file. Strapi's first start on an empty database (create
 * ~80 tables, then the roles and permissions every start checks) is most of a boot, so a
 * test run does it once, on a template (test/helpers/global-setup.ts), and each file
 * starts on a copy of that template: the state a fresh install is in after its first
 * start, of the same run's code. A file that checks the first start itself asks for
 * `fresh` and gets an empty database, as before.
 *
 *  - SQLite: a temp file; a copy of the template file.
 *  - PostgreSQL: a database of its own (`CREATE DATABASE … TEMPLATE`), the tables in the
 *    schema `sanbao_test` (not `public`, so the DATABASE_SCHEMA setting is exercised).
 *    DATABASE_NAME (or DATABASE_URL) names the database the helper connects to first.
 *  - MySQL 8 / MariaDB: a database of its own, with the template's tables (same DDL, as
 *    `SHOW CREATE TABLE` prints it) and rows.
 * Names are `t_<pid>_<time>` (files) and `tpl_<pid>_<time>` (templates): test runs of other
 * people on the same server never meet them.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

type Drop = () => Promise<void>;
type Client = 'sqlite' | 'postgres' | 'mysql';

/** What the template of this run is, handed from the global setup to the test files. */
const TEMPLATE_ENV = 'SANBAO_TEST_TEMPLATE';
const PG_SCHEMA = 'sanbao_test';

export const currentClient = (): Client => (process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : process.env.DATABASE_CLIENT === 'mysql' ? 'mysql' : 'sqlite');
const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/* eslint-disable @typescript-eslint/no-require-imports */
const pg = () => require('pg');
const mysql = () => require('mysql2/promise');
/* eslint-enable @typescript-eslint/no-require-imports */

// PostgreSQL ------------------------------------------------------------------------------

/** The configured database, where the helper connects first: read before a file points DATABASE_* at its copy. */
const ENTRY = { url: process.env.DATABASE_URL, name: process.env.DATABASE_NAME };

/** DATABASE_URL or the parts, pointed at `database` (the configured one when absent). */
function pgConfig(database?: string): Record<string, unknown> {
  if (ENTRY.url) {
    const url = new URL(ENTRY.url);
    if (database) url.pathname = `/${database}`;
    return { connectionString: url.toString() };
  }
  return {
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    database: database || ENTRY.name || 'test',
    user: process.env.DATABASE_USERNAME || 'postgres',
    password: process.env.DATABASE_PASSWORD || undefined,
  };
}

async function pgRun(sql: string, database?: string): Promise<void> {
  const client = new (pg().Client)(pgConfig(database));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Where the server (`strapi.db`) and spawned servers find the database: the process's env. */
function pgUse(database: string) {
  if (ENTRY.url) process.env.DATABASE_URL = (pgConfig(database) as { connectionString: string }).connectionString;
  else process.env.DATABASE_NAME = database;
  process.env.DATABASE_SCHEMA = PG_SCHEMA;
}

async function pgDatabase(template?: string): Promise<{ name: string; drop: Drop }> {
  const name = uniqueName(template ? 't' : 'tpl');
  // The first connection goes to the configured database; the originals are kept for the next file.
  await pgRun(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  if (!template) await pgRun(`CREATE SCHEMA "${PG_SCHEMA}"`, name);
  return { name, drop: () => pgRun(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

// MySQL / MariaDB -------------------------------------------------------------------------

const mysqlConfig = () => ({
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || 3306),
  user: process.env.DATABASE_USERNAME || 'root',
  password: process.env.DATABASE_PASSWORD || '',
  multipleStatements: true,
});

async function mysqlDatabase(template?: string): Promise<{ name: string; drop: Drop }> {
  const name = uniqueName(template ? 't' : 'tpl');
  const admin = await mysql().createConnection(mysqlConfig());
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    if (template) {
      const [tables] = await admin.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'`, [template]);
      const statements = ['SET FOREIGN_KEY_CHECKS = 0'];
      for (const { name: table } of tables as { name: string }[]) {
        const [[shown]] = await admin.query(`SHOW CREATE TABLE \`${template}\`.\`${table}\``);
        statements.push(shown['Create Table'], `INSERT INTO \`${table}\` SELECT * FROM \`${template}\`.\`${table}\``);
      }
      // One round trip; foreign keys name tables of the copy, created in any order.
      await admin.query(`USE \`${name}\`; ${statements.join(';\n')}; SET FOREIGN_KEY_CHECKS = 1`);
    }
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const connection = await mysql().createConnection(mysqlConfig());
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.end();
  };
  return { name, drop };
}

// SQLite ----------------------------------------------------------------------------------

function sqliteFile(templateFile?: string): { name: string; drop: Drop } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), templateFile ? 'sanbao-test-' : 'sanbao-template-'));
  const name = path.join(dir, 'test.db');
  if (templateFile) {
    // The template's server has stopped, so its write-ahead log is folded in; copy one if left.
    for (const suffix of ['', '-wal']) if (fs.existsSync(templateFile + suffix)) fs.copyFileSync(templateFile + suffix, name + suffix);
  }
  return { name, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// One file's database ---------------------------------------------------------------------

async function newDatabase(client: Client, template?: string): Promise<{ name: string; drop: Drop }> {
  if (client === 'postgres') return pgDatabase(template);
  if (client === 'mysql') return mysqlDatabase(template);
  return sqliteFile(template);
}

/** Points DATABASE_* of this process (and of servers it spawns) at the database `name`. */
export function useDatabase(client: Client, name: string) {
  process.env.DATABASE_CLIENT = client;
  if (client === 'postgres') pgUse(name);
  else if (client === 'mysql') process.env.DATABASE_NAME = name;
  else process.env.DATABASE_FILENAME = name;
}

/**
 * A database for this test file, selected in this process's env; returns what removes it.
 * A copy of the run's template, or with `fresh` (or with no template, as outside jest's
 * global setup) an empty one.
 */
export async function prepareDatabase({ fresh = false } = {}): Promise<Drop> {
  const client = currentClient();
  const template = fresh ? undefined : readTemplate(client);
  const { name, drop } = await newDatabase(client, template);
  useDatabase(client, name);
  return drop;
}

// The run's template ----------------------------------------------------------------------

function readTemplate(client: Client): string | undefined {
  const text = process.env[TEMPLATE_ENV];
  if (!text) return undefined;
  const template = JSON.parse(text) as { client: Client; name: string };
  return template.client === client ? template.name : undefined;
}

/**
 * An empty database for the template; `boot` starts and stops the server on it (with
 * DATABASE_* pointing there); then every test file of this process and of the jest workers
 * started later (they inherit the env) copies it. Returns what drops it.
 */
export async function createTemplate(boot: () => Promise<void>): Promise<Drop> {
  const client = currentClient();
  const saved = { ...process.env };
  const { name, drop } = await newDatabase(client);
  try {
    useDatabase(client, name);
    await boot();
  } catch (error) {
    await drop();
    throw error;
  } finally {
    // The files point DATABASE_* at their own copies; the configured values stay the way in.
    for (const key of Object.keys(process.env)) if (key.startsWith('DATABASE_') && !(key in saved)) delete process.env[key];
    for (const [key, value] of Object.entries(saved)) if (key.startsWith('DATABASE_')) process.env[key] = value;
  }
  process.env[TEMPLATE_ENV] = JSON.stringify({ client, name });
  return async () => {
    delete process.env[TEMPLATE_ENV];
    await drop();
  };
}
