#!/usr/bin/env node
'use strict';
/**
 * POST /api/claim-review/claims with submit (precheck, pricing, claim + lines + audit
 * in one transaction) versus a bare Strapi content-API create of one entry, measured
 * in the same run over loopback HTTP, one request at a time.
 * Goal (issue 4): p95 ≤ 1.5× the bare create. Needs `npm run build`.
 */
const { bootServer, json } = require('./boot');
const { summarize, table } = require('./report');

const N = Number(process.env.BENCH_N || 200);

async function time(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main() {
  const { strapi, base, stop } = await bootServer();
  try {
    const { demoLogins, demoSerials } = require('../../cms/dist/src/seed');
    const login = demoLogins[0];
    const auth = await json(base, 'POST', '/api/auth/local', { identifier: login.username, password: login.password });
    const dealerJwt = auth.body.jwt;
    const token = (await strapi.service('admin::api-token').create({ name: 'bench', type: 'full-access', lifespan: null })).accessKey;

    const serial = demoSerials.find((s) => s.dealer === login.dealer).serial;
    const unit = await json(base, 'GET', `/api/claim-review/units/${serial}`, undefined, { Authorization: `Bearer ${dealerJwt}` });
    if (unit.status !== 200) throw new Error(`demo unit ${serial}: ${unit.status}`);
    // Repaired the day after the sale: inside every window whatever day the bench runs.
    const repairDate = unit.body.saleDate;
    const parts = await strapi.db.query('api::part.part').findMany({ where: { category: 'standard' }, limit: 2 });
    const op = await strapi.db.query('api::labour-operation.labour-operation').findOne({ where: {} });
    const claim = {
      serial, failureDate: repairDate, repairDate, remedy: 'repair', fault: { component: 'frame', description: 'bench' },
      parts: parts.map((p) => ({ partNumber: p.number, qty: 1 })), labour: [{ operation: op.code, hours: 0.5 }],
      customerConfirmation: { name: 'bench', signedAt: repairDate }, submit: true,
    };
    const first = await json(base, 'POST', '/api/claim-review/claims', claim, { Authorization: `Bearer ${dealerJwt}`, 'Idempotency-Key': 'warm' });
    if (first.status !== 201) throw new Error(`claim submit: ${first.status} ${JSON.stringify(first.body).slice(0, 400)}`);

    const bare = [];
    const submit = [];
    // Interleaved so both see the same machine state.
    for (let i = 0; i < N; i++) {
      bare.push(await time(() => json(base, 'POST', '/api/reason-codes', { data: { code: `BENCH_${i}`, label: '基准' } }, { Authorization: `Bearer ${token}` })));
      submit.push(await time(() => json(base, 'POST', '/api/claim-review/claims', claim, { Authorization: `Bearer ${dealerJwt}`, 'Idempotency-Key': `bench-${i}` })));
    }
    const b = summarize(bare.slice(10));
    const s = summarize(submit.slice(10));
    table(`Claim submit vs bare content-API create (ms, n=${b.n} each, SQLite, one at a time)`, [
      { case: 'POST /api/reason-codes (bare create, baseline)', p50: b.p50, p95: b.p95, mean: b.mean, 'p95 ratio': 1 },
      { case: 'POST /api/claim-review/claims submit', p50: s.p50, p95: s.p95, mean: s.mean, 'p95 ratio': s.p95 / b.p95 },
    ]);
    console.log(`\ngoal p95 ≤ 1.5× bare create: ${s.p95 / b.p95 <= 1.5 ? 'met' : 'NOT met'} (${(s.p95 / b.p95).toFixed(2)}×)`);
  } finally {
    await stop();
  }
}

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
