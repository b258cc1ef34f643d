/**
 * Secrets of a default install (issue 13, item 1). Earlier releases derived every secret
 * from a public string, and `npm start` runs in production: anyone could sign a dealer
 * or staff token. Now the first `npm start` writes random secrets to cms/.env (here: a
 * temp file through ENV_PATH), later starts reuse them, and a production server with a
 * missing, short or derivable secret does not start. Tokens signed with every value the
 * code could derive are refused on the dealer API and on the admin API.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import jwt from 'jsonwebtoken';
import type { Core } from '@strapi/strapi';
import { ROOT, startStrapi, stopStrapi } from '../helpers/strapi';
import { createDealerUser, PASSWORD, staffLogin } from '../helpers/auth';
import { loadFixture } from '../helpers/fixture';
import { RUN_SECRETS, send, spawnServer, type ServerProcess } from './lib/server-process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureEnvFile, SECRET_NAMES } = require('../../scripts/lib/env-file');

jest.setTimeout(10 * 60_000);

const NAMES = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
/** The old scheme: sha256("<seed>:<name>") in base64, seed "sanbao-demo" unless SANBAO_SECRET_SEED. */
const oldScheme = (name: string, seed = 'sanbao-demo') => createHash('sha256').update(`${seed}:${name}`).digest('base64');
const DERIVED = [...NAMES, 'APP_KEYS_1', 'APP_KEYS_2'].map((name) => oldScheme(name));
const without = (names: string[]) => Object.fromEntries(names.map((name) => [name, undefined]));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-secrets-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the .env generator (scripts/lib/env-file.js)', () => {
  it('writes every secret with random values, mode 0600, and reuses the file on the next start', () => {
    const file = path.join(tmp, 'gen', '.env');
    fs.mkdirSync(path.dirname(file));
    const first = ensureEnvFile(file, {});
    expect(first.generated).toEqual(NAMES);
    expect(SECRET_NAMES).toEqual(NAMES);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    for (const name of NAMES) {
      for (const value of String(first.values[name]).split(',')) {
        expect(Buffer.from(value, 'base64').length).toBeGreaterThanOrEqual(32);
        expect(DERIVED).not.toContain(value);
      }
    }
    const written = fs.readFileSync(file, 'utf8');
    const second = ensureEnvFile(file, {});
    expect(second.generated).toEqual([]);
    expect(second.values).toEqual(first.values);
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
    // Another install gets other values.
    const other = path.join(tmp, 'other.env');
    expect(ensureEnvFile(other, {}).values.JWT_SECRET).not.toBe(first.values.JWT_SECRET);
  });

  it('adds only what is missing, keeps what the operator wrote, and narrows a readable file to 0600', () => {
    const file = path.join(tmp, 'partial.env');
    fs.writeFileSync(file, 'DATABASE_CLIENT=postgres\nJWT_SECRET=operator-chosen-value-of-at-least-32-bytes', { mode: 0o644 });
    const result = ensureEnvFile(file, { ENCRYPTION_KEY: 'set-in-the-environment' });
    expect(result.generated).toEqual(['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT']);
    expect(result.values.JWT_SECRET).toBe('operator-chosen-value-of-at-least-32-bytes');
    expect(result.values.DATABASE_CLIENT).toBe('postgres');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

/** Runs the server to its exit; it must not get as far as listening. */
function startAndExit(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const merged: Record<string, string | undefined> = { ...process.env, ...RUN_SECRETS, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env };
  for (const name of Object.keys(merged)) if (merged[name] === undefined) delete merged[name];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'server.js')], { cwd: ROOT, env: merged as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('a production start refuses a secret that is missing, short or derivable', () => {
  const cases: Array<[string, Record<string, string | undefined>, RegExp]> = [
    ['JWT_SECRET missing', without(['JWT_SECRET']), /^Sanbao could not start: JWT_SECRET is not set[^\n]*\.$/m],
    ['JWT_SECRET of 31 bytes', { JWT_SECRET: 'x'.repeat(31) }, /^Sanbao could not start: JWT_SECRET is 31 bytes long[^\n]*\.$/m],
    ['JWT_SECRET derived', { JWT_SECRET: oldScheme('JWT_SECRET') }, /^Sanbao could not start: JWT_SECRET is derived from a public seed[^\n]*\.$/m],
    ['ADMIN_JWT_SECRET derived from the operator seed', { SANBAO_SECRET_SEED: 'our-company', ADMIN_JWT_SECRET: oldScheme('ADMIN_JWT_SECRET', 'our-company') }, /^Sanbao could not start: ADMIN_JWT_SECRET is derived/m],
    ['API_TOKEN_SALT of 31 bytes', { API_TOKEN_SALT: 'é'.repeat(15) + 'x' }, /^Sanbao could not start: API_TOKEN_SALT is 31 bytes long/m],
    ['TRANSFER_TOKEN_SALT missing', without(['TRANSFER_TOKEN_SALT']), /^Sanbao could not start: TRANSFER_TOKEN_SALT is not set/m],
    ['ENCRYPTION_KEY copied from another derived name', { ENCRYPTION_KEY: oldScheme('APP_KEYS_1') }, /^Sanbao could not start: ENCRYPTION_KEY is derived/m],
    ['APP_KEYS with one derived key', { APP_KEYS: `${RUN_SECRETS.APP_KEYS.split(',')[0]},${oldScheme('APP_KEYS_2')}` }, /^Sanbao could not start: APP_KEYS is derived/m],
  ];
  it.each(cases)('%s: exits non-zero with one sentence naming the variable', async (_label, env, sentence) => {
    const { code, output } = await startAndExit(env);
    expect(code).not.toBe(0);
    expect(output).toMatch(sentence);
    expect(output).not.toMatch(/listening/);
  });
});

describe('a default install (`npm start` with no secret set)', () => {
  let strapi: Core.Strapi;
  let server: ServerProcess | null = null;
  const envFile = path.join(tmp, 'install', '.env');
  const defaultInstall = { ...without(NAMES), SANBAO_SECRET_SEED: undefined, ENV_PATH: envFile };
  let dealerId: number;
  let dealerJwt: string;

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(envFile));
    strapi = await startStrapi();
    const ids = await loadFixture(strapi);
    dealerId = (await createDealerUser(strapi, 'forge-target', ids.dealers.east)).id;
    await staffLogin(strapi, 'Finance');
    server = await spawnServer(defaultInstall, 180_000, 'scripts/start.js');
  });

  afterAll(async () => {
    await server?.kill('SIGTERM');
    await stopStrapi();
  });

  const login = async () => {
    const res = await send(server!.base, 'POST', '/api/auth/local', { identifier: 'forge-target', password: PASSWORD });
    expect(res.status).toBe(200);
    return res.body.jwt as string;
  };
  const dealerMe = (token: string) => send(server!.base, 'GET', '/api/claim-review/me', undefined, { Authorization: `Bearer ${token}` });

  it('writes random secrets to its .env (mode 0600)', () => {
    expect(fs.statSync(envFile).mode & 0o777).toBe(0o600);
    const written = fs.readFileSync(envFile, 'utf8');
    for (const name of NAMES) expect(written).toMatch(new RegExp(`^${name}=.{44}`, 'm'));
    for (const value of DERIVED) expect(written).not.toContain(value);
  });

  it('refuses a dealer token signed with any derived secret (401), and accepts its own', async () => {
    dealerJwt = await login();
    expect((await dealerMe(dealerJwt)).status).toBe(200);
    for (const secret of DERIVED) {
      const forged = jwt.sign({ id: dealerId }, secret, { expiresIn: '1h' });
      const res = await dealerMe(forged);
      expect({ secret, status: res.status }).toEqual({ secret, status: 401 });
    }
  });

  it('refuses a staff token re-signed with any derived secret (401), and accepts its own', async () => {
    const res = await send(server!.base, 'POST', '/admin/login', { email: 'finance@example.test', password: PASSWORD });
    expect(res.status).toBe(200);
    const real = res.body.data.token as string;
    const staffGet = (token: string) => send(server!.base, 'GET', '/claim-review/settlements', undefined, { Authorization: `Bearer ${token}` });
    expect((await staffGet(real)).status).toBe(200);
    // The real session's payload (user and session id): only the signature is forged.
    const payload = jwt.decode(real) as Record<string, unknown>;
    for (const secret of DERIVED) {
      const forged = jwt.sign(payload, secret, { noTimestamp: true });
      const answer = await staffGet(forged);
      expect({ secret, status: answer.status }).toEqual({ secret, status: 401 });
    }
  });

  it('a second start reuses the .env: the same secrets, so the dealer token of the first start still works', async () => {
    const before = fs.readFileSync(envFile, 'utf8');
    await server!.kill('SIGTERM');
    server = await spawnServer(defaultInstall, 180_000, 'scripts/start.js');
    expect(fs.readFileSync(envFile, 'utf8')).toBe(before);
    expect((await dealerMe(dealerJwt)).status).toBe(200);
    expect(server.output()).not.toMatch(/generated .* into/);
  });
});
