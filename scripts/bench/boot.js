'use strict';
/**
 * Boots the built CMS in-process on a temp SQLite file (or PostgreSQL, from the env) with
 * the demo seed, listening on loopback. `routes`: extra admin-type routes (a benchmark's
 * baseline behind the same HTTP stack and admin policies), registered before the mount.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { randomSecrets } = require('../lib/env-file');

const ROOT = path.resolve(__dirname, '..', '..');

async function bootServer({ routes = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-bench-'));
  Object.assign(process.env, {
    ...randomSecrets(),
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    DATABASE_FILENAME: process.env.DATABASE_CLIENT === 'postgres' ? '' : path.join(dir, 'bench.db'),
    CRON_ENABLED: 'false',
    DEALER_LOGIN_RATE_LIMIT: 'false',
    ADMIN_LOGIN_RATE_LIMIT: 'false',
  });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: path.join(ROOT, 'cms'), distDir: path.join(ROOT, 'cms', 'dist') }).load();
  if (routes.length > 0) strapi.server.routes({ type: 'admin', routes });
  // server.listen mounts the routes first (the raw httpServer.listen would answer 404 everywhere).
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
  const stop = async () => {
    await strapi.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { strapi, base, stop };
}

async function json(base, method, url, body, headers = {}) {
  const res = await fetch(base + url, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** An admin user in one of the plugin's roles (made once), signed in: its bearer header. */
async function staffAuth(strapi, base, roleName) {
  const role = await strapi.db.query('admin::role').findOne({ where: { name: roleName } });
  if (!role) throw new Error(`no admin role ${roleName}`);
  const credentials = { email: `bench-${role.code}@example.test`, password: 'Bench-Staff-2026' };
  if (!(await strapi.db.query('admin::user').findOne({ where: { email: credentials.email } }))) {
    await strapi.service('admin::user').create({ ...credentials, firstname: 'Bench', lastname: roleName, isActive: true, roles: [role.id], registrationToken: null });
  }
  const login = await json(base, 'POST', '/admin/login', credentials);
  if (login.status !== 200) throw new Error(`admin login ${roleName}: ${login.status} ${JSON.stringify(login.body).slice(0, 300)}`);
  return { Authorization: `Bearer ${login.body.data.token}` };
}

module.exports = { bootServer, json, staffAuth, ROOT };
