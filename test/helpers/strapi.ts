/**
 * Boots the real CMS (with the claim-review plugin) in-process on a fresh database:
 * a temp SQLite file, with DATABASE_CLIENT=postgres a fresh schema in the `test`
 * database, with DATABASE_CLIENT=mysql (MySQL 8 or MariaDB) a fresh database. One instance per test file; `stopStrapi` removes what it made.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';

export const ROOT = path.resolve(__dirname, '..', '..');
const APP_DIR = path.join(ROOT, 'cms');

let instance: Core.Strapi | null = null;
let cleanup: (() => Promise<void>) | null = null;

const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';
const isMysql = () => process.env.DATABASE_CLIENT === 'mysql';

async function preparePostgres(): Promise<() => Promise<void>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require('pg');
  const schema = `t_${process.pid}_${Date.now().toString(36)}`;
  const config = process.env.DATABASE_URL
    ? { connectionString: process.env.DATABASE_URL }
    : { host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 5432), database: process.env.DATABASE_NAME || 'test', user: process.env.DATABASE_USERNAME || 'postgres' };
  const client = new Client(config);
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  process.env.DATABASE_SCHEMA = schema;
  if (!process.env.DATABASE_URL) process.env.DATABASE_NAME = config.database as string;
  return async () => {
    const drop = new Client(config);
    await drop.connect();
    await drop.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await drop.end();
  };
}

/** MySQL has no schemas inside a database: each test file gets a database of its own. */
async function prepareMysql(): Promise<() => Promise<void>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2/promise');
  const database = `t_${process.pid}_${Date.now().toString(36)}`;
  const config = { host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 3306), user: process.env.DATABASE_USERNAME || 'root', password: process.env.DATABASE_PASSWORD || '' };
  const admin = await mysql.createConnection(config);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  process.env.DATABASE_NAME = database;
  return async () => {
    const drop = await mysql.createConnection(config);
    await drop.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await drop.end();
  };
}

function prepareSqlite(): () => Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-test-'));
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = path.join(dir, 'test.db');
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

export interface BootOptions {
  /** Load the full demo seed (slower) instead of starting empty. */
  seed?: boolean;
  env?: Record<string, string>;
}

export async function startStrapi(options: BootOptions = {}): Promise<Core.Strapi> {
  if (instance) return instance;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
    SANBAO_SEED: options.seed ? 'true' : 'false',
    CRON_ENABLED: 'false',
    // Tests log in many times from one address; the hardening suite turns limits back on.
    ADMIN_LOGIN_RATE_LIMIT: 'false',
    DEALER_LOGIN_RATE_LIMIT: 'false',
    ...options.env,
  });
  const dropDatabase = isPostgres() ? await preparePostgres() : isMysql() ? await prepareMysql() : prepareSqlite();
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
