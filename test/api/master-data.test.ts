/**
 * The CMS master data through Strapi's content API: API tokens (an ERP import) can
 * create and read every type; bad rows are refused with 400 and nothing written;
 * the Public and Dealer roles are refused on every route.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi, httpServer } from '../helpers/strapi';
import { apiToken, createDealerUser, dealerLogin } from '../helpers/auth';

const ROUTES = ['dealers', 'product-models', 'units', 'warranty-policies', 'parts', 'part-prices', 'labour-operations', 'labour-rates', 'reason-codes'];

let strapi: Core.Strapi;
let token: string;
let dealerJwt: string;

beforeAll(async () => {
  strapi = await startStrapi();
  token = await apiToken(strapi);
  const dealer = await strapi.documents('api::dealer.dealer').create({ data: { code: 'D-ONE', name: '测试经销商', tier: 2 } as any });
  await createDealerUser(strapi, 'md-dealer', dealer.documentId);
  dealerJwt = await dealerLogin('md-dealer');
});
afterAll(stopStrapi);

const api = () => request(httpServer());
const auth = (req: request.Test, bearer: string) => req.set('Authorization', `Bearer ${bearer}`);

describe('API token (ERP import)', () => {
  it('creates and reads each master-data type, relations by documentId', async () => {
    const model = await auth(api().post('/api/product-models'), token)
      .send({ data: { code: 'TIL-9', name: '微耕机 9 型', nameEn: 'Mini tiller 9', category: 'tiller', mainComponents: ['engine', 'gearbox'], dealerPrice: 180000 } });
    expect(model.status).toBe(201);
    const part = await auth(api().post('/api/parts'), token).send({ data: { number: 'X-100', name: '齿轮箱', nameEn: 'Gearbox', category: 'main_component', component: 'gearbox', vatRate: 1300, mustReturn: true } });
    expect(part.status).toBe(201);
    const created = await Promise.all([
      auth(api().post('/api/part-prices'), token).send({ data: { part: part.body.data.documentId, effectiveFrom: '2026-01-01', dealerPrice: 45000, guidePrice: 52000 } }),
      auth(api().post('/api/labour-operations'), token).send({ data: { code: 'OP-GB', description: '更换齿轮箱', model: model.body.data.documentId, standardHours: 2.5 } }),
      auth(api().post('/api/labour-rates'), token).send({ data: { tier: 1, effectiveFrom: '2026-01-01', hourlyRate: 4000, travelRatePerKm: 150, travelCapKm: 100, logisticsFee: 3000 } }),
      auth(api().post('/api/warranty-policies'), token).send({ data: { code: 'POL-TIL', category: 'tiller', effectiveFrom: '2026-01-01', wholeUnitMonths: 12, mainComponentMonths: 24, returnCutoffs: ['06-30', '12-31'] } }),
      auth(api().post('/api/reason-codes'), token).send({ data: { code: 'TEST_REASON', label: '测试', labelEn: 'Test' } }),
      auth(api().post('/api/dealers'), token).send({ data: { code: 'D-NEW', name: '新经销商', tier: 3, creditGrade: 'C' } }),
      auth(api().post('/api/units'), token).send({ data: { serial: 'SN-IMPORT-1', model: model.body.data.documentId, buildDate: '2025-03-01', saleDate: '2025-04-01', registrationDate: '2025-04-05', customer: { name: '李四', phone: '13900000000', address: '河南周口' } } }),
    ]);
    created.forEach((res) => expect(res.status).toBe(201));

    for (const route of ROUTES) {
      const list = await auth(api().get(`/api/${route}`), token);
      expect(list.status).toBe(200);
      expect(list.body.data.length).toBeGreaterThan(0);
    }
    const price = await auth(api().get('/api/part-prices').query({ populate: 'part' }), token);
    expect(price.body.data[0].part.number).toBe('X-100');
  });

  it('never returns the end customer of a unit (客户信息保密)', async () => {
    const res = await auth(api().get('/api/units').query({ filters: { serial: 'SN-IMPORT-1' }, populate: '*' }), token);
    expect(res.status).toBe(200);
    expect(res.body.data[0].serial).toBe('SN-IMPORT-1');
    expect(res.body.data[0].customer).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain('13900000000');
  });

  it('refuses a duplicate code with 400 and writes nothing', async () => {
    const before = await strapi.db.query('api::dealer.dealer').count();
    const res = await auth(api().post('/api/dealers'), token).send({ data: { code: 'D-ONE', name: '重复', tier: 1 } });
    expect(res.status).toBe(400);
    expect(await strapi.db.query('api::dealer.dealer').count()).toBe(before);
  });

  it('refuses a negative price with 400 and writes nothing', async () => {
    const before = await strapi.db.query('api::part-price.part-price').count();
    const res = await auth(api().post('/api/part-prices'), token).send({ data: { effectiveFrom: '2026-02-01', dealerPrice: -1, guidePrice: 100 } });
    expect(res.status).toBe(400);
    expect(await strapi.db.query('api::part-price.part-price').count()).toBe(before);
  });

  it('refuses values outside an enumeration or a range', async () => {
    const part = await auth(api().post('/api/parts'), token).send({ data: { number: 'X-BAD', name: '坏', category: 'gold' } });
    expect(part.status).toBe(400);
    const dealer = await auth(api().post('/api/dealers'), token).send({ data: { code: 'D-BAD', name: '坏', tier: 7 } });
    expect(dealer.status).toBe(400);
    const missing = await auth(api().post('/api/parts'), token).send({ data: { name: '无编号' } });
    expect(missing.status).toBe(400);
  });
});

describe('Public and Dealer roles', () => {
  it.each(ROUTES)('are refused on /api/%s (read and write)', async (route) => {
    for (const bearer of [null, dealerJwt]) {
      const get = bearer ? auth(api().get(`/api/${route}`), bearer) : api().get(`/api/${route}`);
      const post = bearer ? auth(api().post(`/api/${route}`), bearer) : api().post(`/api/${route}`);
      const [read, write] = await Promise.all([get, post.send({ data: { code: 'HACK', name: 'x' } })]);
      expect([401, 403]).toContain(read.status);
      expect([401, 403]).toContain(write.status);
      expect(read.body.data).toBeFalsy();
    }
  });
});
