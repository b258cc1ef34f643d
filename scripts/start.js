#!/usr/bin/env node
'use strict';
/**
 * `npm start`: keep the install's secrets in cms/.env (generated on the first start),
 * build what is stale, start Strapi (SQLite by default) with the portal served under
 * /portal, seed an empty database, and print where to go. Passwords are printed only on
 * the start that created the accounts: the log of later starts holds none.
 */
const path = require('path');
const started = Date.now();
const { buildAll, ROOT } = require('./lib/build');
const { explainStartupError } = require('./lib/startup-errors');
const { loadEnvFile } = require('./lib/env-file');

async function main() {
  const appDir = path.join(ROOT, 'cms');
  process.env.NODE_ENV = process.env.NODE_ENV || 'production';
  // ENV_PATH: Strapi's own variable for another .env file.
  const secrets = loadEnvFile(process.env.ENV_PATH || path.join(appDir, '.env'));
  if (secrets.generated.length > 0) console.log(`  generated ${secrets.generated.join(', ')} into ${path.relative(ROOT, secrets.file)} (mode 0600)`);
  // Test servers start from what `npm test` built; a build here would swap dist/ under the
  // other test files reading it.
  if (process.env.SANBAO_SKIP_BUILD !== 'true') buildAll();
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  await app.start();

  const { adminCredentials } = require(path.join(appDir, 'dist/src/bootstrap/super-admin'));
  const { demoLogins } = require(path.join(appDir, 'dist/src/seed'));
  const created = app.config.get('sanbao.created') || {};
  const base = app.config.get('server.url') || `http://localhost:${app.config.get('server.port')}`;
  const admin = adminCredentials();
  const lines = [
    '',
    '  Sanbao is ready',
    `  ready in ${((Date.now() - started) / 1000).toFixed(1)} s (database: ${app.config.get('database.connection.client')})`,
    '',
    `  Admin panel (staff):   ${base}/admin`,
    created.admin ? `    super admin          ${admin.email} / ${admin.password}` : `    super admin          ${admin.email} (password as set on the first start)`,
    `  Dealer portal:         ${base}/portal/`,
    ...(created.demo ? demoLogins.map((login) => `    dealer ${login.dealer.padEnd(13)} ${login.username} / ${login.password}`) : []),
    `  Dealer API:            ${base}/api/claim-review`,
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(`\nSanbao could not start: ${explainStartupError(error)}\n`);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
});
