#!/usr/bin/env node
'use strict';
/**
 * Writes docs/reliability.md from the JSON the reliability suite leaves in
 * $TMPDIR/sanbao-reliability/ (run the suite on each database first:
 * `npm test -- test/reliability --selectProjects api`, then the same with
 * DATABASE_CLIENT=postgres …). Checks that wrote no file this time are listed as not run.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(os.tmpdir(), 'sanbao-reliability');
const PAGE = path.join(ROOT, 'docs', 'reliability.md');

const sum = (objects) => objects.reduce((acc, o) => {
  for (const [k, v] of Object.entries(o || {})) acc[k] = (acc[k] || 0) + v;
  return acc;
}, {});
const statuses = (tally) => Object.entries(tally).sort().map(([s, n]) => `${s} × ${n.toLocaleString('en-US')}`).join(', ');

/** The older checks write their own shapes; each gets a line of its figures. */
const LEGACY = {
  fuzz: (j) => {
    const routes = Object.values(j.routes);
    return `${j.runsPerRoute} runs per route, ${routes.length} routes: ${statuses(sum(routes.map((r) => r.statuses)))}`;
  },
  faults: (j) => j.figures.map((f) => `round ${f.round}, ${f.stage}: killed after ${f.answeredBeforeKill} answers with ${f.inFlightAtKill} in flight, ${f.committedBeforeKill} committed, restart ${(f.restartMs / 1000).toFixed(1)} s, 0 inconsistencies`).join('; '),
  hardening: (j) => [
    j.dealerLogin && `dealer logins ${j.dealerLogin.statuses.join(',')}, colleague at the same address ${j.dealerLogin.colleagueSameAddress}`,
    j.staffLogin && `staff logins ${j.staffLogin.statuses.join(',')}, other account ${j.staffLogin.otherAccountSameAddress}`,
    j.sqlInjection && `SQL injection ${j.sqlInjection.requests.toLocaleString('en-US')} requests over ${j.sqlInjection.routes} routes: ${statuses(j.sqlInjection.statuses)}`,
  ].filter(Boolean).join('; '),
  uploads: (j) => {
    const r = j.refusedUploads;
    const statuses = {};
    for (const byStatus of Object.values(r.statuses)) for (const [status, n] of Object.entries(byStatus)) statuses[status] = (statuses[status] ?? 0) + n;
    return [
      `${r.requests} refused or anonymous multipart posts (${Object.entries(statuses).map(([status, n]) => `${status} × ${n}`).join(', ')}): temp files ${r.tempFilesBefore} before, ${r.tempFilesAfter} after`,
      `a client hanging up mid-upload: ${j.abortedUpload.removedAfterHangUp ? 'its temp file removed' : 'its temp file LEFT'}`,
      `orphan sweep removed ${j.orphanSweep.removed}, kept ${j.orphanSweep.keptWithinGrace} within grace and ${j.orphanSweep.keptLinked} linked`,
      `${j.imageBombs.posts} image bombs: RSS ${j.imageBombs.rssBeforeMb} → ${j.imageBombs.rssAfterMb} MB`,
    ].join('; ');
  },
  soak: (j) => `${j.seconds ?? ''} s, ${j.requests.toLocaleString('en-US')} requests, ${j.errorCount} errors, p50 ${Math.round(j.latencyMs.p50)} ms, p95 ${Math.round(j.latencyMs.p95)} ms, RSS ${j.rssMb.afterWarmup} → ${j.rssMb.end} MB (${j.rssGrowthPct} %)`,
};

function line(file) {
  const json = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
  if (json.check && typeof json.summary === 'string') return { check: json.check, database: json.database, text: json.summary };
  const kind = file.split('-')[0];
  const database = json.database || (file.includes('postgres') ? 'postgres' : file.includes('mysql') ? 'mysql' : 'sqlite');
  return { check: kind, database, text: LEGACY[kind] ? LEGACY[kind](json) : JSON.stringify(json).slice(0, 300) };
}

function main() {
  const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];
  const rows = [];
  for (const file of files) {
    try {
      rows.push(line(file));
    } catch (error) {
      rows.push({ check: file, database: '?', text: `unreadable: ${error.message}` });
    }
  }
  const checks = fs.readdirSync(path.join(ROOT, 'test', 'reliability')).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace('.test.ts', ''));
  const ran = new Set(rows.map((r) => r.check));
  const page = [
    '# Reliability',
    '',
    '_Written by `npm run reliability:page` from the figures the last runs of `test/reliability/` left in `$TMPDIR/sanbao-reliability/`; do not edit by hand._',
    '',
    'Every check is a jest file in `test/reliability/` (project `api`), so `npm test` and CI run its',
    'bounded form on SQLite, PostgreSQL and MariaDB; the long forms are the same files with a larger',
    'count (`SANBAO_FUZZ_RUNS=1000`, `SANBAO_FAULT_ROUNDS=3`, `SOAK_SECONDS=600`). What each one',
    'asserts is written at the top of its file. Counts and errors are what matter; latencies',
    'depend on the machine.',
    '',
    '| check | database | figures |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.check} | ${r.database} | ${r.text.replace(/\|/g, '\\|')} |`),
    '',
    ...(checks.filter((c) => !ran.has(c)).length ? [`Not run before this page was written: ${checks.filter((c) => !ran.has(c)).join(', ')}.`, ''] : []),
  ];
  fs.mkdirSync(path.dirname(PAGE), { recursive: true });
  fs.writeFileSync(PAGE, page.join('\n'));
  console.log(`wrote ${PAGE} (${rows.length} figures)`);
}

main();
