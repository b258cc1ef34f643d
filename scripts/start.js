#!/usr/bin/env node
'use strict';
/**
 * `npm start`: build what is stale, start Strapi (SQLite by default) with the portal
 * served under /portal, seed an empty database, and print where to go and how to log in.
 */
const path = require('path');
const started = Date.now();
const { buildAll, ROOT } = require('./lib/build');
const { explainStartupError } = require('./lib/startup-errors');

async function main() {
  buildAll();
  process.env.NODE_ENV = process.env.NODE_ENV || 'production';
  const { createStrapi } = require('@strapi/strapi');
  const appDir = path.join(ROOT, 'cms');
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  await app.start();

  const { adminCredentials } = require(path.join(appDir, 'dist/src/bootstrap/super-admin'));
  const { demoLogins } = require(path.join(appDir, 'dist/src/seed'));
  const base = app.config.get('server.url') || `http://localhost:${app.config.get('server.port')}`;
  const admin = adminCredentials();
  const lines = [
    '',
    '  Sanbao is ready',
    `  ready in ${((Date.now() - started) / 1000).toFixed(1)} s (database: ${app.config.get('database.connection.client')})`,
    '',
    `  Admin panel (staff):   ${base}/admin`,
    `    super admin          ${admin.email} / ${admin.password}`,
    `  Dealer portal:         ${base}/portal/`,
    ...demoLogins.map((login) => `    dealer ${login.dealer.padEnd(13)} ${login.username} / ${login.password}`),
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
