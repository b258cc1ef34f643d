/**
 * cms/config/database-settings.ts: what each DATABASE_CLIENT connects with, and the one
 * sentence a misconfiguration stops start-up with. No Strapi boot: the settings are a
 * function of the environment.
 */
import { DatabaseConfigError, databaseSettings } from '../../cms/config/database-settings';

function envOf(vars: Record<string, string>) {
  const env = ((name: string, fallback?: string) => vars[name] ?? fallback) as any;
  env.int = (name: string, fallback?: number) => (vars[name] === undefined ? fallback : parseInt(vars[name], 10));
  env.bool = (name: string, fallback?: boolean) => (vars[name] === undefined ? fallback : vars[name] === 'true');
  return env;
}
const settings = (vars: Record<string, string>) => databaseSettings(envOf(vars), '/srv/cms') as any;

describe('database settings', () => {
  it('connects to PostgreSQL by parts or by URL, with its schema', () => {
    const parts = settings({ DATABASE_CLIENT: 'postgres', DATABASE_HOST: 'db', DATABASE_NAME: 'warranty', DATABASE_SCHEMA: 'sanbao' }).connection;
    expect(parts.client).toBe('postgres');
    expect(parts.connection).toMatchObject({ host: 'db', port: 5432, database: 'warranty', user: 'postgres', ssl: false, schema: 'sanbao' });
    const url = settings({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgresql://u:p@db:5433/w' }).connection.connection;
    expect(url).toEqual({ connectionString: 'postgresql://u:p@db:5433/w', schema: 'public' });
  });

  it('connects to MySQL or MariaDB with utf8mb4, dates as text and ANSI quotes on every connection', () => {
    const { connection } = settings({ DATABASE_CLIENT: 'mysql', DATABASE_SSL: 'true' });
    expect(connection.client).toBe('mysql');
    expect(connection.connection).toMatchObject({ host: '127.0.0.1', port: 3306, user: 'root', charset: 'utf8mb4', dateStrings: ['DATE'], ssl: { rejectUnauthorized: true } });
    const sent: string[] = [];
    connection.pool.afterCreate({ query: (sql: string, done: (e: Error | null) => void) => (sent.push(sql), done(null)) }, () => undefined);
    expect(sent).toEqual([expect.stringContaining('ANSI_QUOTES')]);
    expect(settings({ DATABASE_CLIENT: 'mysql', DATABASE_URL: 'mysql://u:p@db/w' }).connection.connection).toMatchObject({ uri: 'mysql://u:p@db/w' });
  });

  it.each([
    [{ DATABASE_CLIENT: 'oracle' }, 'DATABASE_CLIENT must be "sqlite", "postgres" or "mysql" (got "oracle").'],
    [{ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'mysql://db/w' }, 'DATABASE_URL must start with postgres:// (got "mysql:…").'],
    [{ DATABASE_CLIENT: 'mysql', DATABASE_URL: 'postgres://db/w' }, 'DATABASE_URL must start with mysql:// (got "postgres:…").'],
    [{ DATABASE_CLIENT: 'mysql', DATABASE_PORT: 'three' }, 'DATABASE_PORT must be a number.'],
  ])('stops start-up with one sentence for %j', (vars, sentence) => {
    expect(() => settings(vars as Record<string, string>)).toThrow(new DatabaseConfigError(sentence));
  });
});
