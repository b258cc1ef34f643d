#!/usr/bin/env node
'use strict';
/**
 * Bulk claim generator for the benchmarks at scale: boots the built CMS in-process
 * against PostgreSQL in a dedicated schema (dropped and re-created; the bootstrap then
 * loads the demo seed and the super admin), and tops the claims up to N with their
 * lines, link rows and one `created` audit event each, written through knex in
 * multi-row INSERT batches (never one HTTP call per claim). ANALYZE at the end.
 *
 *   node scripts/bench/generate.js [N=10000]        BENCH_SCHEMA=bench (default)
 *
 * As a module: `prepareSchema()`, `generate(strapi, target)` (adds only what is
 * missing, so 10k → 100k → 1M reuses the rows already there).
 * Needs `npm run build` and PostgreSQL at 127.0.0.1:5432 (db `test`, user postgres).
 */
const crypto = require('crypto');

const SCHEMA = process.env.BENCH_SCHEMA || 'bench';
const BATCH = Number(process.env.BENCH_BATCH || 1000);
const PG = { host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 5432), database: process.env.DATABASE_NAME || 'test', user: process.env.DATABASE_USERNAME || 'postgres' };

const CLAIM_UID = 'plugin::claim-review.claim';
const LINE_UID = 'plugin::claim-review.claim-line';
const EVENT_UID = 'plugin::claim-review.claim-event';

/** Mostly history (settled, waiting for settlement), a working queue, a tail of the rest. */
const STATUS_MIX = [
  ['settled', 45], ['ready_to_settle', 15], ['in_review', 10], ['rejected', 7], ['approved', 5], ['awaiting_parts', 5],
  ['submitted', 4], ['partially_approved', 4], ['info_requested', 3], ['draft', 2],
];
const STATUS_TABLE = STATUS_MIX.flatMap(([s, w]) => Array(w).fill(s));
const DECIDED = new Set(['settled', 'ready_to_settle', 'rejected', 'approved', 'awaiting_parts', 'partially_approved']);
const DAY = 86_400_000;
const END = Date.parse('2026-11-20T00:00:00Z');
const START = END - 730 * DAY;

/** Deterministic PRNG (mulberry32): the same N gives the same rows. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const docId = () => crypto.randomBytes(12).toString('hex').slice(0, 24);

function pgEnv() {
  Object.assign(process.env, {
    DATABASE_CLIENT: 'postgres', DATABASE_HOST: PG.host, DATABASE_PORT: String(PG.port), DATABASE_NAME: PG.database,
    DATABASE_USERNAME: PG.user, DATABASE_SCHEMA: SCHEMA, DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '10',
  });
}

/** Drops and re-creates the bench schema (a clean slate for the seed). */
async function prepareSchema({ drop = true } = {}) {
  const { Client } = require('pg');
  const client = new Client(PG);
  await client.connect();
  if (drop) await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await client.query(`CREATE SCHEMA IF NOT EXISTS "${SCHEMA}"`);
  await client.end();
  pgEnv();
}

async function dropSchema() {
  const { Client } = require('pg');
  const client = new Client(PG);
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await client.end();
}

/** Link table of a relation, as Strapi's metadata names it. */
function linkOf(strapi, uid, attribute) {
  const jt = strapi.db.metadata.get(uid).attributes[attribute].joinTable;
  return { name: jt.name, own: jt.joinColumn.name, other: jt.inverseJoinColumn.name, order: jt.orderColumnName, inverseOrder: jt.inverseOrderColumnName };
}

/** What the claims are made of: seeded units (sold), parts with prices, operations, rates. */
async function masterData(strapi) {
  const q = (uid) => strapi.db.query(uid);
  const units = (await q('api::unit.unit').findMany({ where: { saleDate: { $notNull: true } }, populate: { model: true, dealer: true } }))
    .filter((u) => u.model && u.dealer);
  const prices = await q('api::part-price.part-price').findMany({ populate: { part: true }, orderBy: { effectiveFrom: 'desc' } });
  const priceOf = new Map();
  for (const p of prices) if (p.part && !priceOf.has(p.part.number)) priceOf.set(p.part.number, p.dealerPrice);
  const parts = (await q('api::part.part').findMany({})).filter((p) => priceOf.has(p.number)).map((p) => ({ ...p, price: priceOf.get(p.number) }));
  const operations = await q('api::labour-operation.labour-operation').findMany({});
  const rates = await q('api::labour-rate.labour-rate').findMany({ orderBy: { effectiveFrom: 'desc' } });
  const rateOf = new Map();
  for (const r of rates) if (!rateOf.has(r.tier)) rateOf.set(r.tier, r);
  if (!units.length || !parts.length || !operations.length) throw new Error(`seed incomplete: ${units.length} units, ${parts.length} priced parts, ${operations.length} operations`);
  return { units, parts, operations, rateOf };
}

/** One claim with its lines and its `created` event, as plain column rows. */
function makeClaim(i, rnd, md, now) {
  const unit = md.units[Math.floor(rnd() * md.units.length)];
  const status = STATUS_TABLE[Math.floor(rnd() * STATUS_TABLE.length)];
  const sale = Math.max(Date.parse(`${String(unit.saleDate).slice(0, 10)}T00:00:00Z`), START);
  // The queue is recent work; history spreads over two years.
  const from = status === 'in_review' || status === 'submitted' || status === 'info_requested' ? Math.max(sale, END - 60 * DAY) : sale;
  const failure = from + Math.floor(rnd() * Math.max(1, (END - from) / DAY)) * DAY;
  const repair = Math.min(END, failure + Math.floor(rnd() * 4) * DAY);
  const submitted = new Date(repair + 8 * 3_600_000 + Math.floor(rnd() * 10 * 3_600_000));
  const rate = md.rateOf.get(unit.dealer.tier) ?? [...md.rateOf.values()][0] ?? { hourlyRate: 4000, travelRatePerKm: 150 };

  const lines = [];
  const nParts = 1 + Math.floor(rnd() * 3);
  let partsAmount = 0;
  for (let k = 0; k < nParts; k++) {
    const part = md.parts[Math.floor(rnd() * md.parts.length)];
    const qty = rnd() < 0.8 ? 1 : 2 + Math.floor(rnd() * 3);
    const amount = qty * part.price;
    partsAmount += amount;
    lines.push({ kind: 'part', ref: part.number, name: part.name, name_en: part.nameEn ?? null, component: part.component ?? null, part_category: part.category ?? null, must_return: Boolean(part.mustReturn), causal: k === 0, qty, unit_price: part.price, amount });
  }
  const op = md.operations[Math.floor(rnd() * md.operations.length)];
  const hoursTenths = Math.max(1, Math.round(Number(op.standardHours ?? 1) * 10));
  const labourAmount = Math.round((hoursTenths * rate.hourlyRate) / 10);
  lines.push({ kind: 'labour', ref: op.code, name: op.description ?? op.code, name_en: op.descriptionEn ?? null, hours_tenths: hoursTenths, unit_price: rate.hourlyRate, amount: labourAmount });
  let travelAmount = 0;
  let travelKm = null;
  if (rnd() < 0.3) {
    travelKm = 5 + Math.floor(rnd() * 60);
    travelAmount = travelKm * (rate.travelRatePerKm ?? 150);
    lines.push({ kind: 'travel', ref: 'TRAVEL', name: '外出服务', name_en: 'Field service travel', km: travelKm, unit_price: rate.travelRatePerKm ?? 150, amount: travelAmount });
  }
  const total = partsAmount + labourAmount + travelAmount;
  const payable = status === 'rejected' ? 0 : status === 'partially_approved' ? Math.round(total * 0.7) : total;
  lines.forEach((l, position) => Object.assign(l, { position, payable: status === 'rejected' ? 0 : l.amount, decision: DECIDED.has(status) ? (status === 'rejected' ? 'reject' : 'accept') : null }));

  const ym = iso(repair).slice(0, 7).replace('-', '');
  const number = `CR-${ym}-B${String(i).padStart(7, '0')}`;
  const comp = lines[0].component || 'frame';
  const claim = {
    document_id: docId(), number, status, version: 1 + (DECIDED.has(status) ? 2 : 0),
    dealer_code: unit.dealer.code, serial: unit.serial, model_code: unit.model.code,
    build_month: unit.buildDate ? String(unit.buildDate).slice(0, 7) : null,
    failure_date: iso(failure), repair_date: iso(repair), remedy: rnd() < 0.9 ? 'repair' : 'replacement',
    fault_component: comp, fault_description: '基准数据 bench', usage_value: Math.floor(rnd() * 5000), usage_unit: 'km', travel_km: travelKm,
    parts_amount: partsAmount, labour_amount: labourAmount, travel_amount: travelAmount, total_amount: total, payable_amount: payable,
    submitted_at: status === 'draft' ? null : submitted,
    review_due_at: status === 'draft' ? null : new Date(submitted.getTime() + 48 * 3_600_000),
    review_started_at: status === 'draft' ? null : submitted,
    decided_at: DECIDED.has(status) ? new Date(submitted.getTime() + Math.floor(rnd() * 48) * 3_600_000) : null,
    return_overdue: false, created_at: submitted, updated_at: now, published_at: submitted,
  };
  const event = {
    document_id: docId(), claim_number: number, type: 'created', from_status: null, to_status: status === 'draft' ? 'draft' : 'submitted',
    actor_type: 'dealer', actor_name: unit.dealer.code, dealer_visible: true, at: submitted, created_at: submitted, updated_at: submitted, published_at: submitted,
  };
  return { claim, lines, event, unitId: unit.id, dealerId: unit.dealer.id };
}

/** Column types of a table (for the unnest casts), read once. */
const typeCache = new Map();
async function columnTypes(knex, table) {
  if (!typeCache.has(table)) {
    const r = await knex.raw('SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?', [SCHEMA, table]);
    typeCache.set(table, new Map(r.rows.map((c) => [c.column_name, c.udt_name.replace(/^_/, '')])));
  }
  return typeCache.get(table);
}

/**
 * One INSERT … SELECT FROM unnest($1::type[], …) per table and batch: one bind
 * parameter per column instead of per value, so building the statement costs nothing.
 */
async function insertMany(trx, table, rows) {
  if (!rows.length) return;
  const types = await columnTypes(trx, table);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const arrays = columns.map((c) => rows.map((r) => (r[c] === undefined ? null : r[c] instanceof Date ? r[c].toISOString() : r[c])));
  const casts = columns.map((c) => {
    const type = types.get(c);
    if (!type) throw new Error(`${table}.${c}: no such column`);
    return `?::${type}[]`;
  });
  await trx.raw(`INSERT INTO "${SCHEMA}"."${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`, arrays);
}

/** Ids taken from the table's sequence up front, so link rows need no RETURNING. */
async function takeIds(trx, table, n) {
  const r = await trx.raw(`SELECT nextval(pg_get_serial_sequence('"${SCHEMA}"."${table}"', 'id'))::int AS id FROM generate_series(1, ?)`, [n]);
  return r.rows.map((x) => x.id);
}

/** Adds claims until there are `target` bench claims; returns what it did. */
async function generate(strapi, target, log = console.log) {
  const knex = strapi.db.connection;
  const t = (uid) => strapi.db.metadata.get(uid).tableName;
  const claims = t(CLAIM_UID);
  const lineT = t(LINE_UID);
  const eventT = t(EVENT_UID);
  const lineLink = linkOf(strapi, LINE_UID, 'claim');
  const eventLink = linkOf(strapi, EVENT_UID, 'claim');
  const dealerLink = linkOf(strapi, CLAIM_UID, 'dealer');
  const unitLink = linkOf(strapi, CLAIM_UID, 'unit');

  const have = Number((await knex(claims).where('number', 'like', 'CR-%-B%').count({ n: '*' }))[0].n);
  if (have >= target) return { added: 0, rows: 0, seconds: 0, total: have };
  const md = await masterData(strapi);
  const now = new Date();
  const started = Date.now();
  let rowsWritten = 0;
  let lastLog = started;

  const batch = async (from, to) => {
    const rnd = prng(from * 2654435761);
    const made = [];
    for (let i = from; i < to; i++) made.push(makeClaim(i + 1, rnd, md, now));
    await knex.transaction(async (trx) => {
      const lines = made.flatMap((m) => m.lines.map((l) => ({ document_id: docId(), ...l, created_at: m.claim.created_at, updated_at: now, published_at: m.claim.created_at })));
      const [ids, lineIds, eventIds] = [await takeIds(trx, claims, made.length), await takeIds(trx, lineT, lines.length), await takeIds(trx, eventT, made.length)];
      await insertMany(trx, claims, made.map((m, c) => ({ id: ids[c], ...m.claim })));
      await insertMany(trx, lineT, lines.map((l, k) => ({ id: lineIds[k], ...l })));
      await insertMany(trx, eventT, made.map((m, c) => ({ id: eventIds[c], ...m.event })));
      const lineLinks = [];
      let k = 0;
      made.forEach((m, c) => m.lines.forEach((l, pos) => {
        const row = { [lineLink.own]: lineIds[k++], [lineLink.other]: ids[c] };
        if (lineLink.inverseOrder) row[lineLink.inverseOrder] = pos + 1;
        lineLinks.push(row);
      }));
      const eventLinks = made.map((m, c) => ({ [eventLink.own]: eventIds[c], [eventLink.other]: ids[c], ...(eventLink.inverseOrder ? { [eventLink.inverseOrder]: 1 } : {}) }));
      const dealerLinks = made.map((m, c) => ({ [dealerLink.own]: ids[c], [dealerLink.other]: m.dealerId }));
      const unitLinks = made.map((m, c) => ({ [unitLink.own]: ids[c], [unitLink.other]: m.unitId }));
      await insertMany(trx, lineLink.name, lineLinks);
      await insertMany(trx, eventLink.name, eventLinks);
      await insertMany(trx, dealerLink.name, dealerLinks);
      await insertMany(trx, unitLink.name, unitLinks);
      rowsWritten += ids.length + lineIds.length + eventIds.length + lineLinks.length + eventLinks.length * 3;
    });
  };

  // Two batches in flight: one is built in JS while the other is written.
  const starts = [];
  for (let from = have; from < target; from += BATCH) starts.push(from);
  let next = 0;
  const worker = async () => {
    while (next < starts.length) {
      const from = starts[next++];
      await batch(from, Math.min(target, from + BATCH));
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        const s = (Date.now() - started) / 1000;
        log(`  generate: ${Math.min(target, from + BATCH).toLocaleString('en-US')} / ${target.toLocaleString('en-US')} claims, ${Math.round(rowsWritten / s).toLocaleString('en-US')} rows/s`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  const insertSeconds = (Date.now() - started) / 1000;
  await knex.raw('ANALYZE');
  const seconds = (Date.now() - started) / 1000;
  const added = target - have;
  log(`generate: +${added.toLocaleString('en-US')} claims (${rowsWritten.toLocaleString('en-US')} rows incl. lines, events, links) in ${seconds.toFixed(1)} s ` +
    `(insert ${insertSeconds.toFixed(1)} s, ANALYZE ${(seconds - insertSeconds).toFixed(1)} s): ${Math.round(added / insertSeconds).toLocaleString('en-US')} claims/s, ${Math.round(rowsWritten / insertSeconds).toLocaleString('en-US')} rows/s`);
  return { added, rows: rowsWritten, seconds, insertSeconds, total: target };
}

module.exports = { generate, prepareSchema, dropSchema, insertMany, prng, docId, SCHEMA, PG };

if (require.main === module) {
  const target = Number(process.argv[2] || process.env.BENCH_N || 10000);
  (async () => {
    await prepareSchema({ drop: process.env.BENCH_KEEP !== '1' });
    const { bootServer } = require('./boot');
    const { strapi, stop } = await bootServer();
    try {
      await generate(strapi, target);
    } finally {
      await stop();
    }
  })().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
}
