#!/usr/bin/env node
'use strict';
/**
 * POST /api/claim-review/claims with submit (precheck, pricing, claim + lines + audit
 * in one transaction) versus a bare Strapi content-API create of one entry, measured
 * in the same run over loopback HTTP, one request at a time, interleaved.
 * The bare create is made twice: by a portal user signed in like a dealer (a
 * users-permissions JWT, a role granted that one create), which is the baseline of the
 * goal, and with a full-access API token, a cheaper authentication shown for context.
 * Goal (issue 4): p95 ≤ 1.5× the bare create. Needs `npm run build`.
 */
const { bootServer, json } = require('./boot');
const { summarize, table } = require('./report');

const N = Number(process.env.BENCH_N || 400);
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
    // A portal user whose role may create reason codes and nothing else (bench database only).
    const writerRole = await strapi.db.query('plugin::users-permissions.role').create({ data: { name: 'Bench writer', description: 'bench', type: 'bench-writer' } });
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'api::reason-code.reason-code.create', role: writerRole.id } });
    await strapi.plugin('users-permissions').service('user').add({
      username: 'bench-writer', email: 'bench-writer@example.test', password: 'Bench-Writer-2026', provider: 'local', confirmed: true, blocked: false, role: writerRole.id,
    });
    const writerJwt = (await json(base, 'POST', '/api/auth/local', { identifier: 'bench-writer', password: 'Bench-Writer-2026' })).body.jwt;
    if (!writerJwt) throw new Error('bench writer login failed');

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
    const bareToken = [];
    const submit = [];
    const created = async (res) => {
      const r = await res;
      if (r.status !== 201 && r.status !== 200) throw new Error(`bench request answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
    };
    const bareCreate = (i, auth) => created(json(base, 'POST', '/api/reason-codes', { data: { code: `BENCH_${i}`, label: '基准' } }, { Authorization: `Bearer ${auth}` }));
    // The goal's pair, interleaved so both see the same machine state (and the same garbage collector).
    for (let i = 0; i < N; i++) {
      bare.push(await time(() => bareCreate(`U${i}`, writerJwt)));
      submit.push(await time(() => created(json(base, 'POST', '/api/claim-review/claims', claimOf(serials[i % UNITS]), { Authorization: `Bearer ${dealerJwt}`, 'Idempotency-Key': `bench-${i}` }))));
    }
    // Context: the same bare create with an API token, interleaved with the portal user's.
    const bareAgain = [];
    for (let i = 0; i < N / 2; i++) {
      bareAgain.push(await time(() => bareCreate(`V${i}`, writerJwt)));
      bareToken.push(await time(() => bareCreate(`T${i}`, token)));
    }
    const b = summarize(bare.slice(10));
    const s = summarize(submit.slice(10));
    const b2 = summarize(bareAgain.slice(10));
    const t = summarize(bareToken.slice(10));
    const db = process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite';
    table(`Claim submit vs bare content-API create (ms, n=${b.n} each, ${db}, one at a time)`, [
      { case: 'POST /api/reason-codes, portal user JWT (bare create, baseline)', p50: b.p50, p95: b.p95, mean: b.mean, 'p50 ratio': 1, 'p95 ratio': 1 },
      { case: 'POST /api/claim-review/claims submit, dealer JWT', p50: s.p50, p95: s.p95, mean: s.mean, 'p50 ratio': s.p50 / b.p50, 'p95 ratio': s.p95 / b.p95 },
    ]);
    table(`Context: the bare create signed in two ways (ms, n=${t.n} each, interleaved)`, [
      { case: 'POST /api/reason-codes, portal user JWT', p50: b2.p50, p95: b2.p95, mean: b2.mean, 'p50 ratio': 1, 'p95 ratio': 1 },
      { case: 'POST /api/reason-codes, full-access API token', p50: t.p50, p95: t.p95, mean: t.mean, 'p50 ratio': t.p50 / b2.p50, 'p95 ratio': t.p95 / b2.p95 },
    ]);
    console.log(`\ngoal p95 ≤ 1.5× bare create: ${s.p95 / b.p95 <= 1.5 ? 'met' : 'NOT met'} (${(s.p95 / b.p95).toFixed(2)}×)`);

    // In-process, without HTTP and auth: the claims service versus Strapi's own create of the
    // rows a submitted claim stores (claim, its lines, one event) in one transaction. What is
    // left is the cost of the rules: facts, precheck, pricing, numbering, the state machine.
    const dealer = await strapi.db.query('api::dealer.dealer').findOne({ where: { code: login.dealer } });
    const actor = { type: 'dealer', id: null, name: login.username };
    const claims = strapi.plugin('claim-review').service('claims');
    const sample = await strapi.db.query('plugin::claim-review.claim').findOne({ where: { status: 'in_review' }, populate: { lines: true } });
    const strip = ({ id: _id, documentId: _documentId, createdAt: _createdAt, updatedAt: _updatedAt, publishedAt: _publishedAt, ...rest }) => rest;
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
