import { createHash } from 'crypto';

/**
 * Every secret Strapi signs or encrypts with. scripts/lib/env-file.js generates the same
 * list into cms/.env on the first `npm start`; APP_KEYS is a comma-separated list.
 */
export const SECRET_NAMES = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
export const MIN_SECRET_BYTES = 32;

/** Earlier releases derived every secret from this public seed when none was set. */
export const PUBLIC_SEED = 'sanbao-demo';
const DERIVED_NAMES = [...SECRET_NAMES, 'APP_KEYS_1', 'APP_KEYS_2'];

type Env = (name: string, fallback?: string) => string;

/** A configuration mistake is reported as one sentence and ends start-up. */
export class SecretConfigError extends Error {
  name = 'SecretConfigError';
}

export const derive = (seed: string, name: string) => createHash('sha256').update(`${seed}:${name}`).digest('base64');

/**
 * Every value the code can compute without random material: the public seed's and the
 * operator's SANBAO_SECRET_SEED's (a seed is a password, not 32 random bytes), for every
 * name, so that a value copied from one variable to another is caught too.
 */
export const derivableValues = (env: Env): Set<string> => {
  const seeds = new Set([PUBLIC_SEED, env('SANBAO_SECRET_SEED', '') || PUBLIC_SEED]);
  return new Set([...seeds].flatMap((seed) => DERIVED_NAMES.map((name) => derive(seed, name))));
};

/** Why `value` cannot sign anything, as one sentence naming `name`; null when it can. */
export const secretProblem = (name: string, value: string, env: Env): string | null => {
  const fix = `run \`npm start\` once to generate it into cms/.env, or set it to at least ${MIN_SECRET_BYTES} random bytes (\`openssl rand -base64 32\`)`;
  if (!value) return `${name} is not set: ${fix}.`;
  const bytes = Buffer.byteLength(value);
  if (bytes < MIN_SECRET_BYTES) return `${name} is ${bytes} bytes long, shorter than ${MIN_SECRET_BYTES}: ${fix}.`;
  if (derivableValues(env).has(value)) return `${name} is derived from a public seed, so anyone can sign with it: remove it and ${fix}.`;
  return null;
};

/**
 * Tests (NODE_ENV=test) boot on a fresh database with derived secrets, so that a test
 * needs no .env. Anywhere else a secret that is missing, short or derivable stops the
 * start with one sentence (scripts/lib/startup-errors.js prints it).
 */
const isTest = () => process.env.NODE_ENV === 'test';

export const secret = (env: Env, name: SecretName): string => {
  const value = env(name, '');
  if (!value && isTest()) return derive(env('SANBAO_SECRET_SEED', PUBLIC_SEED), name);
  const problem = secretProblem(name, value, env);
  if (problem) throw new SecretConfigError(problem);
  return value;
};

export const appKeys = (env: Env): string[] => {
  const value = env('APP_KEYS', '');
  if (!value && isTest()) return [derive(env('SANBAO_SECRET_SEED', PUBLIC_SEED), 'APP_KEYS_1'), derive(env('SANBAO_SECRET_SEED', PUBLIC_SEED), 'APP_KEYS_2')];
  const keys = value.split(',').map((key) => key.trim());
  for (const key of value ? keys : ['']) {
    const problem = secretProblem('APP_KEYS', key, env);
    if (problem) throw new SecretConfigError(problem);
  }
  return keys;
};
