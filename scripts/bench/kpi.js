#!/usr/bin/env node
'use strict';
/**
 * The service KPI page at scale on PostgreSQL: BENCH_KPI_SIZE service requests (default
 * 1,000,000: 2 % open, the rest two years of history; generate-service.js) with the
 * receipts and follow-up calls of the finished ones and units that come back (a fifth of
 * the requests share their unit with three others), the KPI rollup built from them
 * (kpiRollup.rebuild), then the page's figures — every KPI over the two years, the
 * monthly trend and the table by dealer — answered from the rollup against the same
 * figures summed from the base tables (source=base), in the same run, interleaved.
 * The two answers must be equal (the API test holds them equal on small data too).
 *
 *   BENCH_KPI_SIZE=1000000 node scripts/bench/kpi.js
 *   BENCH_RUNS=20 (rollup answers)  BENCH_BASE_RUNS=3 (base-table answers)  BENCH_KPI_JSON=/tmp/kpi.json
 *
 * Goal (issue #17): the rollup's answer ≤ 0.1× the base tables' (median).
 * Needs `npm run build` and PostgreSQL at 127.0.0.1:5432 (db `test`, user postgres).
 */
process.env.BENCH_SCHEMA = process.env.BENCH_KPI_SCHEMA || `bench_kpi_${process.pid}`;
const fs = require('fs');
const { prepareSchema, SCHEMA } = require('./generate');
const { measureThenStop, runBench } = require('./lifecycle');
const { generateService, REQUEST_UID, WORK_ORDER_UID } = require('./generate-service');
const { summarize, table } = require('./report');

const SIZE = Number(process.env.BENCH_KPI_SIZE || 1000000);
const OPEN = Math.round(SIZE * 0.02);
const RUNS = Number(process.env.BENCH_RUNS || 20);
const BASE_RUNS = Number(process.env.BENCH_BASE_RUNS || 3);
const GOAL = 0.1;
const RECEIPT_UID = 'plugin::claim-review.service-receipt';
const FOLLOW_UP_UID = 'plugin::claim-review.follow-up';

const meta = (strapi, uid) => strapi.db.metadata.get(uid);
const col = (strapi, uid, attribute) => meta(strapi, uid).attributes[attribute].columnName || attribute;

/**
 * Receipts of the completed orders, follow-up calls of the followed-up requests, and
 * returning units, written by INSERT … SELECT over what the generator wrote, with values
 * spread by id (a few wrong parts, some unhappy customers, four fault components).
 */
async function completeHistory(strapi, knex) {
  const sr = (a) => col(strapi, REQUEST_UID, a);
  const wo = (a) => col(strapi, WORK_ORDER_UID, a);
  const rc = (a) => col(strapi, RECEIPT_UID, a);
  const fu = (a) => col(strapi, FOLLOW_UP_UID, a);
  const SR = meta(strapi, REQUEST_UID).tableName;
  const WO = meta(strapi, WORK_ORDER_UID).tableName;
  const RC = meta(strapi, RECEIPT_UID).tableName;
  const FU = meta(strapi, FOLLOW_UP_UID).tableName;
  const started = Date.now();
  // A fifth of the units come back: requests id 20k…20k+19 with id % 10 < 2 share one serial.
  await knex.raw(`UPDATE ${SR} SET ${sr('serial')} = 'LSBREP' || (id / 20)::text WHERE id % 10 < 2 AND ${sr('serial')} IS NOT NULL`);
  await knex.raw(
    `INSERT INTO ${RC} (document_id, ${rc('workOrderNumber')}, ${rc('requestNumber')}, ${rc('dealerCode')}, ${rc('faultComponent')}, ${rc('faultFound')}, ${rc('workDone')},
       ${rc('parts')}, ${rc('labour')}, ${rc('coverage')}, ${rc('completedAt')}, ${rc('acceptanceName')}, ${rc('signatureSha256')}, ${rc('signatureBytes')},
       ${rc('satisfaction')}, ${rc('partsLines')}, ${rc('partsCorrect')}, created_at, updated_at, published_at)
     SELECT md5(w.id::text), w.${wo('number')}, w.${wo('requestNumber')}, w.${wo('dealerCode')},
       (ARRAY['motor','controller','battery','brake'])[1 + w.id % 4], '基准故障', '基准维修', '[]', '[]',
       CASE WHEN w.id % 5 = 0 THEN 'out_of_warranty' ELSE 'in_warranty' END, w.${wo('completedAt')}, '基准', md5(w.id::text), 100,
       CASE WHEN w.id % 23 = 0 THEN 2 WHEN w.id % 7 = 0 THEN 3 WHEN w.id % 2 = 0 THEN 4 ELSE 5 END,
       1 + w.id % 3, 1 + w.id % 3 - CASE WHEN w.id % 41 = 0 THEN 1 ELSE 0 END, now(), now(), now()
     FROM ${WO} w WHERE w.${wo('status')} = 'completed' AND w.${wo('completedAt')} IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ${RC} x WHERE x.${rc('workOrderNumber')} = w.${wo('number')})`,
  );
  await knex.raw(
    `INSERT INTO ${FU} (document_id, ${fu('requestNumber')}, ${fu('cycle')}, ${fu('at')}, ${fu('reached')}, ${fu('solved')}, ${fu('satisfaction')}, ${fu('outcome')}, ${fu('byName')}, created_at, updated_at, published_at)
     SELECT md5('f' || r.id::text), r.${sr('number')}, 0, r.${sr('followedUpAt')}, true, true,
       CASE WHEN r.id % 3 = 0 THEN (CASE WHEN r.id % 31 = 0 THEN 2 ELSE 4 END) ELSE NULL END, 'satisfied', 'Bench', now(), now(), now()
     FROM ${SR} r WHERE r.${sr('followedUpAt')} IS NOT NULL`,
  );
  await knex.raw(`ANALYZE ${SR}; ANALYZE ${WO}; ANALYZE ${RC}; ANALYZE ${FU}`);
  return (Date.now() - started) / 1000;
}

const pad = (n) => String(n).padStart(2, '0');
function businessToday() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const get = (t) => parts.find((p) => p.type === t).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}
const addDays = (date, days) => {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

async function main() {
  await prepareSchema();
  const { bootServer, staffAuth } = require('./boot');
  const { strapi, base, stop } = await bootServer();
  const knex = strapi.db.connection;
  await measureThenStop(stop, async () => {
    const gen = await generateService(strapi, { open: OPEN, closed: SIZE - OPEN }, (line) => console.log(line));
    const historySeconds = await completeHistory(strapi, knex);
    console.log(`history: receipts, follow-up calls and returning units in ${historySeconds.toFixed(1)} s`);
    const plugin = strapi.plugin('claim-review');
    const clock = await plugin.service('serviceClock').clock();
    let started = Date.now();
    const built = await plugin.service('kpiRollup').rebuild(clock, new Date(), (line) => console.log(`  ${line}`));
    const rebuildSeconds = (Date.now() - started) / 1000;
    console.log(`rollup: ${built.facts.toLocaleString('en-US')} facts, ${built.days.toLocaleString('en-US')} day rows in ${rebuildSeconds.toFixed(1)} s`);
    await knex.raw(`ANALYZE ${meta(strapi, 'plugin::claim-review.kpi-fact').tableName}; ANALYZE ${meta(strapi, 'plugin::claim-review.kpi-day').tableName}`);

    const today = businessToday();
    const query = { from: addDays(today, -730), to: today, period: 'month', by: 'dealer' };
    const figures = plugin.service('kpiFigures');
    const now = new Date();
    const rolled = await figures.figures({ ...query, source: 'aggregate' }, now);
    started = Date.now();
    const summed = await figures.figures({ ...query, source: 'base' }, now);
    console.log(`base tables: one answer in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const strip = (a) => JSON.stringify({ ...a, source: null, asOf: null });
    const equal = strip(rolled) === strip(summed);
    const services = rolled.totals.find((f) => f.kpi === 'complaints_per_100').denominator;
    console.log(`answers equal: ${equal}; ${services.toLocaleString('en-US')} services in the range, ${rolled.groups.length} dealers, ${rolled.periods.length} months`);
    if (!equal) process.exitCode = 1;

    // Over HTTP once, as the page asks it (the admin session and RBAC of a Service coordinator).
    const coordinator = await staffAuth(strapi, base, 'Service coordinator');
    const res = await fetch(`${base}/claim-review/service/kpis?${new URLSearchParams(query)}`, { headers: coordinator });
    if (res.status !== 200) throw new Error(`GET /service/kpis: ${res.status}`);
    await res.text();

    // Interleaved: a base-table answer, then RUNS / BASE_RUNS rollup answers, BASE_RUNS times.
    const samples = { aggregate: [], base: [] };
    const time = async (name, source) => {
      const s = process.hrtime.bigint();
      await figures.figures({ ...query, source });
      samples[name].push(Number(process.hrtime.bigint() - s) / 1e6);
    };
    for (let i = 0; i < BASE_RUNS; i++) {
      await time('base', 'base');
      for (let j = 0; j < Math.ceil(RUNS / BASE_RUNS); j++) await time('aggregate', 'aggregate');
    }
    const agg = summarize(samples.aggregate);
    const baseT = summarize(samples.base);
    const ratio = agg.p50 / baseT.p50;
    table(`KPI page over ${SIZE.toLocaleString('en-US')} service requests (ms, PostgreSQL, in process, same run)`, [
      { case: 'figures summed from the base tables (baseline)', n: baseT.n, p50: baseT.p50, p95: baseT.p95, 'p50 ratio': 1 },
      { case: 'figures answered from the rollup', n: agg.n, p50: agg.p50, p95: agg.p95, 'p50 ratio': ratio },
    ]);
    console.log(`rollup / base tables: ${ratio.toFixed(4)}× (${ratio <= GOAL ? 'met' : 'NOT met'}, goal ≤ ${GOAL}×); answers equal: ${equal}`);
    if (ratio > GOAL) process.exitCode = 1;
    if (process.env.BENCH_KPI_JSON) {
      fs.writeFileSync(
        process.env.BENCH_KPI_JSON,
        JSON.stringify({ size: SIZE, schema: SCHEMA, generate: { ...gen, dealers: gen.dealers.length, historySeconds }, rebuild: { ...built, seconds: rebuildSeconds }, services, equal, aggregate: agg, base: baseT, ratio }, null, 2),
      );
    }
  });
}

runBench(main);
