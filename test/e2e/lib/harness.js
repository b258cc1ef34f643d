'use strict';
/**
 * What every browser end-to-end script needs: the real server started as a child
 * process on a free port with a throw-away SQLite file, Debian's chromium driven by
 * playwright-core with a fresh profile, and a step counter that prints one line per
 * step and a closing "N passed, N failed". Nothing here builds: `npm test` builds first.
 */
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { randomSecrets } = require('../../../scripts/lib/env-file');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Today as the server counts business dates, and days around it (YYYY-MM-DD). */
function businessDay(offsetDays = 0) {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const BUILD_LOCK = process.env.SANBAO_BUILD_LOCK || '/tmp/sanbao-build.lock';

/**
 * Holds the shared build lock (flock -s) while a server runs, as every test that boots
 * Strapi does: a build elsewhere would swap the plugin's dist or the portal's hashed
 * chunks under the running server. Answers a release function; without flock or the
 * lock file, or when the lock does not come within `waitSeconds` (say, the caller holds
 * it exclusively), runs unlocked.
 */
async function sharedBuildLock(waitSeconds = 120) {
  if (!fs.existsSync(BUILD_LOCK)) return async () => undefined;
  // The holder keeps the lock until its stdin closes: on release, and also when this
  // process dies without cleaning up, so a crashed run never leaves the lock taken.
  const holder = spawn('flock', ['-s', '-w', String(waitSeconds), BUILD_LOCK, '-c', 'echo locked; exec cat >/dev/null'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const locked = await new Promise((resolve) => {
    holder.on('error', () => resolve(false));
    holder.on('exit', () => resolve(false));
    holder.stdout.on('data', (chunk) => String(chunk).includes('locked') && resolve(true));
  });
  if (!locked) {
    console.log(`    (running without the shared build lock ${BUILD_LOCK})`);
    return async () => undefined;
  }
  return async () => {
    holder.stdin.end();
    if (holder.exitCode === null) await new Promise((resolve) => holder.once('exit', resolve));
  };
}

/**
 * `node scripts/start.js` with PORT and DATABASE_FILENAME of its own; resolves once
 * `/_health` answers. The child leads its own process group, so `stop()` ends it and
 * anything it spawned, and nothing else.
 */
async function startServer({ timeoutMs = 150_000, env = {} } = {}) {
  const releaseLock = await sharedBuildLock();
  const port = await freePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-e2e-'));
  const database = path.join(tmp, 'e2e.db');
  const url = `http://127.0.0.1:${port}`;
  const log = [];
  const child = spawn(process.execPath, ['scripts/start.js'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Secrets of its own, so that scripts/start.js neither reads nor writes cms/.env.
    env: { ...process.env, ...randomSecrets(), SANBAO_ADMIN_PASSWORD: 'Sanbao-Admin-2026', PORT: String(port), HOST: '127.0.0.1', DATABASE_FILENAME: database, LOG_LEVEL: 'warn', ...env },
  });
  const keep = (chunk) => {
    log.push(String(chunk));
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (exited === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      for (let i = 0; i < 50 && exited === null; i++) await sleep(100);
      if (exited === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    await releaseLock();
  }

  const started = Date.now();
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`the server exited (${exited.code ?? exited.signal}) before answering:\n${log.join('').slice(-3000)}`);
    }
    if (Date.now() - started > timeoutMs) {
      await stop();
      // scripts/start.js builds what is stale before it starts: that alone can take minutes.
      const building = /^building /m.test(log.join('')) ? ' (it was building stale sources first: build before running, as `npm test` does)' : '';
      throw new Error(`the server did not answer /_health within ${timeoutMs / 1000} s${building}:\n${log.join('').slice(-3000)}`);
    }
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return { url, port, stop, output: () => log.join(''), bootSeconds: (Date.now() - started) / 1000 };
}

/** Headless chromium with a profile of its own, thrown away on close. */
async function launchBrowser({ locale = 'zh-CN', width = 1280, height = 900 } = {}) {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width, height },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${locale}`,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    context,
    page,
    problems,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** JSON over HTTP for the API steps a test takes outside the browser. */
async function http(method, url, { token, body, headers = {} } = {}) {
  const res = await fetch(url, {
    method,
    headers: {
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body: json, text };
}

/**
 * Numbered steps. A failed step is reported and counted; with `{ stopOnFail: true }`
 * (the default) the steps after it are skipped, since each builds on the last.
 */
function steps(title) {
  let passed = 0;
  let failed = 0;
  let halted = null;
  // After the closing line (the watchdog may print it while a step still runs) nothing more is counted.
  let result = null;
  console.log(`# ${title}`);
  return {
    async step(name, fn, { stopOnFail = true } = {}) {
      if (result !== null) return undefined;
      if (halted) {
        console.log(`  - skipped: ${name} (after "${halted}" failed)`);
        return undefined;
      }
      const t0 = Date.now();
      try {
        const value = await fn();
        if (result !== null) return undefined;
        passed += 1;
        console.log(`  ok ${passed + failed} - ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        return value;
      } catch (error) {
        if (result !== null) return undefined;
        failed += 1;
        console.log(`  not ok ${passed + failed} - ${name}`);
        console.log(`    ${String(error && error.stack ? error.stack : error).split('\n').slice(0, 6).join('\n    ')}`);
        if (stopOnFail) halted = name;
        return undefined;
      }
    },
    /** Counts a failure that happened outside any step (the watchdog, a crash). */
    fail(name, error) {
      if (result !== null) return;
      failed += 1;
      console.log(`  not ok ${passed + failed} - ${name}${error ? `: ${error.message ?? error}` : ''}`);
    },
    skip(name, why) {
      console.log(`  - skipped: ${name} (${why})`);
    },
    get failed() {
      return failed;
    },
    finish() {
      if (result === null) {
        console.log(`${passed} passed, ${failed} failed`);
        result = failed === 0 && passed > 0 ? 0 : 1;
      }
      return result;
    },
  };
}

/** Ends the script after `ms` whatever it is doing: counts a failure, cleans up, exits 1. */
function watchdog(ms, cleanup, suite) {
  const timer = setTimeout(async () => {
    suite.fail(`the script ran longer than ${ms / 1000} s`);
    suite.finish();
    await cleanup().catch(() => undefined);
    process.exit(1);
  }, ms);
  timer.unref();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await cleanup().catch(() => undefined);
      process.exit(130);
    });
  }
  return () => clearTimeout(timer);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * The frame every e2e script shares: numbered steps, a watchdog, and the server and
 * browser it opens closed whatever happens (a failed step, a crash, the watchdog).
 * `main` gets the suite and opens the server and the browser as its first steps.
 */
function e2eScript(title, watchdogMs, main) {
  const suite = steps(title);
  let server = null;
  let browser = null;
  async function cleanup() {
    if (browser) await browser.close();
    browser = null;
    if (server) await server.stop();
    server = null;
  }
  const stopWatchdog = watchdog(watchdogMs, cleanup, suite);
  const ctx = {
    suite,
    async server(options) {
      server = await suite.step('the server starts with the demo data', async () => {
        const s = await startServer(options);
        console.log(`    ${s.url} answered /_health after ${s.bootSeconds.toFixed(0)} s`);
        return s;
      });
      return server;
    },
    async browser(options) {
      browser = await suite.step('chromium starts', () => launchBrowser(options));
      return browser;
    },
  };
  main(ctx)
    .catch((error) => suite.fail('the script crashed', error))
    .finally(async () => {
      if (browser && browser.problems.length) console.log(`    browser reported: ${browser.problems.slice(0, 5).join(' | ')}`);
      stopWatchdog();
      await cleanup();
      process.exit(suite.finish());
    });
}

module.exports = { ROOT, CHROMIUM, businessDay, sharedBuildLock, startServer, launchBrowser, http, steps, watchdog, sleep, assert, e2eScript };
