/**
 * The CMS as a real server process (scripts/bench/server.js) on the test's database,
 * for what an in-process server cannot show: a SIGKILL in the middle of a write, a
 * restart on the same database, the memory of the process under load.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import path from 'path';
import { ROOT } from '../../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { randomSecrets } = require('../../../scripts/lib/env-file');

/**
 * A production server refuses derived secrets, so each test run gets random ones. They go
 * into this process's environment too (before startStrapi reads its configuration), so a
 * token the in-process instance issues is accepted by the spawned server and the other way round.
 */
export const RUN_SECRETS: Record<string, string> = randomSecrets();
for (const [name, value] of Object.entries(RUN_SECRETS)) {
  if (process.env[name] === undefined) process.env[name] = value;
  else RUN_SECRETS[name] = process.env[name]!;
}

export interface ServerProcess {
  pid: number;
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Sends the signal and waits until the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Resident memory now, in kB (Linux /proc). */
  rssKb(): number;
  output(): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

/**
 * Starts the server with the current process's database settings (what startStrapi
 * prepared) plus `env` (a name set to undefined is removed), and resolves once /_health
 * answers. `script`: scripts/bench/server.js, or scripts/start.js for what `npm start` does.
 */
export async function spawnServer(env: Record<string, string | undefined> = {}, timeoutMs = 180_000, script = 'scripts/bench/server.js'): Promise<ServerProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const merged: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', CRON_ENABLED: 'false', SANBAO_SEED: 'false', SANBAO_SKIP_BUILD: 'true', ...env };
  for (const name of Object.keys(merged)) if (merged[name] === undefined) delete merged[name];
  const child = spawn(process.execPath, [path.join(ROOT, script)], {
    cwd: ROOT,
    env: merged as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log = (log + chunk).slice(-20_000)));
  child.stderr!.on('data', (chunk) => (log = (log + chunk).slice(-20_000)));
  let gone = false;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    gone = true;
    resolve(code);
  }));

  const started = Date.now();
  for (;;) {
    if (gone) throw new Error(`server exited during start-up:\n${log}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after ${timeoutMs} ms:\n${log}`);
    }
    try {
      const res = await fetch(`${base}/_health`);
      if (res.status === 204 || res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    pid: child.pid!,
    base,
    child,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (!gone) child.kill(signal);
      await exited;
    },
    rssKb: () => rssOf(child.pid!),
    output: () => log,
  };
}

/** One JSON request; network errors (the server was killed) come back as status 0, with the error's cause. */
export async function send(base: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; error?: string }> {
  try {
    const res = await fetch(base + url, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (a PDF…)
    }
    return { status: res.status, body: parsed };
  } catch (error: any) {
    const cause = error?.cause;
    return { status: 0, body: null, error: [error?.message, cause?.code, cause?.message].filter(Boolean).join(' / ') };
  }
}
