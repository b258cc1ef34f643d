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
const UNITS = 40;

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
    // Units like the demo one, so each carries a realistic history (a few claims), not hundreds.
    const demo = await strapi.db.query('api::unit.unit').findOne({ where: { serial }, populate: { model: true, dealer: true } });
    const serials = [];
    for (let i = 0; i < UNITS; i++) {
      const copy = `BENCH-${String(i).padStart(4, '0')}`;
      await strapi.documents('api::unit.unit').create({
        data: { serial: copy, model: demo.model.id, dealer: demo.dealer.id, buildDate: demo.buildDate, saleDate: demo.saleDate, registrationDate: demo.registrationDate },
      });
      serials.push(copy);
    }
    const claimOf = (unitSerial) => ({
      serial: unitSerial, failureDate: repairDate, repairDate, remedy: 'repair', fault: { component: 'frame', description: 'bench' },
      parts: parts.map((p) => ({ partNumber: p.number, qty: 1 })), labour: [{ operation: op.code, hours: 0.5 }],
      customerConfirmation: { name: 'bench', signedAt: repairDate }, submit: true,
    });
    const claim = claimOf(serial);
    const first = await json(base, 'POST', '/api/claim-review/claims', claim, { Authorization: `Bearer ${dealerJwt}`, 'Idempotency-Key': 'warm' });
    if (first.status !== 201) throw new Error(`claim submit: ${first.status} ${JSON.stringify(first.body).slice(0, 400)}`);

    const bare = [];
    const submit = [];
    // Interleaved so both see the same machine state.
    for (let i = 0; i < N; i++) {
      bare.push(await time(() => json(base, 'POST', '/api/reason-codes', { data: { code: `BENCH_${i}`, label: '基准' } }, { Authorization: `Bearer ${token}` })));
      submit.push(await time(() => json(base, 'POST', '/api/claim-review/claims', claimOf(serials[i % UNITS]), { Authorization: `Bearer ${dealerJwt}`, 'Idempotency-Key': `bench-${i}` })));
    }
    const b = summarize(bare.slice(10));
    const s = summarize(submit.slice(10));
    table(`Claim submit vs bare content-API create (ms, n=${b.n} each, SQLite, one at a time)`, [
      { case: 'POST /api/reason-codes (bare create, baseline)', p50: b.p50, p95: b.p95, mean: b.mean, 'p95 ratio': 1 },
      { case: 'POST /api/claim-review/claims submit', p50: s.p50, p95: s.p95, mean: s.mean, 'p95 ratio': s.p95 / b.p95 },
    ]);
    console.log(`\ngoal p95 ≤ 1.5× bare create: ${s.p95 / b.p95 <= 1.5 ? 'met' : 'NOT met'} (${(s.p95 / b.p95).toFixed(2)}×)`);

    // In-process, without HTTP and auth: the claims service versus Strapi's own create of the
    // rows a submitted claim stores (claim, its lines, one event) in one transaction. What is
    // left is the cost of the rules: facts, precheck, pricing, numbering, the state machine.
    const dealer = await strapi.db.query('api::dealer.dealer').findOne({ where: { code: login.dealer } });
    const actor = { type: 'dealer', id: null, name: login.username };
    const claims = strapi.plugin('claim-review').service('claims');
    const sample = await strapi.db.query('plugin::claim-review.claim').findOne({ where: { status: 'in_review' }, populate: { lines: true } });
    const strip = ({ id, documentId, createdAt, updatedAt, publishedAt, ...rest }) => rest;
    const bareClaim = (i) => strapi.db.transaction(async () => {
      const row = await strapi.db.query('plugin::claim-review.claim').create({ data: { ...strip(sample), lines: undefined, number: `BARE-${i}`, dealer: dealer.id } });
      for (const line of sample.lines) await strapi.db.query('plugin::claim-review.claim-line').create({ data: { ...strip(line), claim: row.id } });
      await strapi.db.query('plugin::claim-review.claim-event').create({ data: { claim: row.id, claimNumber: row.number, type: 'created', actorType: 'dealer', actorName: actor.name, at: new Date() } });
    });
    const bareIn = [];
    const serviceIn = [];
    for (let i = 0; i < N; i++) {
      bareIn.push(await time(() => bareClaim(i)));
      serviceIn.push(await time(() => claims.create(dealer, actor, claimOf(serials[i % UNITS]), `svc-${i}`)));
    }
    const bi = summarize(bareIn.slice(10));
    const si = summarize(serviceIn.slice(10));
    table(`In process: the claims service vs Strapi's create of the same rows (ms, n=${bi.n} each)`, [
      { case: `db.query create: claim + ${sample.lines.length} lines + 1 event (baseline)`, p50: bi.p50, p95: bi.p95, mean: bi.mean, 'p95 ratio': 1 },
      { case: 'claims.create with submit (rules, pricing, numbering, 3 events)', p50: si.p50, p95: si.p95, mean: si.mean, 'p95 ratio': si.p95 / bi.p95 },
    ]);
  } finally {
    await stop();
  }
}

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
