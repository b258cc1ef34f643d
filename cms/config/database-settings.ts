import path from 'path';

type Env = ((name: string, fallback?: string) => string) & {
  int: (name: string, fallback?: number) => number;
  bool: (name: string, fallback?: boolean) => boolean;
};

/** A configuration mistake is reported as one sentence and ends start-up. */
export class DatabaseConfigError extends Error {}

const fail = (sentence: string): never => {
  throw new DatabaseConfigError(sentence);
};

interface MysqlConnection {
  query: (sql: string, callback: (error: Error | null) => void) => void;
}

interface SqliteConnection {
  open: boolean;
  pragma: (sql: string) => unknown;
}

/**
 * Copies the write-ahead log back into the database once a second, so that the copy
 * (≈ 10 ms per 1,000 pages here) runs between requests, not inside the commit that
 * happens to fill the log: with SQLite's default (a checkpoint every 1,000 pages) that
 * was a claim submit far more often than a small write, and a dealer waited for it.
 * SQLite's own checkpoint stays as the bound on the log, raised to 10,000 pages (≈ 40 MB)
 * so that it only runs inside a commit when writes outpace the timer. PASSIVE never
 * waits for a reader or a writer.
 */
function checkpointEverySecond(connection: SqliteConnection) {
  connection.pragma('wal_autocheckpoint = 10000');
  const timer = setInterval(() => {
    if (!connection.open) clearInterval(timer);
    else connection.pragma('wal_checkpoint(PASSIVE)');
  }, 1000);
  timer.unref();
}

/**
 * Where a database server is: DATABASE_URL, or host, port, name, user, password and TLS.
 * PostgreSQL and MySQL differ only in the URL's scheme and key, their default port and
 * user, and how each driver spells "no TLS".
 */
function serverConnection(
  env: Env,
  spec: { scheme: RegExp; schemeName: string; urlKey: 'connectionString' | 'uri'; port: number; user: string; noSsl: false | undefined },
): Record<string, unknown> {
  const url = env('DATABASE_URL', '');
  if (url) {
    if (!spec.scheme.test(url)) fail(`DATABASE_URL must start with ${spec.schemeName} (got "${url.split(':')[0]}:…").`);
    return { [spec.urlKey]: url };
  }
  const port = env.int('DATABASE_PORT', spec.port);
  if (Number.isNaN(port)) fail('DATABASE_PORT must be a number.');
  return {
    host: env('DATABASE_HOST', '127.0.0.1'),
    port,
    database: env('DATABASE_NAME', 'sanbao'),
    user: env('DATABASE_USERNAME', spec.user),
    password: env('DATABASE_PASSWORD', ''),
    ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : spec.noSsl,
  };
}

/**
 * SQLite (better-sqlite3) is the embedded default; PostgreSQL and MySQL 8 / MariaDB are
 * production databases.
 * `appRoot` is the cms folder, so the SQLite file lands in cms/.tmp/ whether the
 * config runs from src or from dist.
 */
export const databaseSettings = (env: Env, appRoot: string) => {
  const root = path.basename(appRoot) === 'dist' ? path.dirname(appRoot) : appRoot;
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };

  if (client === 'sqlite') {
    const filename = env('DATABASE_FILENAME', path.join(root, '.tmp', 'data.db'));
    return {
      connection: {
        client: 'sqlite',
        connection: { filename: path.isAbsolute(filename) ? filename : path.join(root, filename) },
        useNullAsDefault: true,
        // Write-ahead log: a commit appends its pages to the log and syncs once, where the
        // rollback journal writes, syncs and deletes a journal file on every commit (≈ 2 ms
        // each on the build machine, more for a claim's nine tables). synchronous stays FULL:
        // a commit is on disk when it returns. Back up with `sqlite3 data.db .backup`, not cp.
        pool: {
          afterCreate: (connection: SqliteConnection, done: (error: Error | null, connection: unknown) => void) => {
            connection.pragma('journal_mode = WAL');
            checkpointEverySecond(connection);
            done(null, connection);
          },
        },
      },
    };
  }

  if (client === 'postgres') {
    const connection = serverConnection(env, { scheme: /^postgres(ql)?:\/\//, schemeName: 'postgres://', urlKey: 'connectionString', port: 5432, user: 'postgres', noSsl: false });
    return {
      connection: { client: 'postgres', connection: { ...connection, schema: env('DATABASE_SCHEMA', 'public') }, pool },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    };
  }

  if (client === 'mysql') {
    const connection = serverConnection(env, { scheme: /^mysql:\/\//, schemeName: 'mysql://', urlKey: 'uri', port: 3306, user: 'root', noSsl: undefined });
    return {
      // utf8mb4 holds every character the API accepts (utf8 would refuse 4-byte ones such as
      // emoji); dates come back as strings so a DATE column reads as the business date it is,
      // not as midnight in the server's zone.
      connection: {
        client: 'mysql',
        connection: { ...connection, charset: 'utf8mb4', dateStrings: ['DATE'], timezone: 'Z' },
        // Strapi syncs the schema inside a transaction, and MySQL commits at every DDL
        // statement; knex warns about it once per statement at each start. The sync is not
        // atomic on MySQL, which the migration notes in docs/decisions.md say.
        log: {
          warn: (message: string) => {
            if (!/implicitly committed/.test(String(message))) console.warn(message);
          },
        },
        // The plugin's SQL quotes names the standard way ("name"), as SQLite and PostgreSQL
        // do; ANSI_QUOTES makes MySQL read them so instead of as strings. Strapi's own
        // queries quote with backticks, which work either way.
        pool: {
          ...pool,
          afterCreate: (connection: MysqlConnection, done: (error: Error | null, connection: unknown) => void) => {
            connection.query("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',ANSI_QUOTES')", (error) => done(error, connection));
          },
        },
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    };
  }

  return fail(`DATABASE_CLIENT must be "sqlite", "postgres" or "mysql" (got "${client}").`);
};
