/**
 * Dealer portal reference (issue #18): the pickers of the claim form and the quote page
 * are fed by the unit's model, and a dealer lists its own units.
 */
import type { Core } from '@strapi/strapi';
import { stopStrapi } from '../helpers/strapi';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { daysAgo } from '../helpers/dates';
import type { DealerApi } from '../helpers/staff-api';

let strapi: Core.Strapi;
let east: DealerApi;
let west: DealerApi;

beforeAll(async () => {
  ({ strapi, east, west } = await fixtureWorld([]));
});
afterAll(stopStrapi);

describe('GET /models/:code/reference', () => {
  it('names the model\'s components in Chinese and English, main ones first and flagged', async () => {
    const res = await east.get(`/models/${FIXTURE.model}/reference`);
    expect(res.status).toBe(200);
    expect(res.body.model).toEqual({ code: FIXTURE.model, name: '电动三轮车 TRI-01', nameEn: 'Electric tricycle TRI-01' });
    expect(res.body.components.slice(0, 4)).toEqual([
      { code: 'motor', name: '电机', nameEn: 'Motor', main: true },
      { code: 'controller', name: '控制器', nameEn: 'Controller', main: true },
      { code: 'rear_axle', name: '后桥', nameEn: 'Rear axle', main: true },
      { code: 'frame', name: '车架', nameEn: 'Frame', main: true },
    ]);
    // A component only the parts name (the brake pads') is offered too, not as a main one.
    expect(res.body.components).toContainEqual({ code: 'brake', name: '制动系统', nameEn: 'Brakes', main: false });
  });

  it('lists parts with names, the prices valid on the date and the core flag; a core part has no price', async () => {
    const today = await east.get(`/models/${FIXTURE.model}/reference`);
    const motor = today.body.parts.find((p: any) => p.number === FIXTURE.parts.motor);
    expect(motor).toEqual({
      number: FIXTURE.parts.motor, name: '驱动电机', nameEn: 'Drive motor', category: 'main_component', component: 'motor',
      core: false, mustReturn: true, dealerPrice: FIXTURE.prices.motor, guidePrice: 160000,
    });
    expect(today.body.parts.find((p: any) => p.number === FIXTURE.parts.core)).toMatchObject({ core: true, dealerPrice: null, guidePrice: null });
    const last = await east.get(`/models/${FIXTURE.model}/reference?date=2025-06-01`);
    expect(last.body.date).toBe('2025-06-01');
    expect(last.body.parts.find((p: any) => p.number === FIXTURE.parts.motor).dealerPrice).toBe(110000);
    // Not priced yet on that date: offered, without a price.
    expect(last.body.parts.find((p: any) => p.number === FIXTURE.parts.pad).dealerPrice).toBeNull();
  });

  it('lists the model\'s own operations first, then the general ones, with standard hours', async () => {
    const res = await east.get(`/models/${FIXTURE.model}/reference`);
    expect(res.body.operations).toEqual([
      { code: FIXTURE.operations.motor, description: '更换驱动电机', descriptionEn: 'Replace drive motor', standardHours: 1.5, model: FIXTURE.model },
      { code: FIXTURE.operations.brake, description: '更换刹车片', descriptionEn: 'Replace brake pads', standardHours: 0.5, model: null },
    ]);
  });

  it('answers 404 for an unknown model and 400 for a bad date, in the contract\'s error shape', async () => {
    const missing = await east.get('/models/NO-SUCH/reference');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await east.get(`/models/${FIXTURE.model}/reference?date=2025-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ date: 'invalid_date' });
  });

  it('offers only the model family\'s parts once the family has any', async () => {
    await strapi.documents('api::part.part' as any).create({ data: { number: 'TRI-SEAT-1', name: '座垫', nameEn: 'Seat', category: 'standard', vatRate: 1300 } } as any);
    const res = await east.get(`/models/${FIXTURE.model}/reference`);
    expect(res.body.parts.map((p: any) => p.number)).toEqual(['TRI-SEAT-1']);
  });
});

describe('GET /models', () => {
  it('lists the models by code', async () => {
    const res = await east.get('/models');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ code: FIXTURE.model, name: '电动三轮车 TRI-01', nameEn: 'Electric tricycle TRI-01' }]);
  });
});

describe('GET /units', () => {
  it('lists the dealer\'s own units, registered and not, by serial, with a page', async () => {
    const res = await east.get('/units');
    expect(res.status).toBe(200);
    const serials = res.body.data.map((u: any) => u.serial);
    expect(serials).toEqual([...serials].sort());
    expect(serials).toEqual(expect.arrayContaining([FIXTURE.serials.registered, FIXTURE.serials.unregistered, FIXTURE.serials.old]));
    expect(serials).not.toContain(FIXTURE.serials.west);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: serials.length });
    const registered = res.body.data.find((u: any) => u.serial === FIXTURE.serials.registered);
    expect(registered).toEqual({
      serial: FIXTURE.serials.registered,
      model: { code: FIXTURE.model, name: '电动三轮车 TRI-01', nameEn: 'Electric tricycle TRI-01' },
      buildDate: daysAgo(200),
      registered: true,
      saleDate: daysAgo(10),
      registrationDate: daysAgo(8),
    });
    // The list carries no customer: that stays on the warranty card.
    expect(JSON.stringify(res.body)).not.toContain('13800000001');
  });

  it('filters by registration and by serial, ignoring case', async () => {
    const open = await east.get('/units?registered=false');
    expect(open.body.data.every((u: any) => !u.registered)).toBe(true);
    expect(open.body.data.map((u: any) => u.serial)).toContain(FIXTURE.serials.unregistered);
    const found = await east.get(`/units?q=${FIXTURE.serials.registered.toLowerCase()}`);
    expect(found.body.data.map((u: any) => u.serial)).toEqual([FIXTURE.serials.registered]);
    expect((await west.get(`/units?q=${FIXTURE.serials.registered}`)).body.data).toEqual([]);
    const bad = await east.get('/units?registered=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ registered: 'invalid_enum' });
  });
});

describe('POST /registrations: the customer\'s phone (issue #18)', () => {
  it('refuses a number nobody can call, field by field, and registers nothing', async () => {
    const body = { serial: FIXTURE.serials.unregistered, saleDate: daysAgo(3), customer: { name: '王五', phone: '123', address: '山东济南' } };
    const res = await east.post('/registrations', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.fields).toEqual({ 'customer.phone': 'phone_invalid' });
    expect((await east.get(`/units/${FIXTURE.serials.unregistered}`)).body.registered).toBe(false);
  });

  it('takes a landline with its area code and stores the normal form', async () => {
    const body = { serial: FIXTURE.serials.unregistered, saleDate: daysAgo(3), customer: { name: '王五', phone: '(0531) 8888-6666', address: '山东济南' } };
    expect((await east.post('/registrations', body)).status).toBe(201);
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { serial: FIXTURE.serials.unregistered }, populate: ['customer'] });
    expect(unit.customer.phone).toBe('0531-88886666');
  });
});
