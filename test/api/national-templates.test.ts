/**
 * The household-vehicle template over HTTP: repair hand-over and return dates are kept
 * on the claim, the unit's earlier repair days add up, more than 30 of them make a
 * refund allowed, and the reviewer sees what the refund is worth (unit price, usage
 * charge) on the staff claim.
 */
import type { Core } from '@strapi/strapi';
import { stopStrapi } from '../helpers/strapi';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { goodClaim } from '../helpers/dealer-api';
import { daysAgo, today, addDays } from '../helpers/dates';
import type { DealerApi, StaffApi } from '../helpers/staff-api';
import { HOUSEHOLD_VEHICLE_2021_POLICY } from '../../plugins/claim-review/shared';

const SERIAL = 'LSVCAR00001';
/** ¥100,000 in fen: the model's dealer price, the value of a refunded car. */
const CAR_PRICE = 10_000_000;

let strapi: Core.Strapi;
let east: DealerApi;
let reviewer: StaffApi;

beforeAll(async () => {
  const world = await fixtureWorld(['Technical reviewer']);
  ({ strapi, east } = world);
  reviewer = world.staff['Technical reviewer'];
  const dealer = await strapi.db.query('api::dealer.dealer').findOne({ where: { code: FIXTURE.dealers.east } });
  const model = await strapi.documents('api::product-model.product-model').create({
    data: { code: 'CAR-01', name: '家用轿车 CAR-01', category: 'household_vehicle', mainComponents: ['engine', 'transmission', 'steering', 'braking'], dealerPrice: CAR_PRICE } as any,
  });
  const { modelCode: _m, ...policy } = HOUSEHOLD_VEHICLE_2021_POLICY;
  await strapi.documents('api::warranty-policy.warranty-policy').create({ data: { ...policy, effectiveFrom: '2020-01-01' } as any });
  await strapi.documents('api::unit.unit').create({
    data: { serial: SERIAL, model: model.documentId, dealer: dealer.documentId, buildDate: daysAgo(200), saleDate: daysAgo(100), registrationDate: daysAgo(95) } as any,
  });
});
afterAll(stopStrapi);

/** An engine repair of the car, 20,000 km on the odometer, without labour lines (the fixture's operations are for another model). */
const carClaim = (overrides: Record<string, unknown>) =>
  goodClaim({
    serial: SERIAL,
    usage: { value: 20000, unit: 'km' },
    fault: { component: 'engine', description: '发动机异响 / Engine knocks' },
    parts: [{ partNumber: FIXTURE.parts.bolt, qty: 2 }],
    labour: [],
    travel: null,
    ...overrides,
  });

const codes = (body: { findings: Array<{ code: string }> }) => body.findings.map((f) => f.code);

describe('household vehicles: cumulative repair days', () => {
  it('refuses a return date after today and a hand-over before the failure', async () => {
    const res = await east.post('/claims/precheck', carClaim({ failureDate: daysAgo(3), repairDate: daysAgo(1), repair: { handedOverAt: daysAgo(4), returnedAt: addDays(today(), 1) } }));
    expect(res.status).toBe(200);
    const dates = res.body.findings.filter((f: any) => f.code === 'DATES_INVALID').map((f: any) => f.field).sort();
    expect(dates).toEqual(['repair.handedOverAt', 'repair.returnedAt']);
  });

  it('a refund after 30 + 2 = 32 repair days is allowed, and the reviewer sees its value', async () => {
    // A 30-day repair: the unit was in the workshop from day −40 to day −10.
    const first = await east.post('/claims', {
      ...carClaim({ failureDate: daysAgo(40), repairDate: daysAgo(10), repair: { handedOverAt: daysAgo(40), returnedAt: daysAgo(10) }, customerConfirmation: { name: '张三', signedAt: daysAgo(10) } }),
      submit: true,
    });
    expect(first.status).toBe(201);
    expect(first.body.repair).toEqual({ handedOverAt: daysAgo(40), returnedAt: daysAgo(10) });
    expect(codes(first.body)).toContain('LOANER_DUE');

    // The same refund asked without the hand-over dates: 30 days are not more than 30.
    const refused = await east.post('/claims/precheck', carClaim({ remedy: 'refund', failureDate: daysAgo(9), repairDate: daysAgo(7) }));
    expect(codes(refused.body)).toContain('REMEDY_NOT_ALLOWED');

    const refund = await east.post('/claims', {
      ...carClaim({ remedy: 'refund', failureDate: daysAgo(9), repairDate: daysAgo(7), repair: { handedOverAt: daysAgo(9), returnedAt: daysAgo(7) } }),
      submit: true,
    });
    expect(refund.status).toBe(201);
    expect(refund.body.status).toBe('in_review');
    expect(codes(refund.body)).not.toContain('REMEDY_NOT_ALLOWED');
    const limit = refund.body.findings.find((f: any) => f.code === 'REPAIR_DAYS_LIMIT');
    expect(limit.message.en).toContain('32 cumulative repair days');
    expect(limit.clause.zh).toContain('家用汽车产品修理更换退货责任规定');

    const staffView = await reviewer.get(`/claims/${refund.body.number}`);
    expect(staffView.status).toBe(200);
    // ¥100,000 × 20,000 km ÷ 1000 × 0.5 % = ¥10,000 usage charge.
    expect(staffView.body.remedyValue).toEqual({
      remedy: 'refund', unitPrice: CAR_PRICE, km: 20000, rateBp: 50, usageCharge: 1_000_000, free: null, net: 9_000_000,
    });
    expect(staffView.body.repair).toEqual({ handedOverAt: daysAgo(9), returnedAt: daysAgo(7) });
  });

  it('a repair claim carries no remedy value', async () => {
    const res = await east.post('/claims', carClaim({ failureDate: daysAgo(3), repairDate: daysAgo(2) }));
    expect(res.status).toBe(201);
    expect(res.body.remedyValue).toBeNull();
  });
});
