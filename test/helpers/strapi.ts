/**
 * Boots the real CMS (with the claim-review plugin) in-process on a database of its own
 * (test/helpers/test-database.ts): a copy of the run's template, the state after a first
 * start. One instance per test file; `stopStrapi` removes what it made.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { prepareDatabase } from './test-database';

export const ROOT = path.resolve(__dirname, '..', '..');
const APP_DIR = path.join(ROOT, 'cms');

let instance: Core.Strapi | null = null;
let cleanup: (() => Promise<void>) | null = null;

/** How every test server runs (the template's first start too, test/helpers/global-setup.ts). */
export const testEnv = (): Record<string, string> => ({
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL || 'error',
  SANBAO_SEED: 'false',
  CRON_ENABLED: 'false',
  // Tests log in many times from one address; the hardening suite turns limits back on.
  ADMIN_LOGIN_RATE_LIMIT: 'false',
  DEALER_LOGIN_RATE_LIMIT: 'false',
});

export interface BootOptions {
  /** Load the full demo seed (slower) instead of starting empty. */
  seed?: boolean;
  /** An empty database instead of the template's copy: for what the first start itself does. */
  fresh?: boolean;
  env?: Record<string, string>;
}

export async function startStrapi(options: BootOptions = {}): Promise<Core.Strapi> {
  if (instance) return instance;
  Object.assign(process.env, testEnv(), { SANBAO_SEED: options.seed ? 'true' : 'false' }, options.env);
  const dropDatabase = await prepareDatabase({ fresh: options.fresh });
  // Claim evidence of this run goes to its own folder, removed with the database.
  const evidence = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-evidence-'));
  process.env.SANBAO_EVIDENCE_DIR = evidence;
  cleanup = async () => {
    await dropDatabase();
    fs.rmSync(evidence, { recursive: true, force: true });
  };
  return load();
}

async function load(): Promise<Core.Strapi> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi');
  const app: Core.Strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  app.server.mount();
  instance = app;
  return app;
}

/** Stops and starts again on the same database, as a server restart does. */
export async function restartStrapi(): Promise<Core.Strapi> {
  if (!instance) throw new Error('startStrapi() first');
  await instance.destroy();
  instance = null;
  return load();
}

export async function stopStrapi(): Promise<void> {
  if (!instance) return;
  const app = instance;
  instance = null;
  await app.destroy();
  if (cleanup) await cleanup();
  cleanup = null;
}

export const httpServer = () => {
  if (!instance) throw new Error('startStrapi() first');
  return instance.server.httpServer;
};
