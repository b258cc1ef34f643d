/**
 * Settlements (三包费用核销通知) over HTTP: finance drafts, corrects, issues and exports;
 * the dealer reads, downloads and acknowledges. Amounts are hand-computed from the
 * fixture; the PDF is read back with pdftotext.
 */
import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi, goodClaim } from '../helpers/dealer-api';
import { addDays, daysAgo, today } from '../helpers/dates';
import { makeReadyToSettle } from '../helpers/claim-states';
import { pdfPages, squash } from '../../plugins/claim-review/server/src/pdf/__tests__/poppler';

let strapi: Core.Strapi;
let east: ReturnType<typeof dealerApi>;
let west: ReturnType<typeof dealerApi>;
let finance: ReturnType<typeof staffApi>;
let reviewer: ReturnType<typeof staffApi>;

/** Reads any answer as raw bytes (PDF, CSV with its BOM). */
const binary = (res: any, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

function staffApi(jwt: string) {
  const base = '/claim-review';
  const auth = (req: request.Test) => req.set('Authorization', `Bearer ${jwt}`);
  return {
    get: (path: string) => auth(request(httpServer()).get(base + path)),
    bytes: (path: string) => auth(request(httpServer()).get(base + path)).buffer(true).parse(binary),
    post: (path: string, body?: unknown) => auth(request(httpServer()).post(base + path)).send(body as object),
    delete: (path: string) => auth(request(httpServer()).delete(base + path)),
  };
}

const dealerBytes = (jwt: string, path: string) =>
  request(httpServer()).get(`/api/claim-review${path}`).set('Authorization', `Bearer ${jwt}`).buffer(true).parse(binary);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Hand-computed from the fixture. East is tier 2 (5,000 fen/h), West tier 1 (4,000 fen/h); travel 150 fen/km.
const AMOUNTS = {
  /** goodClaim(): motor 120,000 + 4 bolts × 150; 1.5 h; 30 km. */
  eastMotor: { parts: 120600, labour: 7500, travel: 4500, amount: 132600 },
  /** controller 45,000; OP-BRAKE 0.5 h × 5,000; no travel. */
  eastController: { parts: 45000, labour: 2500, travel: 0, amount: 47500 },
  /** goodClaim() on the west unit: 1.5 h × 4,000. */
  westMotor: { parts: 120600, labour: 6000, travel: 4500, amount: 131100 },
};

const controllerClaim = () =>
  goodClaim({
    fault: { component: 'controller', description: '控制器烧毁 / Controller burnt out' },
    parts: [{ partNumber: FIXTURE.parts.controller, qty: 1, causal: true }],
    labour: [{ operation: FIXTURE.operations.brake, hours: 0.5 }],
    travel: undefined,
  });

let eastJwt: string;
let westJwt: string;

/** A claim filed and submitted through the dealer API, then approved with nothing to return. */
async function readyClaim(api: ReturnType<typeof dealerApi>, body: Record<string, unknown>): Promise<string> {
  const res = await api.post('/claims', { ...body, submit: true });
  expect(res.status).toBe(201);
  expect(res.body.status).toBe('in_review');
  await makeReadyToSettle(strapi, res.body.number);
  return res.body.number;
}

const period = { periodStart: daysAgo(7), periodEnd: today() };

const claims: Record<string, string> = {};
let draft: any;
let issued: any;

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  eastJwt = await dealerLogin(FIXTURE.users.east);
  westJwt = await dealerLogin(FIXTURE.users.west);
  east = dealerApi(eastJwt);
  west = dealerApi(westJwt);
  finance = staffApi(await staffLogin(strapi, 'Finance'));
  reviewer = staffApi(await staffLogin(strapi, 'Technical reviewer'));

  claims.eastMotor = await readyClaim(east, goodClaim());
  claims.eastController = await readyClaim(east, controllerClaim());
  const pending = await east.post('/claims', { ...goodClaim(), submit: true });
  claims.eastPending = pending.body.number;
  claims.westMotor = await readyClaim(west, goodClaim({ serial: FIXTURE.serials.west }));
});
afterAll(stopStrapi);

describe('a draft', () => {
  it('tells finance which dealers have claims to settle, how many, for how much, and the days they became ready', async () => {
    const res = await finance.get('/settlements/ready');
    expect(res.status).toBe(200);
    // The pending claim is still in review: it is no one's to settle yet.
    expect(res.body.data).toEqual([
      { dealer: { code: FIXTURE.dealers.east, name: '华东测试经销商', nameEn: 'East Test Dealer' }, claims: 2, payable: AMOUNTS.eastMotor.amount + AMOUNTS.eastController.amount, readyFrom: today(), readyTo: today() },
      { dealer: { code: FIXTURE.dealers.west, name: '西南测试经销商', nameEn: 'West Test Dealer' }, claims: 1, payable: AMOUNTS.westMotor.amount, readyFrom: today(), readyTo: today() },
    ]);
    expect((await reviewer.get('/settlements/ready')).status).toBe(403);
  });

  it('collects the dealer\'s ready claims of the period, line by line, with the total', async () => {
    const res = await finance.post('/settlements', { dealer: FIXTURE.dealers.east, ...period });
    expect(res.status).toBe(201);
    draft = res.body;
    expect(draft).toMatchObject({
      number: expect.stringMatching(/^SD-\d{6}-\d{4}$/),
      dealer: { code: FIXTURE.dealers.east, name: '华东测试经销商' },
      ...period,
      status: 'draft',
      total: AMOUNTS.eastMotor.amount + AMOUNTS.eastController.amount,
      issuedAt: null,
      acknowledgedAt: null,
    });
    expect(draft.draftNumber).toBe(draft.number);
    expect(draft.lines).toEqual([
      { kind: 'claim', claimNumber: claims.eastMotor, serial: FIXTURE.serials.registered, model: FIXTURE.model, repairDate: daysAgo(1), ...AMOUNTS.eastMotor },
      { kind: 'claim', claimNumber: claims.eastController, serial: FIXTURE.serials.registered, model: FIXTURE.model, repairDate: daysAgo(1), ...AMOUNTS.eastController },
    ]);
  });

  it('takes a claim into one settlement only: a second draft of the period has nothing to settle', async () => {
    const res = await finance.post('/settlements', { dealer: FIXTURE.dealers.east, ...period });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'NOTHING_TO_SETTLE' } });
  });

  it('no longer offers claims a draft holds', async () => {
    const res = await finance.get('/settlements/ready');
    expect(res.body.data.map((d: { dealer: { code: string } }) => d.dealer.code)).toEqual([FIXTURE.dealers.west]);
  });

  it('counts a claim in the period in which it became ready to settle', async () => {
    const res = await finance.post('/settlements', { dealer: FIXTURE.dealers.west, periodStart: daysAgo(40), periodEnd: daysAgo(1) });
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe('NOTHING_TO_SETTLE');
  });

  it('refuses bad periods, unknown dealers and corrections of claims never settled', async () => {
    const backwards = await finance.post('/settlements', { dealer: FIXTURE.dealers.east, periodStart: today(), periodEnd: daysAgo(1) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.fields).toEqual({ periodEnd: 'invalid_range' });
    const unknown = await finance.post('/settlements', { dealer: 'D-NOPE', ...period });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields).toEqual({ dealer: 'invalid' });
    const notSettled = await finance.post('/settlements', {
      dealer: FIXTURE.dealers.east, ...period, adjustments: [{ claimNumber: claims.eastPending, amount: -100, reason: '测试' }],
    });
    expect(notSettled.status).toBe(400);
    expect(notSettled.body.error.details.fields).toEqual({ 'adjustments.0.claimNumber': 'not_settled' });
  });

  it('needs settlements.manage to create, settlements.read to list', async () => {
    expect((await reviewer.post('/settlements', { dealer: FIXTURE.dealers.east, ...period })).status).toBe(403);
    expect((await reviewer.get('/settlements')).status).toBe(403);
  });

  it('is listed for staff with filters, and previewed as a PDF marked DRAFT', async () => {
    const list = await finance.get(`/settlements?status=draft&dealer=${FIXTURE.dealers.east}`);
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });
    expect(list.body.data[0]).toMatchObject({ number: draft.number, claimCount: 2, adjustmentCount: 0, total: draft.total });
    expect((await finance.get('/settlements?status=issued')).body.data).toEqual([]);

    const pdf = await finance.bytes(`/settlements/${draft.number}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = squash(pdfPages(pdf.body).join('\n'));
    expect(text).toContain('DRAFT');
    expect(text).toContain(draft.number);
  });

  it('is invisible to the dealer', async () => {
    expect((await east.get('/settlements')).body.data).toEqual([]);
    for (const res of [
      await east.get(`/settlements/${draft.number}`),
      await east.get(`/settlements/${draft.number}/pdf`),
      await east.post(`/settlements/${draft.number}/acknowledge`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });
});

describe('issue', () => {
  it('numbers the notice, settles its claims and stores the PDF with its hash', async () => {
    const res = await finance.post(`/settlements/${draft.number}/issue`);
    expect(res.status).toBe(200);
    issued = res.body;
    expect(issued).toMatchObject({
      number: expect.stringMatching(/^ST-\d{6}-\d{4}$/),
      draftNumber: draft.number,
      status: 'issued',
      total: draft.total,
      lines: draft.lines,
      issuedAt: expect.any(String),
      issuedBy: 'Finance Tester',
      pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(issued.number.slice(3, 9)).toBe(today().slice(0, 7).replace('-', ''));

    for (const number of [claims.eastMotor, claims.eastController]) {
      const claim = await east.get(`/claims/${number}`);
      expect(claim.body.status).toBe('settled');
      expect(claim.body.timeline.at(-1)).toMatchObject({ event: 'settle', from: 'ready_to_settle', to: 'settled' });
    }
    expect((await east.get(`/claims/${claims.eastPending}`)).body.status).toBe('in_review');
  });

  it('is found by its issued number and by its draft number', async () => {
    const byDraft = await finance.get(`/settlements/${draft.number}`);
    expect(byDraft.status).toBe(200);
    expect(byDraft.body.number).toBe(issued.number);
    expect((await east.get(`/settlements/${draft.number}`)).body.number).toBe(issued.number);
  });

  it('answers 409 to every change once issued, and nothing changes', async () => {
    const attempts = [
      await finance.post(`/settlements/${issued.number}/issue`),
      await finance.post(`/settlements/${draft.number}/issue`),
      await finance.post(`/settlements/${issued.number}/adjustments`, { amount: 100, reason: '补差' }),
      await finance.delete(`/settlements/${issued.number}`),
      await finance.delete(`/settlements/${draft.number}`),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'SETTLEMENT_ISSUED' } });
    }
    expect((await finance.get(`/settlements/${issued.number}`)).body).toEqual(issued);
  });

  it('downloads the same bytes every time, for finance and for the dealer, with number, dealer, total and 三包', async () => {
    const first = await finance.bytes(`/settlements/${issued.number}/pdf`);
    const second = await finance.bytes(`/settlements/${issued.number}/pdf`);
    const dealerCopy = await dealerBytes(eastJwt, `/settlements/${issued.number}/pdf`);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe(`attachment; filename="${issued.number}.pdf"`);
    expect(first.headers.etag).toBe(`"${issued.pdfSha256}"`);
    expect(second.body.equals(first.body)).toBe(true);
    expect(dealerCopy.body.equals(first.body)).toBe(true);
    expect(sha256(first.body)).toBe(issued.pdfSha256);
    // SANBAO_KEEP_PDF=<dir> keeps the notice for a look (pdftoppm -png -r 80 …).
    if (process.env.SANBAO_KEEP_PDF) fs.writeFileSync(path.join(process.env.SANBAO_KEEP_PDF, `${issued.number}.pdf`), first.body);

    const text = squash(pdfPages(first.body).join('\n'));
    for (const expected of [issued.number, FIXTURE.dealers.east, '华东测试经销商', '1,801.00', '三包费用核销通知', claims.eastMotor]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DRAFT');
  });
});

describe('the dealer', () => {
  it('lists and reads its issued settlements; another dealer gets 404', async () => {
    const list = await east.get('/settlements');
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([expect.objectContaining({ number: issued.number, status: 'issued', total: 180100, claimCount: 2 })]);
    const one = await east.get(`/settlements/${issued.number}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ number: issued.number, lines: issued.lines, total: issued.total });
    expect(one.body.issuedBy).toBeUndefined();

    expect((await west.get('/settlements')).body.data).toEqual([]);
    for (const res of [
      await west.get(`/settlements/${issued.number}`),
      await west.get(`/settlements/${issued.number}/pdf`),
      await west.post(`/settlements/${issued.number}/acknowledge`),
    ]) {
      expect(res.status).toBe(404);
    }
  });

  it('acknowledges once: when and who are kept, the PDF stays the same', async () => {
    const res = await east.post(`/settlements/${issued.number}/acknowledge`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ number: issued.number, status: 'acknowledged', acknowledgedAt: expect.any(String), acknowledgedBy: FIXTURE.users.east });
    const again = await east.post(`/settlements/${issued.number}/acknowledge`);
    expect(again.status).toBe(200);
    expect(again.body.acknowledgedAt).toBe(res.body.acknowledgedAt);

    expect((await finance.get(`/settlements/${issued.number}`)).body).toMatchObject({ status: 'acknowledged', acknowledgedBy: FIXTURE.users.east });
    const pdf = await dealerBytes(eastJwt, `/settlements/${issued.number}/pdf`);
    expect(sha256(pdf.body)).toBe(issued.pdfSha256);
    expect((await finance.post(`/settlements/${issued.number}/adjustments`, { amount: 100, reason: '补差' })).status).toBe(409);
  });
});

describe('corrections', () => {
  let second: any;

  it('go into a later settlement as signed lines with a reason, the issued one untouched', async () => {
    claims.eastMotor2 = await readyClaim(east, goodClaim());
    const res = await finance.post('/settlements', {
      dealer: FIXTURE.dealers.east,
      ...period,
      adjustments: [{ claimNumber: claims.eastMotor, amount: -5000, reason: '旧件检验无故障，扣回部分配件费' }],
    });
    expect(res.status).toBe(201);
    second = res.body;
    expect(second.lines).toEqual([
      expect.objectContaining({ kind: 'claim', claimNumber: claims.eastMotor2, ...AMOUNTS.eastMotor }),
      { kind: 'adjustment', claimNumber: claims.eastMotor, parts: 0, labour: 0, travel: 0, amount: -5000, reason: '旧件检验无故障，扣回部分配件费' },
    ]);
    expect(second.total).toBe(AMOUNTS.eastMotor.amount - 5000);

    const added = await finance.post(`/settlements/${second.number}/adjustments`, { amount: 1200, reason: '运费补差 / freight difference' });
    expect(added.status).toBe(201);
    expect(added.body.total).toBe(AMOUNTS.eastMotor.amount - 5000 + 1200);
    expect(added.body.lines.at(-1)).toEqual({ kind: 'adjustment', claimNumber: null, parts: 0, labour: 0, travel: 0, amount: 1200, reason: '运费补差 / freight difference' });

    expect((await finance.post(`/settlements/${second.number}/adjustments`, { amount: 0, reason: 'x' })).status).toBe(400);
    expect((await finance.get(`/settlements/${issued.number}`)).body.total).toBe(issued.total);
  });

  it('are printed and issued with the rest', async () => {
    const res = await finance.post(`/settlements/${second.number}/issue`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(128800);
    expect(res.body.number).not.toBe(issued.number);
    const pdf = await finance.bytes(`/settlements/${res.body.number}/pdf`);
    const text = squash(pdfPages(pdf.body).join('\n'));
    expect(text).toContain('旧件检验无故障，扣回部分配件费');
    expect(text).toContain('-50.00');
    expect(text).toContain('1,288.00');
    second = res.body;
  });
});

describe('deleting a draft', () => {
  it('frees its claims; an issued one cannot be deleted', async () => {
    const created = await finance.post('/settlements', { dealer: FIXTURE.dealers.west, ...period });
    expect(created.status).toBe(201);
    expect(created.body.lines.map((l: any) => l.claimNumber)).toEqual([claims.westMotor]);
    expect(created.body.total).toBe(AMOUNTS.westMotor.amount);
    expect((await reviewer.delete(`/settlements/${created.body.number}`)).status).toBe(403);
    expect((await finance.delete(`/settlements/${created.body.number}`)).status).toBe(204);
    expect((await finance.get(`/settlements/${created.body.number}`)).status).toBe(404);
    expect((await east.get(`/claims/${claims.eastMotor}`)).body.status).toBe('settled');
    expect((await west.get(`/claims/${claims.westMotor}`)).body.status).toBe('ready_to_settle');
  });
});

describe('one claim, one settlement', () => {
  const LINES_TABLE = 'claim_review_settlement_lines';

  it('holds under two concurrent drafts for the same dealer', async () => {
    claims.westMotor2 = await readyClaim(west, goodClaim({ serial: FIXTURE.serials.west }));
    const body = { dealer: FIXTURE.dealers.west, ...period };
    const answers = await Promise.all([finance.post('/settlements', body), finance.post('/settlements', body)]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    const loser = answers.find((r) => r.status === 409)!;
    expect(['NOTHING_TO_SETTLE', 'ALREADY_SETTLED']).toContain(loser.body.error.details.reason);
    const winner = answers.find((r) => r.status === 201)!;
    expect(winner.body.lines.map((l: any) => l.claimNumber).sort()).toEqual([claims.westMotor, claims.westMotor2].sort());

    for (const number of [claims.westMotor, claims.westMotor2]) {
      expect(await strapi.db.query('plugin::claim-review.settlement-line').count({ where: { claimKey: number } })).toBe(1);
    }
  });

  it('is a unique index in the database, not only a check in code', async () => {
    const knex = strapi.db.connection;
    if (process.env.DATABASE_CLIENT === 'postgres') {
      const { rows } = await knex.raw('SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND tablename = ?', [process.env.DATABASE_SCHEMA, LINES_TABLE]);
      expect(rows.map((r: any) => r.indexdef)).toContainEqual(expect.stringMatching(/CREATE UNIQUE INDEX claim_review_settlement_claim_uq ON .* \(claim_key\)/));
    } else if (process.env.DATABASE_CLIENT === 'mysql') {
      const [rows] = await knex.raw('SELECT column_name AS col FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name = ? AND non_unique = 0', [LINES_TABLE, 'claim_review_settlement_claim_uq']);
      expect(rows.map((r: any) => r.col ?? r.COL)).toEqual(['claim_key']);
    } else {
      const indexes = await knex.raw(`PRAGMA index_list('${LINES_TABLE}')`);
      expect(indexes).toContainEqual(expect.objectContaining({ name: 'claim_review_settlement_claim_uq', unique: 1 }));
      const columns = await knex.raw("PRAGMA index_info('claim_review_settlement_claim_uq')");
      expect(columns.map((c: any) => c.name)).toEqual(['claim_key']);
    }
    // Even code that skips the service's checks cannot put a claim in a second settlement.
    const row = { kind: 'claim', claim_number: 'CR-TEST-UNIQUE', claim_key: 'CR-TEST-UNIQUE', amount: 1 };
    await knex(LINES_TABLE).insert(row);
    const refused = await knex(LINES_TABLE).insert(row).then(() => null, (e: Error) => e.message);
    const copies = await knex(LINES_TABLE).where({ claim_key: 'CR-TEST-UNIQUE' }).count({ n: '*' });
    await knex(LINES_TABLE).where({ claim_key: 'CR-TEST-UNIQUE' }).delete();
    expect({ refused, copies: Number(copies[0].n) }).toEqual({ refused: expect.stringMatching(/unique|duplicate/i), copies: 1 });
  });
});

describe('ERP export', () => {
  it('lists issued settlements as CSV with a BOM, totals in yuan from fen', async () => {
    const res = await finance.bytes(`/settlements/export.csv?from=${today()}&to=${today()}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = res.body.subarray(3).toString('utf8').trimEnd().split('\r\n');
    const ack = (await finance.get(`/settlements/${issued.number}`)).body.acknowledgedAt;
    expect(ack).toEqual(expect.any(String));
    expect(rows).toEqual([
      'number,dealerCode,dealerName,period,issuedDate,totalYuan,acknowledgedDate',
      `${issued.number},${FIXTURE.dealers.east},华东测试经销商,${period.periodStart}/${period.periodEnd},${today()},1801.00,${today()}`,
      expect.stringMatching(new RegExp(`^ST-\\d{6}-\\d{4},${FIXTURE.dealers.east},华东测试经销商,${period.periodStart}/${period.periodEnd},${today()},1288.00,$`)),
    ]);
  });

  it('filters by issue date, validates the range, and needs settlements.read', async () => {
    const later = await finance.bytes(`/settlements/export.csv?from=${addDays(today(), 1)}`);
    expect(later.body.subarray(3).toString('utf8')).toBe('number,dealerCode,dealerName,period,issuedDate,totalYuan,acknowledgedDate\r\n');
    const bad = await finance.get(`/settlements/export.csv?from=${today()}&to=${daysAgo(1)}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ to: 'invalid_range' });
    expect((await reviewer.get('/settlements/export.csv')).status).toBe(403);
  });
});
