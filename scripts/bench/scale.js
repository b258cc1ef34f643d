#!/usr/bin/env node
'use strict';
/**
 * Benchmarks at scale on PostgreSQL: for each size (10k, 100k, 1M claims…) the staff
 * review queue and the failure-rate aggregate versus the same SQL run raw through knex,
 * in the same process and run, interleaved, each measured two ways:
 *  - over HTTP: the plugin route versus a route that answers the raw SQL's rows, both
 *    behind the same HTTP stack, admin session and RBAC policy, called by a user in the
 *    role whose page it is (Technical reviewer: queue; Finance: failures);
 *  - in process: the plugin service versus the raw SQL, without HTTP.
 * Also the route against the raw SQL in process (what an admin request costs on its own
 * is then in the ratio). Prints EXPLAIN (ANALYZE, BUFFERS) of the raw queries and whether
 * the queue page is read through an index, then how each cost grows with the claims.
 *
 *   BENCH_SIZES=10000,100000,1000000 node scripts/bench/scale.js
 *   BENCH_RUNS=60 (rounds per size: each case once a round)  BENCH_CASE_SECONDS=90 (time cap per comparison)
 *   BENCH_SCALE_JSON=/tmp/scale.json (also write the figures)  BENCH_KEEP=1 (keep the schema)
 *
 * Goals (issue): ≤ 1.5× the raw SQL at p95, over HTTP and in process; the queue page
 * read by an index scan.
 * Needs `npm run build` and PostgreSQL at 127.0.0.1:5432 (db `test`, user postgres).
 */
const fs = require('fs');
const { prepareSchema, generate, SCHEMA } = require('./generate');
const { measureThenStop, runBench } = require('./lifecycle');
const { interleave, table } = require('./report');

const SIZES = (process.env.BENCH_SIZES || '10000,100000').split(',').map(Number).filter(Boolean).sort((a, b) => a - b);
const RUNS = Number(process.env.BENCH_RUNS || 60);
const CASE_SECONDS = Number(process.env.BENCH_CASE_SECONDS || 90);
const GOAL = 1.5;

const STAFF_STATUSES = ['submitted', 'in_review', 'info_requested', 'rejected', 'approved', 'partially_approved', 'awaiting_parts', 'ready_to_settle', 'settled'];
const WAITING = ['submitted', 'in_review'];

async function main() {
  await prepareSchema();
  const { bootServer, staffAuth } = require('./boot');
  const compare = (cases) => interleave(cases, { runs: RUNS, seconds: CASE_SECONDS });
  // The raw baselines over HTTP: the same admin policies as the plugin's routes, the raw rows as the answer.
  const raw = { queue: null, failures: null };
  const policies = (action) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::claim-review.${action}`] } }];
  const rowsOf = (results) => results.map((r) => (Array.isArray(r) ? r : r.rows));
  const { strapi, base, stop } = await bootServer({
    routes: [
      { method: 'GET', path: '/bench-raw/queue', handler: async (ctx) => { ctx.body = rowsOf(await raw.queue()); }, config: { policies: policies('claims.read') } },
      { method: 'GET', path: '/bench-raw/failures', handler: async (ctx) => { ctx.body = rowsOf(await raw.failures()); }, config: { policies: policies('analytics.read') } },
    ],
  });
  const knex = strapi.db.connection;
  const results = [];
  await measureThenStop(stop, async () => {
    const reviewer = await staffAuth(strapi, base, 'Technical reviewer');
    const finance = await staffAuth(strapi, base, 'Finance');
    const get = async (url, auth) => {
      const res = await fetch(base + url, { headers: auth });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${text.slice(0, 300)}`);
      return text;
    };
    const review = strapi.plugin('claim-review').service('review');
    const analytics = strapi.plugin('claim-review').service('analytics');
    const today = () => strapi.plugin('claim-review').service('facts').today();

    const t = (uid) => strapi.db.metadata.get(uid).tableName;
    const claims = t('plugin::claim-review.claim');
    const dealers = t('api::dealer.dealer');
    const jt = (uid, attr) => strapi.db.metadata.get(uid).attributes[attr].joinTable;
    const dealerLink = jt('plugin::claim-review.claim', 'dealer');

    const inList = (xs) => xs.map((s) => `'${s}'`).join(', ');
    // The queue page as the review service asks it (status in_review, by due date), with its counts.
    const queuePageSql = `
      SELECT c.*, d.code AS dealer_code_, d.name AS dealer_name
      FROM ${claims} c
      LEFT JOIN ${dealerLink.name} l ON l.${dealerLink.joinColumn.name} = c.id
      LEFT JOIN ${dealers} d ON d.id = l.${dealerLink.inverseJoinColumn.name}
      WHERE c.status IN (${inList(STAFF_STATUSES)}) AND c.status = 'in_review'
      ORDER BY c.review_due_at ASC, c.id ASC LIMIT 25 OFFSET 0`;
    const queueCountSql = `SELECT COUNT(*) AS n FROM ${claims} c WHERE c.status IN (${inList(STAFF_STATUSES)}) AND c.status = 'in_review'`;
    const queueStatusSql = `SELECT c.status, COUNT(*) AS n FROM ${claims} c WHERE c.status IN (${inList(STAFF_STATUSES)}) GROUP BY c.status`;
    const queueOverdueSql = `SELECT COUNT(*) AS n FROM ${claims} c WHERE c.status IN (${inList(STAFF_STATUSES)}) AND c.status IN (${inList(WAITING)}) AND c.review_due_at < ?`;
    const rawQueue = () => Promise.all([knex.raw(queuePageSql), knex.raw(queueCountSql), knex.raw(queueStatusSql), knex.raw(queueOverdueSql, [new Date()])]);
    raw.queue = rawQueue;

    // The failure-rate aggregate by part: the statements the service itself issues, captured
    // from one call and replayed through knex, so the baseline follows the rules that shape
    // them (no-fault lines, exposure within warranty) instead of a hand copy that falls behind.
    let failureStatements = [];
    const captureStatements = async (call) => {
      const seen = [];
      // Some statements are reported in PostgreSQL's native form ($1, $2… in order); knex.raw takes `?`.
      const portable = (sql) => (!sql.includes('?') && /\$\d+/.test(sql) ? sql.replace(/\$\d+/g, '?') : sql);
      const listen = (q) => seen.push({ sql: portable(q.sql), bindings: q.bindings ?? [] });
      knex.on('query', listen);
      try {
        await call();
      } finally {
        knex.removeListener('query', listen);
      }
      return seen;
    };
    const rawFailures = () => Promise.all(failureStatements.map((q) => knex.raw(q.sql, q.bindings)));
    raw.failures = rawFailures;

    const explain = async (sql, bindings = []) => {
      const r = await knex.raw(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, bindings);
      return r.rows.map((x) => x['QUERY PLAN']).join('\n');
    };
    const claimAccess = (plan) => {
      const m = plan.split('\n').filter((l) => l.includes(` on ${claims} `) || l.includes(`on ${claims}_`) || /Index.*claim_review_claims_/.test(l));
      const scan = m.find((l) => /Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan/.test(l) && l.includes(claims)) || m[0] || '';
      return scan.replace(/\s*\(cost.*$/, '').replace(/^\s*->\s*/, '').trim();
    };

    for (const size of SIZES) {
      const gen = await generate(strapi, size, (line) => console.log(line));
      const stats = (await knex.raw(`SELECT pg_size_pretty(pg_total_relation_size('${claims}')) AS claims, (SELECT COUNT(*) FROM ${claims} WHERE status = 'in_review') AS in_review`)).rows[0];
      // Sanity: the route answers the same page the raw query reads.
      const queueUrl = '/claim-review/claims?status=in_review&page=1&pageSize=25';
      const page = JSON.parse(await get(queueUrl, reviewer));
      const rawPage = (await knex.raw(queuePageSql)).rows;
      if (page.data.length !== rawPage.length || page.data[0]?.number !== rawPage[0]?.number) {
        throw new Error(`queue route and raw SQL disagree: ${page.data[0]?.number} vs ${rawPage[0]?.number}`);
      }
      const queue = await compare({
        route: () => get(queueUrl, reviewer),
        rawHttp: () => get('/bench-raw/queue', reviewer),
        service: () => review.queue({ status: 'in_review', page: 1, pageSize: 25 }),
        raw: rawQueue,
      });
      failureStatements = await captureStatements(() => analytics.failures({ groupBy: 'part' }, today()));
      const failures = await compare({
        route: () => get('/claim-review/analytics/failures?groupBy=part', finance),
        rawHttp: () => get('/bench-raw/failures', finance),
        service: () => analytics.failures({ groupBy: 'part' }, today()),
        raw: rawFailures,
      });
      const queuePlan = await explain(queuePageSql);
      // The heaviest of them: the claims per part, joined to their lines.
      const partStatement = failureStatements.reduce((a, b) => (b.sql.length > a.sql.length && /"ref"|\.ref\b/.test(b.sql) ? b : a), failureStatements[0]);
      const partPlan = await explain(partStatement.sql, partStatement.bindings);
      const statusPlan = await explain(queueStatusSql);
      const queueScan = claimAccess(queuePlan);
      const indexScan = /Index/.test(queueScan) && !/Seq Scan/.test(queueScan);
      console.log(`\n=== ${size.toLocaleString('en-US')} claims (schema ${SCHEMA}, claims table ${stats.claims}, ${stats.in_review} in review) ===`);
      console.log(`EXPLAIN (ANALYZE, BUFFERS) queue page:\n${queuePlan}`);
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) per-status counts:\n${statusPlan}`);
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) failures by part:\n${partPlan}`);
      const rowsFor = (label, c) => [
        { case: `${label}: raw SQL over HTTP (baseline)`, n: c.rawHttp.n, p50: c.rawHttp.p50, p95: c.rawHttp.p95, 'p50 ratio': 1, 'p95 ratio': 1 },
        { case: `${label}: plugin route`, n: c.route.n, p50: c.route.p50, p95: c.route.p95, 'p50 ratio': c.route.p50 / c.rawHttp.p50, 'p95 ratio': c.route.p95 / c.rawHttp.p95 },
        { case: `${label}: raw SQL in process (baseline)`, n: c.raw.n, p50: c.raw.p50, p95: c.raw.p95, 'p50 ratio': 1, 'p95 ratio': 1 },
        { case: `${label}: plugin service in process`, n: c.service.n, p50: c.service.p50, p95: c.service.p95, 'p50 ratio': c.service.p50 / c.raw.p50, 'p95 ratio': c.service.p95 / c.raw.p95 },
        { case: `${label}: plugin route / raw SQL in process`, n: c.route.n, p50: c.route.p50, p95: c.route.p95, 'p50 ratio': c.route.p50 / c.raw.p50, 'p95 ratio': c.route.p95 / c.raw.p95 },
      ];
      table(`Plugin vs raw SQL at ${size.toLocaleString('en-US')} claims (ms, PostgreSQL, one at a time; queue as a Technical reviewer, failures as Finance)`, [
        ...rowsFor('queue', queue),
        ...rowsFor('failures by part', failures),
      ]);
      console.log(`queue page access: ${queueScan} → ${indexScan ? 'index scan' : 'NO index scan'}`);
      results.push({ size, generate: gen, tableSize: stats.claims, queue, failures, queueScan, indexScan, queuePlan, partPlan });
    }

    table('Growth of each cost with the number of claims (p50 ms; × = vs the smallest size)', results.map((r) => ({
      claims: r.size.toLocaleString('en-US'),
      'generate claims/s': r.generate.insertSeconds ? Math.round(r.generate.added / r.generate.insertSeconds) : '-',
      'queue route': r.queue.route.p50,
      'queue raw HTTP': r.queue.rawHttp.p50,
      'queue raw': r.queue.raw.p50,
      'queue ×': r.queue.route.p50 / results[0].queue.route.p50,
      'failures route': r.failures.route.p50,
      'failures raw HTTP': r.failures.rawHttp.p50,
      'failures raw': r.failures.raw.p50,
      'failures ×': r.failures.route.p50 / results[0].failures.route.p50,
      'index scan': r.indexScan ? 'yes' : 'NO',
    })));
    const verdict = (x) => `${x.toFixed(2)}× (${x <= GOAL ? 'met' : 'NOT met'})`;
    for (const r of results) {
      console.log(
        `${r.size}: queue route / raw over HTTP ${verdict(r.queue.route.p95 / r.queue.rawHttp.p95)}, service / raw in process ${verdict(r.queue.service.p95 / r.queue.raw.p95)}; ` +
          `failures route / raw over HTTP ${verdict(r.failures.route.p95 / r.failures.rawHttp.p95)}, service / raw in process ${verdict(r.failures.service.p95 / r.failures.raw.p95)}; index scan: ${r.indexScan ? 'yes' : 'NO'}`,
      );
    }
    if (process.env.BENCH_SCALE_JSON) {
      fs.writeFileSync(process.env.BENCH_SCALE_JSON, JSON.stringify(results.map(({ queuePlan: _queuePlan, partPlan: _partPlan, ...r }) => r), null, 2));
    }
  });
}

runBench(main);
