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

module.exports = { bootServer, json, ROOT };
