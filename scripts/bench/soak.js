#!/usr/bin/env node
'use strict';
/**
 * Loopback soak of mixed dealer traffic against a real server process on the demo
 * seed: GET /me, GET /claims, GET /units/:serial, POST /claims/precheck and POST
 * /claims (each with its own Idempotency-Key), from the three demo dealers, with
 * autocannon. Reports requests, errors (anything but the expected 2xx, socket errors,
 * timeouts), p50/p95/p99 latency and the server's resident memory (/proc/<pid>/status)
 * after warm-up and at the end. Needs `npm run build`.
 *
 *   SOAK_SECONDS=60 SOAK_CONNECTIONS=8 node scripts/bench/soak.js      (defaults)
 *   SOAK_SECONDS=600 node scripts/bench/soak.js                         (the 10-minute form)
 *   SOAK_REPORT=/tmp/soak.json …                                        (also write the JSON)
 *   DATABASE_CLIENT=postgres DATABASE_NAME=test DATABASE_USERNAME=postgres …   (a fresh schema)
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const net = require('net');
const autocannon = require('autocannon');
const { randomSecrets } = require('../lib/env-file');

const ROOT = path.resolve(__dirname, '..', '..');
// One set per run: a restarted server must accept the tokens of the one before.
const SECRETS = randomSecrets();

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

function heapFigures(samples, mb) {
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const floor = (list) => Math.min(...list.map((h) => h.heapUsed));
  const first = floor(samples.slice(0, tenth));
  const last = floor(samples.slice(-tenth));
  return { firstTenthFloor: mb(first), lastTenthFloor: mb(last), max: mb(Math.max(...samples.map((h) => h.heapUsed))), floorGrowthPct: +(((last - first) / first) * 100).toFixed(1) };
}

async function json(base, method, url, body, headers = {}) {
  const res = await fetch(base + url, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A database of its own: a temp SQLite file, a fresh schema (postgres) or a fresh database (mysql). */
async function database() {
  if (process.env.DATABASE_CLIENT === 'mysql') {
    const mysql = require('mysql2/promise');
    const name = `soak_${process.pid}_${Date.now().toString(36)}`;
    const config = { host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 3306), user: process.env.DATABASE_USERNAME || 'root', password: process.env.DATABASE_PASSWORD || '' };
    const admin = await mysql.createConnection(config);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    await admin.end();
    return {
      env: { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name, DATABASE_USERNAME: config.user },
      drop: async () => {
        const c = await mysql.createConnection(config);
        await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await c.end();
      },
    };
  }
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const { Client } = require('pg');
    const schema = `soak_${process.pid}_${Date.now().toString(36)}`;
    const config = { host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 5432), database: process.env.DATABASE_NAME || 'test', user: process.env.DATABASE_USERNAME || 'postgres', password: process.env.DATABASE_PASSWORD || undefined };
    const client = new Client(config);
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.end();
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_SCHEMA: schema, DATABASE_NAME: config.database, DATABASE_USERNAME: config.user },
      drop: async () => {
        const c = new Client(config);
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-soak-'));
  return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'soak.db') }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function startServer(env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(__dirname, 'server.js')], {
    cwd: ROOT,
    env: {
      ...SECRETS, ...process.env, ...env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', CRON_ENABLED: 'false',
      SANBAO_SEED: 'true', DEALER_LOGIN_RATE_LIMIT: 'false', ADMIN_LOGIN_RATE_LIMIT: 'false', SANBAO_MEMORY_SAMPLE_MS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const heap = [];
  let pending = '';
  child.stdout.on('data', (c) => {
    log = (log + c).slice(-20000);
    pending += c;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) if (line.startsWith('memory ')) heap.push(JSON.parse(line.slice(7)));
  });
  child.stderr.on('data', (c) => (log = (log + c).slice(-20000)));
  let exited = false;
  const gone = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`server exited during start-up:\n${log}`);
    if (Date.now() - started > 300000) throw new Error(`server not ready:\n${log}`);
    try {
      if ((await fetch(`${base}/_health`)).status < 300) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base, pid: child.pid, log: () => log, heap,
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await gone;
    },
  };
}

/** Per demo dealer: a token and, per serial, a claim body that passes the precheck where it can. */
async function dealersOf(base) {
  const { demoLogins, demoSerials } = require(path.join(ROOT, 'cms/dist/src/seed'));
  const out = [];
  for (const login of demoLogins) {
    const auth = await json(base, 'POST', '/api/auth/local', { identifier: login.username, password: login.password });
    if (auth.status !== 200) throw new Error(`login ${login.username}: ${auth.status}`);
    const headers = { Authorization: `Bearer ${auth.body.jwt}` };
    const units = [];
    for (const { serial } of demoSerials.filter((s) => s.dealer === login.dealer)) {
      const unit = await json(base, 'GET', `/api/claim-review/units/${serial}`, undefined, headers);
      if (unit.status !== 200 || !unit.body.saleDate) continue;
      const day = unit.body.saleDate > unit.body.registrationDate ? unit.body.saleDate : unit.body.registrationDate;
      const claim = {
        serial, failureDate: day, repairDate: day, remedy: 'repair', fault: { component: 'frame', description: 'soak 负载测试' },
        parts: [], labour: [], customerConfirmation: { name: '负载', signedAt: day },
      };
      const check = await json(base, 'POST', '/api/claim-review/claims/precheck', claim, headers);
      if (check.status !== 200) throw new Error(`precheck ${serial}: ${check.status} ${JSON.stringify(check.body).slice(0, 300)}`);
      units.push({ serial, claim, submit: !check.body.findings.some((f) => f.severity === 'error') });
    }
    if (units.length) out.push({ dealer: login.dealer, headers, units });
  }
  if (!out.length) throw new Error('no registered demo unit to file claims on');
  return out;
}

async function runSoak({ seconds = Number(process.env.SOAK_SECONDS || 60), connections = Number(process.env.SOAK_CONNECTIONS || 8), log = console.log } = {}) {
  const db = await database();
  const server = await startServer(db.env);
  try {
    const dealers = await dealersOf(server.base);
    let turn = 0;
    let keys = 0;
    const pick = () => {
      const d = dealers[turn % dealers.length];
      const u = d.units[Math.floor(turn / dealers.length) % d.units.length];
      turn += 1;
      return { d, u };
    };
    const byType = {};
    const count = (type) => (status) => {
      byType[type] ??= {};
      byType[type][status] = (byType[type][status] ?? 0) + 1;
    };
    const request = (type, method, build) => ({
      method,
      setupRequest(req) {
        const { d, u } = pick();
        const { path: p, body, headers = {} } = build(d, u);
        return { ...req, method, path: p, headers: { ...req.headers, 'content-type': 'application/json', ...d.headers, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) };
      },
      onResponse: count(type),
    });
    const mix = [
      request('GET /me', 'GET', () => ({ path: '/api/claim-review/me' })),
      request('GET /claims', 'GET', () => ({ path: '/api/claim-review/claims?pageSize=25' })),
      request('GET /units/:serial', 'GET', (_d, u) => ({ path: `/api/claim-review/units/${u.serial}` })),
      request('POST /claims/precheck', 'POST', (_d, u) => ({ path: '/api/claim-review/claims/precheck', body: u.claim })),
      request('GET /claims', 'GET', () => ({ path: '/api/claim-review/claims?status=draft' })),
      request('GET /units/:serial', 'GET', (_d, u) => ({ path: `/api/claim-review/units/${u.serial}` })),
      request('POST /claims/precheck', 'POST', (_d, u) => ({ path: '/api/claim-review/claims/precheck', body: u.claim })),
      request('POST /claims', 'POST', (_d, u) => ({ path: '/api/claim-review/claims', body: { ...u.claim, submit: u.submit }, headers: { 'idempotency-key': `soak-${process.pid}-${(keys += 1)}` } })),
    ];

    const warmupSeconds = Math.min(10, Math.max(2, Math.round(seconds / 10)));
    const samples = [];
    const sampler = setInterval(() => samples.push({ t: Date.now(), kb: rssKb(server.pid) }), 1000);
    const latencies = [];
    const started = Date.now();
    const result = await new Promise((resolve, reject) => {
      const instance = autocannon({ url: server.base, connections, duration: seconds, timeout: 30, requests: mix }, (error, res) => (error ? reject(error) : resolve(res)));
      instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    clearInterval(sampler);
    samples.push({ t: Date.now(), kb: rssKb(server.pid) });

    const afterWarmup = samples.filter((s) => s.t - started >= warmupSeconds * 1000);
    const startKb = afterWarmup[0]?.kb ?? samples[0].kb;
    const endKb = samples[samples.length - 1].kb;
    const sorted = latencies.sort((a, b) => a - b);
    const heapAfterWarmup = server.heap.find((h) => h.t - started >= warmupSeconds * 1000) ?? server.heap[0];
    const heapEnd = server.heap[server.heap.length - 1];
    const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1);
    const expected = { 'POST /claims': 201 };
    const unexpected = Object.entries(byType).flatMap(([type, statuses]) =>
      Object.entries(statuses).filter(([status]) => Number(status) !== (expected[type] ?? 200)).map(([status, n]) => `${type} → ${status} × ${n}`));
    const report = {
      database: db.env.DATABASE_CLIENT,
      seconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      errors: { unexpectedStatus: unexpected, non2xx: result.non2xx, socketErrors: result.errors, timeouts: result.timeouts },
      errorCount: result.non2xx + result.errors + result.timeouts + unexpected.length,
      latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] },
      byType,
      rssMb: { afterWarmup: +(startKb / 1024).toFixed(1), end: +(endKb / 1024).toFixed(1), max: +(Math.max(...samples.map((s) => s.kb)) / 1024).toFixed(1), warmupSeconds },
      rssGrowthPct: +(((endKb - startKb) / startKb) * 100).toFixed(1),
      // The lowest heap of the first and the last tenth after warm-up: what survives GC.
      heapUsedMb: heapEnd ? heapFigures(server.heap.filter((h) => h.t >= heapAfterWarmup.t), mb) : null,
      // The machine's load while measuring: latency figures only compare at similar load.
      cpus: os.cpus().length,
      loadAverage1m: +os.loadavg()[0].toFixed(2),
    };
    log(JSON.stringify(report, null, 2));
    if (process.env.SOAK_REPORT) fs.writeFileSync(process.env.SOAK_REPORT, JSON.stringify(report, null, 2));
    return report;
  } finally {
    await server.stop();
    await db.drop();
  }
}

module.exports = { runSoak };

if (require.main === module) {
  runSoak().then(
    (report) => process.exit(report.errorCount === 0 ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
