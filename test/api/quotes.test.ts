/**
 * Out-of-warranty quotes over HTTP: guide prices plus VAT, fee-card labour, travel and
 * logistics for the dealer's tier, core parts refused; and the printable 服务收费单.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi } from '../helpers/dealer-api';
import { today } from '../helpers/dates';
import { pdfPages, squash } from '../../plugins/claim-review/server/src/pdf/__tests__/poppler';

let strapi: Core.Strapi;
let east: ReturnType<typeof dealerApi>;
let west: ReturnType<typeof dealerApi>;
let eastJwt: string;

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  eastJwt = await dealerLogin(FIXTURE.users.east);
  east = dealerApi(eastJwt);
  west = dealerApi(await dealerLogin(FIXTURE.users.west));
});
afterAll(stopStrapi);

const binary = (res: any, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const quotePdf = (body: unknown) =>
  request(httpServer())
    .post('/api/claim-review/quotes/pdf')
    .set('Authorization', `Bearer ${eastJwt}`)
    .send(body as object)
    .buffer(true)
    .parse(binary);

const BODY = {
  model: FIXTURE.model,
  parts: [
    { partNumber: FIXTURE.parts.motor, qty: 1 },
    { partNumber: FIXTURE.parts.bolt, qty: 4, price: 1 },
  ],
  labour: [{ operation: FIXTURE.operations.motor }, { operation: FIXTURE.operations.brake, hours: 1 }],
  travelKm: 30,
  total: 1,
};

// Hand-computed: guide prices 160,000 (motor) and 200 (bolt), VAT 13 %; tier 2 at 5,000 fen/h,
// OP-MOTOR standard 1.5 h, OP-BRAKE as given 1 h; 30 km × 150; logistics fee 3,000.
const EAST_TOTALS = { parts: 160800, tax: 20904, labour: 12500, travel: 4500, logistics: 3000, total: 201704 };

describe('POST /quotes', () => {
  it('prices parts at guide price plus VAT, labour at standard hours × the tier rate, travel and logistics', async () => {
    const res = await east.post('/quotes', BODY);
    expect(res.status).toBe(200);
    expect(res.body.lines).toEqual([
      expect.objectContaining({ kind: 'part', ref: FIXTURE.parts.motor, qty: 1, unitPrice: 160000, amount: 160000, tax: 20800 }),
      expect.objectContaining({ kind: 'part', ref: FIXTURE.parts.bolt, qty: 4, unitPrice: 200, amount: 800, tax: 104 }),
      expect.objectContaining({ kind: 'labour', ref: FIXTURE.operations.motor, hours: 1.5, unitPrice: 5000, amount: 7500, tax: 0 }),
      expect.objectContaining({ kind: 'labour', ref: FIXTURE.operations.brake, hours: 1, unitPrice: 5000, amount: 5000, tax: 0 }),
      expect.objectContaining({ kind: 'travel', km: 30, unitPrice: 150, amount: 4500, tax: 0 }),
    ]);
    expect(res.body.totals).toEqual(EAST_TOTALS);
    // OP-BRAKE's standard is 0.5 h: the 1 h asked is priced, and warned about as on a claim.
    expect(res.body.findings).toEqual([
      expect.objectContaining({ code: 'LABOUR_OVER_STANDARD', severity: 'warning', field: 'labour.1.hours', message: { zh: expect.any(String), en: expect.any(String) } }),
    ]);
    expect(res.body).toMatchObject({ date: today(), model: { code: FIXTURE.model } });
  });

  it('uses the calling dealer\'s tier, and charges no logistics fee without parts (seed 004 8.3.1)', async () => {
    const res = await west.post('/quotes', { model: FIXTURE.model, labour: [{ operation: FIXTURE.operations.motor }] });
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({ parts: 0, tax: 0, labour: 6000, travel: 0, logistics: 0, total: 6000 });
  });

  it('refuses a core part with 422 and the finding, as the sheet does, instead of a smaller total', async () => {
    const body = { model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.pad, qty: 2 }, { partNumber: FIXTURE.parts.core, qty: 1 }] };
    const res = await east.post('/quotes', body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PRECHECK_FAILED');
    expect(res.body.error.details.findings).toEqual([
      expect.objectContaining({ code: 'PART_CORE', severity: 'error', field: 'parts.1.partNumber', message: { zh: expect.any(String), en: expect.any(String) } }),
    ]);
    expect(res.body.totals).toBeUndefined();
    const sheet = await east.post('/quotes/pdf', body);
    expect(sheet.status).toBe(422);
    expect(sheet.body).toEqual(res.body);
  });

  it('pays travel up to the cap with a warning', async () => {
    const res = await east.post('/quotes', { model: FIXTURE.model, travelKm: 120 });
    expect(res.body.lines).toEqual([expect.objectContaining({ kind: 'travel', km: 120, amount: 100 * 150 })]);
    expect(res.body.findings).toEqual([expect.objectContaining({ code: 'TRAVEL_OVER_CAP', severity: 'warning' })]);
  });

  it('answers 400 for an unknown model or a bad body, 401 without a token', async () => {
    const unknown = await east.post('/quotes', { ...BODY, model: 'NOPE' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields).toEqual({ model: 'invalid' });
    const bad = await east.post('/quotes', { model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.motor, qty: 0 }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fields)).toEqual(['parts.0.qty']);
    expect((await dealerApi(null).post('/quotes', BODY)).status).toBe(401);
  });
});

describe('POST /quotes/pdf', () => {
  it('prints the 服务收费单 with the same figures, the same bytes for the same quote', async () => {
    const first = await quotePdf({ ...BODY, customerName: '李四' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe(`attachment; filename="quote-${FIXTURE.model}-${today()}.pdf"`);
    const second = await quotePdf({ ...BODY, customerName: '李四' });
    expect(second.body.equals(first.body)).toBe(true);
    const text = squash(pdfPages(first.body).join('\n'));
    for (const expected of ['服务收费单', FIXTURE.model, FIXTURE.parts.motor, '李四', '2,017.04', '30.00', FIXTURE.dealers.east]) {
      expect(text).toContain(expected);
    }
  });

  it('refuses to print a sheet that would leave out what was asked (422 with the findings)', async () => {
    const res = await east.post('/quotes/pdf', { model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.core, qty: 1 }] });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PRECHECK_FAILED');
    expect(res.body.error.details.findings.map((f: any) => f.code)).toEqual(['PART_CORE']);
  });
});

describe('a price-list version whose prices include VAT (seed 004 8.3.1.2)', () => {
  it('splits the tax out of the listed price instead of adding it on top', async () => {
    const admin = await staffLogin(strapi, 'Super Admin');
    // ¥45.20 including 13 % VAT: ¥40.00 + ¥5.20 tax (4520 × 1300 ÷ 11300 = 520).
    const imported = await request(httpServer())
      .post('/claim-review/price-lists/import')
      .set('Authorization', `Bearer ${admin}`)
      .send({ effectiveFrom: today(), pricesIncludeVat: true, rows: [{ number: FIXTURE.parts.pad, dealerPriceFen: 3000, guidePriceFen: 4520 }] });
    expect(imported.status).toBe(200);
    expect(imported.body.pricesIncludeVat).toBe(true);

    const res = await east.post('/quotes', { model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.pad, qty: 2 }] });
    expect(res.status).toBe(200);
    expect(res.body.lines).toEqual([
      expect.objectContaining({ kind: 'part', ref: FIXTURE.parts.pad, qty: 2, unitPrice: 4520, taxIncluded: true, amount: 8000, tax: 1040 }),
    ]);
    // The customer pays the listed price × 2 plus logistics, not 13 % more.
    expect(res.body.totals).toEqual({ parts: 8000, tax: 1040, labour: 0, travel: 0, logistics: 3000, total: 9040 + 3000 });

    const sheet = await quotePdf({ model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.pad, qty: 2 }] });
    expect(sheet.status).toBe(200);
    const text = squash(pdfPages(sheet.body).join('\n'));
    for (const expected of ['45.20', '含税', '120.40', '人民币壹佰贰拾元肆角整']) expect(text).toContain(expected);

    // A later import into the same version that does not restate the flag keeps it.
    const again = await request(httpServer())
      .post('/claim-review/price-lists/import')
      .set('Authorization', `Bearer ${admin}`)
      .send({ effectiveFrom: today(), rows: [{ number: FIXTURE.parts.bolt, dealerPriceFen: 150, guidePriceFen: 226 }] });
    expect(again.status).toBe(200);
    expect(again.body.pricesIncludeVat).toBe(true);
    const bolt = await east.post('/quotes', { model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.bolt, qty: 1 }] });
    expect(bolt.body.lines).toEqual([expect.objectContaining({ unitPrice: 226, amount: 200, tax: 26, taxIncluded: true })]);
  });
});
