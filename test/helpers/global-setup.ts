/**
 * Global setup of the api project: the run's template database (test/helpers/test-database.ts),
 * made by one start of the CMS, which every API test file then copies.
 */
import { spawn } from 'child_process';
import path from 'path';
import { createTemplate } from './test-database';
import { testEnv } from './strapi';

function bootOnce(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'boot-once.js')], { env: { ...process.env, ...testEnv() }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the template's first start exited with ${code}`))));
  });
}

export default async function globalSetup() {
  const started = Date.now();
  const dropTemplate = await createTemplate(bootOnce);
  // The teardown runs in this same process.
  (globalThis as { dropTestTemplate?: () => Promise<void> }).dropTestTemplate = dropTemplate;
  if (process.env.CI) console.log(`\ntest database template (${process.env.DATABASE_CLIENT || 'sqlite'}) made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
