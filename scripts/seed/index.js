#!/usr/bin/env node
'use strict';
/**
 * `npm run seed`: loads the demo data (dealers, models, parts and two price versions,
 * labour, rates, the company and national policies, 200+ units) into the configured
 * database. Idempotent: a second run creates nothing. `npm start` runs the same seed
 * by itself when the database has no dealer yet.
 */
const path = require('path');
const { buildAll, ROOT } = require('../lib/build');
const { explainStartupError } = require('../lib/startup-errors');
const { loadEnvFile } = require('../lib/env-file');

async function main() {
  // The same secrets as `npm start`: the seed hashes passwords and writes what the server reads.
  loadEnvFile(process.env.ENV_PATH || path.join(ROOT, 'cms', '.env'));
  buildAll({ portal: false });
  process.env.SANBAO_SEED = 'false'; // the bootstrap must not seed on its own: this script reports what it does
  process.env.CRON_ENABLED = 'false';
  const { createStrapi } = require('@strapi/strapi');
  const appDir = path.join(ROOT, 'cms');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  try {
    const { seed } = require(path.join(appDir, 'dist/src/seed'));
    const report = await seed(strapi, (line) => console.log(`  ${line}`));
    console.log('\nseed report (created / already there):');
    for (const [kind, count] of Object.entries(report)) {
      if (count && typeof count === 'object') console.log(`  ${kind.padEnd(18)} ${String(count.created).padStart(4)} / ${count.existing}`);
    }
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nThe seed could not run: ${explainStartupError(error)}\n`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  },
);
