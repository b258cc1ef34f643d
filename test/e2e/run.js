#!/usr/bin/env node
'use strict';
/**
 * Runs every browser end-to-end script (test/e2e/*.e2e.js) one after another — each
 * starts its own server, so they never share a port or a database — prints each one's
 * output and result, and closes with the sum: "N passed, N failed". Exits non-zero when
 * any step of any script failed, or a script ended without its closing line.
 *
 *   node test/e2e/run.js [name-filter]     e.g. `node test/e2e/run.js portal`
 */
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const DIR = __dirname;
const CLOSING = /^(\d+) passed, (\d+) failed\s*$/;

function runScript(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [file], { cwd: path.resolve(DIR, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let last = null;
    let pending = '';
    const relay = (chunk, stream) => {
      stream.write(chunk);
      pending += String(chunk);
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const m = CLOSING.exec(line);
        if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      }
    };
    child.stdout.on('data', (c) => relay(c, process.stdout));
    child.stderr.on('data', (c) => process.stderr.write(c));
    child.on('close', (code, signal) => {
      const m = CLOSING.exec(pending);
      if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      resolve({ code: code ?? 1, signal, counts: last, seconds: (Date.now() - started) / 1000 });
    });
  });
}

async function main() {
  const filter = process.argv[2];
  const scripts = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.e2e.js') && (!filter || f.includes(filter)))
    .sort();
  if (scripts.length === 0) {
    console.log(`no end-to-end scripts${filter ? ` matching "${filter}"` : ''} in ${path.relative(process.cwd(), DIR) || DIR}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  let passed = 0;
  let failed = 0;
  const summary = [];
  for (const script of scripts) {
    console.log(`\n=== ${script}`);
    const result = await runScript(path.join(DIR, script));
    const counts = result.counts ?? { passed: 0, failed: 0 };
    // A script that crashed or exited non-zero without saying why still counts as a failure.
    const unexplained = result.code !== 0 && counts.failed === 0 ? 1 : 0;
    passed += counts.passed;
    failed += counts.failed + unexplained;
    const verdict = result.code === 0 && !unexplained ? 'ok' : 'FAILED';
    const note = result.counts ? `${counts.passed} passed, ${counts.failed} failed` : `no closing line, exit ${result.signal ?? result.code}`;
    summary.push(`  ${verdict.padEnd(6)} ${script.padEnd(28)} ${note} (${result.seconds.toFixed(0)} s)`);
  }

  console.log('\n=== end-to-end summary');
  for (const line of summary) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
