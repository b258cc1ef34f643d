#!/usr/bin/env node
'use strict';
/**
 * Every benchmark in one command, then one summary table of ratios against their goals:
 *
 *   npm run bench                                    sizes 10k and 100k
 *   BENCH_SIZES=10000,100000,1000000 npm run bench   with 1M claims too
 *   BENCH_ONLY=precheck,scale npm run bench          a subset (precheck, submit, pdf, portal, scale, board)
 *   BENCH_BOARD_SIZE=100000                          open service requests on the dispatch board
 *
 * Each benchmark runs in its own process (their boots must not share a Strapi), prints
 * its own tables as it goes, and hands its figures back (JSON or its goal line).
 * Needs `npm run build` and, for the scale benchmarks, PostgreSQL at 127.0.0.1:5432.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { table } = require('./report');
const { writePage } = require('./page');

const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const scaleJson = path.join(os.tmpdir(), `sanbao-bench-scale-${process.pid}.json`);
const boardJson = path.join(os.tmpdir(), `sanbao-bench-board-${process.pid}.json`);
// Service KPIs
const kpiJson = path.join(os.tmpdir(), `sanbao-bench-kpi-${process.pid}.json`);

function run(script, args = [], env = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(__dirname, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!args.includes('--json')) process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code, out, seconds: (Date.now() - started) / 1000 }));
  });
}

const want = (name) => !ONLY || ONLY.has(name);
const fmt = (x, d = 2) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : String(x));

async function main() {
  const rows = [];
  const add = (benchmark, measure, value, goal, met) => rows.push({ benchmark, measure, value, goal, result: met === null ? 'n/a' : met ? 'met' : 'NOT met' });

  if (want('precheck')) {
    console.log('\n### precheck core (scripts/bench/precheck.js)');
    const r = await run('precheck.js');
    const m = /precheck \+ pricing: \w[\w ]*\((\d+)\)/.exec(r.out);
    const rate = m ? Number(m[1]) : NaN;
    add('precheck core', 'precheck + pricing, claims/s (one core)', Math.round(rate).toLocaleString('en-US'), '≥ 20,000', rate >= 20000);
  }
  if (want('submit')) {
    console.log('\n### claim submit (scripts/bench/claim-submit.js)');
    const r = await run('claim-submit.js');
    const m = /\(([\d.]+)×\)/.exec(r.out);
    const ratio = m ? Number(m[1]) : NaN;
    add('claim submit', 'p95 submit / p95 bare Strapi create', `${fmt(ratio)}×`, '≤ 1.5×', ratio <= 1.5);
  }
  if (want('pdf')) {
    console.log('\n### settlement PDF (scripts/bench/settlement-pdf.js --json)');
    const r = await run('settlement-pdf.js', ['--json']);
    try {
      const j = JSON.parse(r.out);
      const n = j.results['settlement-notice'];
      console.log(`1,000-claim notice: ${n.pages} pages, median ${n.medianMs.toFixed(0)} ms, ${(n.bytes / 1024).toFixed(0)} KB, ${n.timeRatio.toFixed(2)}× the Helvetica table`);
      add('settlement PDF', `${j.claims}-claim notice time / Helvetica table (${n.medianMs.toFixed(0)} ms)`, `${fmt(n.timeRatio)}×`, '≤ 3×', n.timeRatio <= j.budget.timeRatio);
      add('settlement PDF', `${j.claims}-claim notice size (${n.pages} pages)`, `${(n.bytes / 1024 / 1024).toFixed(2)} MB`, '≤ 1.5 MB', n.bytes <= j.budget.bytes);
    } catch (error) {
      add('settlement PDF', 'failed', `exit ${r.code}`, '≤ 3×', false);
    }
  }
  if (want('portal')) {
    console.log('\n### portal bundle (scripts/bench/portal-bundle.js --json)');
    const r = await run('portal-bundle.js', ['--json']);
    try {
      const j = JSON.parse(r.out);
      console.log(`initial JS ${(j.initialJsGzipBytes / 1024).toFixed(1)} KB gzip`);
      add('portal bundle', 'initial JS gzip / budget', `${(j.initialJsGzipBytes / 1024).toFixed(1)} KB (${(j.ratio * 100).toFixed(0)} %)`, '≤ 200 KB', j.ok);
    } catch (error) {
      add('portal bundle', 'failed', `exit ${r.code}`, '≤ 200 KB', false);
    }
  }
  if (want('scale')) {
    console.log(`\n### scale (scripts/bench/scale.js, BENCH_SIZES=${process.env.BENCH_SIZES || '10000,100000'})`);
    const r = await run('scale.js', [], { BENCH_SCALE_JSON: scaleJson });
    if (r.code === 0 && fs.existsSync(scaleJson)) {
      const results = JSON.parse(fs.readFileSync(scaleJson, 'utf8'));
      fs.rmSync(scaleJson, { force: true });
      for (const s of results) {
        const k = `${s.size / 1000}k`;
        const g = s.generate;
        if (g.insertSeconds) add(`generator ${k}`, `+${g.added.toLocaleString('en-US')} claims in ${g.insertSeconds.toFixed(0)} s`, `${Math.round(g.added / g.insertSeconds).toLocaleString('en-US')} claims/s, ${Math.round(g.rows / g.insertSeconds).toLocaleString('en-US')} rows/s`, 'minutes for 1M', null);
        for (const [name, c] of [['queue', s.queue], ['failures', s.failures]]) {
          const overHttp = c.route.p95 / c.rawHttp.p95;
          const inProcess = c.service.p95 / c.raw.p95;
          add(`${name} ${k}`, `p95 route / raw SQL over HTTP (${fmt(c.route.p95, 1)} / ${fmt(c.rawHttp.p95, 1)} ms)`, `${fmt(overHttp)}×`, '≤ 1.5×', overHttp <= 1.5);
          add(`${name} ${k}`, `p95 service / raw SQL in process (${fmt(c.service.p95, 1)} / ${fmt(c.raw.p95, 1)} ms)`, `${fmt(inProcess)}×`, '≤ 1.5×', inProcess <= 1.5);
          add(`${name} ${k}`, `p95 route / raw SQL in process (${fmt(c.route.p95, 1)} / ${fmt(c.raw.p95, 1)} ms)`, `${fmt(c.route.p95 / c.raw.p95)}×`, 'context', null);
          if (name === 'queue') add(`queue ${k}`, `EXPLAIN: ${s.queueScan}`, s.indexScan ? 'index scan' : 'no index', 'index scan', s.indexScan);
        }
      }
    } else {
      add('scale', 'failed', `exit ${r.code}`, '', false);
    }
  }

  if (want('board')) {
    console.log(`\n### dispatch board (scripts/bench/service-board.js, BENCH_BOARD_SIZE=${process.env.BENCH_BOARD_SIZE || '100000'})`);
    const r = await run('service-board.js', [], { BENCH_BOARD_JSON: boardJson });
    if (fs.existsSync(boardJson)) {
      const j = JSON.parse(fs.readFileSync(boardJson, 'utf8'));
      fs.rmSync(boardJson, { force: true });
      const k = `${j.size / 1000}k`;
      const g = j.generate;
      add(`board generator ${k}`, `${j.size.toLocaleString('en-US')} open + ${j.closed.toLocaleString('en-US')} closed requests, ${g.rows.toLocaleString('en-US')} rows in ${g.seconds.toFixed(0)} s`, `${Math.round(g.rows / g.insertSeconds).toLocaleString('en-US')} rows/s`, 'context', null);
      for (const [name, c] of Object.entries(j.results)) {
        const overHttp = c.route.p95 / c.rawHttp.p95;
        const inProcess = c.service.p95 / c.raw.p95;
        add(`board ${k} ${name}`, `p95 route / raw SQL over HTTP (${fmt(c.route.p95, 1)} / ${fmt(c.rawHttp.p95, 1)} ms; ${c.total.toLocaleString('en-US')} rows match)`, `${fmt(overHttp)}×`, '≤ 1.5×', overHttp <= 1.5);
        add(`board ${k} ${name}`, `p95 service / raw SQL in process (${fmt(c.service.p95, 1)} / ${fmt(c.raw.p95, 1)} ms)`, `${fmt(inProcess)}×`, '≤ 1.5×', inProcess <= 1.5);
      }
      const def = j.results.default;
      add(`board ${k} default`, `EXPLAIN: ${def.access}`, def.indexScan ? 'index scan' : 'no index', 'index scan', def.indexScan);
    } else {
      add('board', 'failed', `exit ${r.code}`, '', false);
    }
  }

  // Service KPIs: the page from the rollup against the same figures from the base tables.
  if (want('kpi')) {
    console.log(`\n### service KPIs (scripts/bench/kpi.js, BENCH_KPI_SIZE=${process.env.BENCH_KPI_SIZE || '1000000'})`);
    const r = await run('kpi.js', [], { BENCH_KPI_JSON: kpiJson });
    if (fs.existsSync(kpiJson)) {
      const j = JSON.parse(fs.readFileSync(kpiJson, 'utf8'));
      fs.rmSync(kpiJson, { force: true });
      const k = `${j.size / 1000}k`;
      add(`kpi ${k}`, `rollup built: ${j.rebuild.facts.toLocaleString('en-US')} facts, ${j.rebuild.days.toLocaleString('en-US')} day rows in ${j.rebuild.seconds.toFixed(0)} s`, 'context', 'context', null);
      add(`kpi ${k}`, `p50 page from the rollup / from the base tables (${fmt(j.aggregate.p50, 1)} / ${fmt(j.base.p50, 1)} ms)`, `${fmt(j.ratio, 4)}×`, '≤ 0.1×', j.ratio <= 0.1);
      add(`kpi ${k}`, 'the two answers equal', String(j.equal), 'true', j.equal);
    } else {
      add('kpi', 'failed', `exit ${r.code}`, '', false);
    }
  }

  table('Summary (npm run bench)', rows);
  // A subset leaves the page alone: it would drop the figures of what it did not run.
  if (!ONLY) console.log(`\nwrote ${writePage(rows)}`);
  const failed = rows.filter((r) => r.result === 'NOT met').length;
  console.log(`\n${failed ? `${failed} goal(s) NOT met` : 'all goals met'}`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
