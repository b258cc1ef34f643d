/**
 * The dealer claim API over HTTP: precheck, pricing by the server, drafts, submit,
 * idempotency, edits, isolation between dealers and the error shape of docs/api.md.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi, goodClaim } from '../helpers/dealer-api';
import { daysAgo } from '../helpers/dates';

let strapi: Core.Strapi;
let east: ReturnType<typeof dealerApi>;
let west: ReturnType<typeof dealerApi>;

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  east = dealerApi(await dealerLogin(FIXTURE.users.east));
  west = dealerApi(await dealerLogin(FIXTURE.users.west));
});
afterAll(stopStrapi);

const codes = (findings: Array<{ code: string }>) => findings.map((f) => f.code);
const claimCount = () => strapi.db.query('plugin::claim-review.claim').count();

// Hand-computed from the fixture: tier 2 dealer (5000 fen/h), travel 150 fen/km.
const EXPECTED = {
  parts: FIXTURE.prices.motor + 4 * FIXTURE.prices.bolt, // 120000 + 600
  labour: 7500, // 1.5 h × 5000
  travel: 30 * 150,
};

describe('who is calling', () => {
  it('GET /me names the user and its dealer', async () => {
    const res = await east.get('/me');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: { username: FIXTURE.users.east, email: `${FIXTURE.users.east}@example.test` },
      dealer: expect.objectContaining({ code: FIXTURE.dealers.east, name: '华东测试经销商', tier: 2, region: '华东' }),
    });
  });

  it('answers 401 UNAUTHENTICATED in the docs/api.md shape without a valid token', async () => {
    for (const res of [await dealerApi(null).get('/me'), await dealerApi('not-a-jwt').get('/claims')]) {
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: { zh: expect.any(String), en: expect.any(String) } });
    }
  });

  it('refuses a suspended dealer and a user with no dealer with 403', async () => {
    for (const username of [FIXTURE.users.suspended, FIXTURE.users.orphan]) {
      const res = await dealerApi(await dealerLogin(username)).get('/me');
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('units and registration', () => {
  it('shows a unit with its coverage dates', async () => {
    const res = await east.get(`/units/${FIXTURE.serials.registered}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ serial: FIXTURE.serials.registered, model: { code: FIXTURE.model }, registered: true, saleDate: daysAgo(10) });
    expect(res.body.coverage.refundUntil).toBe(daysAgo(3));
    expect(res.body.coverage.replacementUntil).toBe(daysAgo(-5));
    expect(res.body.customer).toBeUndefined();
  });

  it('hides another dealer\'s unit behind 404', async () => {
    const res = await west.get(`/units/${FIXTURE.serials.registered}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('registers a sale once, flags a late card, and refuses a second registration with 409', async () => {
    const body = { serial: FIXTURE.serials.unregistered, saleDate: daysAgo(25), customer: { name: '王五', phone: '13700000000', address: '山东济南' } };
    const first = await east.post('/registrations', body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ serial: FIXTURE.serials.unregistered, late: true });
    const again = await east.post('/registrations', body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
  });

  it('refuses a registration with a future sale date as a field error', async () => {
    const res = await east.post('/registrations', {
      serial: FIXTURE.serials.neverRegistered,
      saleDate: daysAgo(-3),
      customer: { name: '王先生', phone: '13800138000', address: '上海市浦东新区' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { saleDate: 'in_future' } } });
    // Refused means unchanged: the unit is still unregistered, so a claim on it still meets UNIT_NOT_REGISTERED.
    const unit = await east.get(`/units/${FIXTURE.serials.neverRegistered}`);
    expect(unit.body.registered).toBe(false);
  });
});

describe('precheck and pricing', () => {
  it('prices every line on the server from the price list and the tier rate', async () => {
    const res = await east.post('/claims/precheck', goodClaim({ parts: [{ partNumber: FIXTURE.parts.motor, qty: 1, price: 1, amount: 1 }, { partNumber: FIXTURE.parts.bolt, qty: 4 }], total: 1 }));
    expect(res.status).toBe(200);
    expect(codes(res.body.findings).filter((c) => c !== 'DUPLICATE_CLAIM')).toEqual([]);
    expect(res.body.totals).toEqual({ parts: EXPECTED.parts, labour: EXPECTED.labour, travel: EXPECTED.travel, total: EXPECTED.parts + EXPECTED.labour + EXPECTED.travel, payable: EXPECTED.parts + EXPECTED.labour + EXPECTED.travel });
    expect(res.body.lines.find((l: any) => l.ref === FIXTURE.parts.motor)).toMatchObject({ unitPrice: FIXTURE.prices.motor, amount: FIXTURE.prices.motor });
  });

  it('writes nothing', async () => {
    const before = await claimCount();
    await east.post('/claims/precheck', goodClaim());
    expect(await claimCount()).toBe(before);
  });

  it.each([
    ['UNIT_NOT_FOUND', { serial: 'NO-SUCH-SERIAL' }],
    ['UNIT_NOT_FOUND', { serial: FIXTURE.serials.west }],
    ['UNIT_NOT_REGISTERED', { serial: FIXTURE.serials.neverRegistered }],
    ['REGISTRATION_LATE', { serial: FIXTURE.serials.lateCard }],
    ['DATES_INVALID', { failureDate: daysAgo(1), repairDate: daysAgo(2), customerConfirmation: { name: '张三', signedAt: daysAgo(2) } }],
    ['OUT_OF_WARRANTY', { serial: FIXTURE.serials.old, fault: { component: 'brake', description: 'x' }, parts: [{ partNumber: FIXTURE.parts.bolt, qty: 1 }] }],
    ['REMEDY_NOT_ALLOWED', { remedy: 'refund' }],
    ['PART_NOT_PRICED', { parts: [{ partNumber: 'P-UNKNOWN', qty: 1 }] }],
    ['PART_CORE', { parts: [{ partNumber: FIXTURE.parts.core, qty: 1 }] }],
    ['LABOUR_OVER_STANDARD', { labour: [{ operation: FIXTURE.operations.motor, hours: 3 }] }],
    ['TRAVEL_OVER_CAP', { travel: { km: 150 } }],
    ['FILED_LATE', { failureDate: daysAgo(40), repairDate: daysAgo(35), customerConfirmation: { name: '张三', signedAt: daysAgo(35) } }],
  ])('finds %s', async (code, overrides) => {
    const body = goodClaim(overrides);
    const res = await east.post('/claims/precheck', body);
    expect(res.status).toBe(200);
    const finding = res.body.findings.find((f: any) => f.code === code);
    expect(finding).toMatchObject({ code, severity: expect.stringMatching(/^(error|warning)$/), message: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('pays travel only up to the cap', async () => {
    const res = await east.post('/claims/precheck', goodClaim({ travel: { km: 150 } }));
    expect(res.body.totals.travel).toBe(FIXTURE.rates.travelCapKm * FIXTURE.rates.travelPerKm);
  });
});

describe('bad input', () => {
  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['a missing field', { serial: undefined }, 'serial'],
    ['a wrong type', { parts: [{ partNumber: FIXTURE.parts.motor, qty: 'one' }] }, 'parts.0.qty'],
    ['a negative quantity', { parts: [{ partNumber: FIXTURE.parts.motor, qty: -1 }] }, 'parts.0.qty'],
    ['a 10,000-character text', { fault: { component: 'motor', description: 'x'.repeat(10000) } }, 'fault.description'],
    ['an unknown enum', { remedy: 'upgrade' }, 'remedy'],
    ['an impossible date', { failureDate: '2026-02-30' }, 'failureDate'],
  ];
  it.each(bad)('answers 400 VALIDATION_FAILED for %s, with the field path, and writes nothing', async (_name, overrides, field) => {
    const before = await claimCount();
    const res = await east.post('/claims', { ...goodClaim(overrides), submit: true });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: { zh: expect.any(String), en: expect.any(String) } });
    expect(Object.keys(res.body.error.details.fields)).toContain(field);
    expect(await claimCount()).toBe(before);
  });
});

describe('claims', () => {
  it('saves a draft with its findings, without submit', async () => {
    const res = await east.post('/claims', goodClaim({ remedy: 'refund' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', version: 1, serial: FIXTURE.serials.registered });
    expect(res.body.number).toMatch(/^CR-\d{6}-\d{5}$/);
    expect(codes(res.body.findings)).toContain('REMEDY_NOT_ALLOWED');
  });

  it('refuses submit with an error finding: 422 PRECHECK_FAILED with the findings, nothing saved', async () => {
    const before = await claimCount();
    const res = await east.post('/claims', { ...goodClaim({ parts: [{ partNumber: FIXTURE.parts.core, qty: 1 }] }), submit: true });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PRECHECK_FAILED');
    expect(codes(res.body.error.details.findings)).toContain('PART_CORE');
    expect(await claimCount()).toBe(before);
  });

  it('submits a clean claim straight into review, priced by the server whatever the client sent', async () => {
    const res = await east.post('/claims', { ...goodClaim(), submit: true, status: 'approved', dealer: FIXTURE.dealers.west, totals: { total: 1 } });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('in_review');
    expect(res.body.dealer.code).toBe(FIXTURE.dealers.east);
    expect(res.body.totals.total).toBe(EXPECTED.parts + EXPECTED.labour + EXPECTED.travel);
    expect(res.body.lines).toHaveLength(4);
    expect(res.body.timeline.map((e: any) => e.to).filter(Boolean)).toEqual(['draft', 'submitted', 'in_review']);
  });

  // The create answer is built from what the transaction wrote, not read back: it must be
  // the claim a dealer then reads, field for field (ids, dates, lines, timeline).
  it.each([
    ['a submitted claim', { ...goodClaim(), submit: true }],
    ['a draft', goodClaim({ remedy: 'refund', usage: { value: 120, unit: 'km' } })],
  ])('answers %s exactly as a later read and a repeat with the same key do', async (_name, body) => {
    const key = `read-back-${_name}`;
    const created = await east.post('/claims', body).set('Idempotency-Key', key);
    expect(created.status).toBe(201);
    const read = await east.get(`/claims/${created.body.number}`);
    expect(read.status).toBe(200);
    expect(created.body).toStrictEqual(read.body);
    const repeat = await east.post('/claims', body).set('Idempotency-Key', key);
    expect(repeat.status).toBe(201);
    expect(repeat.body).toStrictEqual(read.body);
    expect(created.body.lines.map((l: { id: number }) => l.id)).toEqual([...created.body.lines.map((l: { id: number }) => l.id)].sort((a, b) => a - b));
  });

  it('answers the first claim to a repeat with the same Idempotency-Key, and 409 to the same key with another body', async () => {
    const key = 'same-key-1';
    const first = await east.post('/claims', { ...goodClaim(), submit: true }).set('Idempotency-Key', key);
    const again = await east.post('/claims', { ...goodClaim(), submit: true }).set('Idempotency-Key', key);
    expect(first.status).toBe(201);
    expect(again.body.number).toBe(first.body.number);
    const other = await east.post('/claims', { ...goodClaim({ travel: { km: 10 } }), submit: true }).set('Idempotency-Key', key);
    expect(other.status).toBe(409);
  });

  it('makes one claim from 10 parallel requests with one key', async () => {
    const before = await claimCount();
    const results = await Promise.all(Array.from({ length: 10 }, () => east.post('/claims', { ...goodClaim(), submit: true }).set('Idempotency-Key', 'parallel-key')));
    results.forEach((r) => expect(r.status).toBe(201));
    expect(new Set(results.map((r) => r.body.number)).size).toBe(1);
    expect(await claimCount()).toBe(before + 1);
  });

  it('numbers parallel claims without gaps or repeats', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => east.post('/claims', goodClaim()).set('Idempotency-Key', `gapless-${i}`)));
    const numbers = results.map((r) => Number(r.body.number.split('-')[2])).sort((a, b) => a - b);
    expect(numbers[numbers.length - 1] - numbers[0]).toBe(numbers.length - 1);
  });

  it('lists only the dealer\'s own claims, filtered and paginated', async () => {
    const mine = await east.get('/claims?pageSize=2&page=1');
    expect(mine.status).toBe(200);
    expect(mine.body.data).toHaveLength(2);
    expect(mine.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(mine.body.meta.pagination.total).toBeGreaterThan(2);
    const drafts = await east.get('/claims?status=draft');
    drafts.body.data.forEach((c: any) => expect(c.status).toBe('draft'));
    const theirs = await west.get('/claims');
    expect(theirs.body.meta.pagination.total).toBe(0);
  });

  it('edits and deletes a draft only, and hides it from another dealer', async () => {
    const draft = (await east.post('/claims', goodClaim({ remedy: 'refund' }))).body;
    expect((await west.get(`/claims/${draft.number}`)).status).toBe(404);
    expect((await west.put(`/claims/${draft.number}`, goodClaim())).status).toBe(404);
    expect((await west.delete(`/claims/${draft.number}`)).status).toBe(404);

    const edited = await east.put(`/claims/${draft.number}`, goodClaim());
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(codes(edited.body.findings)).not.toContain('REMEDY_NOT_ALLOWED');

    const submitted = await east.post(`/claims/${draft.number}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');
    expect((await east.put(`/claims/${draft.number}`, goodClaim())).status).toBe(409);
    expect((await east.delete(`/claims/${draft.number}`)).status).toBe(409);

    const other = (await east.post('/claims', goodClaim())).body;
    expect((await east.delete(`/claims/${other.number}`)).status).toBe(204);
    expect((await east.get(`/claims/${other.number}`)).status).toBe(404);
  });

  it('refuses a submit of a draft whose precheck fails, and leaves it a draft', async () => {
    const draft = (await east.post('/claims', goodClaim({ remedy: 'refund' }))).body;
    const res = await east.post(`/claims/${draft.number}/submit`);
    expect(res.status).toBe(422);
    expect((await east.get(`/claims/${draft.number}`)).body.status).toBe('draft');
  });
});
