import { createHash } from 'crypto';

/**
 * Demo secrets derived from a name so that `npm start` works on a fresh clone
 * without an .env file. Production sets every variable; SANBAO_SECRET_SEED makes
 * the derived ones unguessable when an .env is not at hand.
 */
export const secret = (env: (name: string, fallback?: string) => string, name: string): string =>
  env(name, createHash('sha256').update(`${env('SANBAO_SECRET_SEED', 'sanbao-demo')}:${name}`).digest('base64'));
