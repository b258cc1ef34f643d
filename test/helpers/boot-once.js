'use strict';
/**
 * Starts the CMS once on the database DATABASE_* name and stops it: what the first start
 * of an install writes (tables, roles, permissions, the super admin). The template of a
 * test run (test/helpers/global-setup.ts) is made this way, in a process of its own so that
 * nothing of that server stays in jest's.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const APP_DIR = path.resolve(__dirname, '..', '..', 'cms');

(async () => {
  const app = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  await app.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
