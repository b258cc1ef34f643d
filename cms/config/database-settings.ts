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

/**
 * SQLite (better-sqlite3) is the embedded default; PostgreSQL is production.
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
          afterCreate: (connection: { pragma: (sql: string) => unknown }, done: (error: Error | null, connection: unknown) => void) => {
            connection.pragma('journal_mode = WAL');
            done(null, connection);
          },
        },
      },
    };
  }

  if (client === 'postgres') {
    const url = env('DATABASE_URL', '');
    if (url && !/^postgres(ql)?:\/\//.test(url)) {
      fail(`DATABASE_URL must start with postgres:// (got "${url.split(':')[0]}:…").`);
    }
    const connection = url
      ? { connectionString: url }
      : {
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'sanbao'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
        };
    if (!url && Number.isNaN(connection['port'])) fail('DATABASE_PORT must be a number.');
    return {
      connection: { client: 'postgres', connection: { ...connection, schema: env('DATABASE_SCHEMA', 'public') }, pool },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    };
  }

  return fail(`DATABASE_CLIENT must be "sqlite" or "postgres" (got "${client}").`);
};
