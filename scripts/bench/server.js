#!/usr/bin/env node
'use strict';
/**
 * Starts the built CMS as `npm start` does, but never builds: the fault-injection tests
 * and the soak spawn it while other test files read dist/ under the shared build lock,
 * so a rebuild from here could swap files under them. Configured by the environment
 * (PORT, HOST, DATABASE_*, LOG_LEVEL, SANBAO_SEED…); prints one line when it listens.
 */
const path = require('path');
const { explainStartupError } = require('../lib/startup-errors');

const ROOT = path.resolve(__dirname, '..', '..');

async function main() {
  process.env.NODE_ENV = process.env.NODE_ENV || 'production';
  const { createStrapi } = require('@strapi/strapi');
  const appDir = path.join(ROOT, 'cms');
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  await app.start();
  console.log(`sanbao listening on ${app.config.get('server.host')}:${app.config.get('server.port')} pid ${process.pid}`);
  // The soak tells a leak from a heap that is still growing to its working size.
  const every = Number(process.env.SANBAO_MEMORY_SAMPLE_MS || 0);
  if (every > 0) {
    setInterval(() => {
      const { heapUsed, rss } = process.memoryUsage();
      console.log(`memory ${JSON.stringify({ t: Date.now(), heapUsed, rss })}`);
    }, every).unref();
  }
}

main().catch((error) => {
  console.error(`Sanbao could not start: ${explainStartupError(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
});
