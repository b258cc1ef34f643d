/**
 * What the quality signal counts (issue 15, items 19–22), over the real database: a bad
 * build month raises its own alert where the model as a whole does not; a part inspected
 * as no fault found is not a failure; units out of warranty add no exposure.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { staffLogin } from '../helpers/auth';
import { loadFixture } from '../helpers/fixture';
import { staffApi, type StaffApi } from '../helpers/staff-api';
import { qualityWorld } from '../helpers/quality-world';

let strapi: Core.Strapi;
let coordinator: StaffApi;
let world: ReturnType<typeof qualityWorld>;

/**
 * QA-E (a tricycle: 12-month whole-unit, 24-month main-component warranty): 200 units
 * built 2024-01 and 10 built 2024-02, all sold 2024-03-01. A grip (not a main component)
 * fails at about 0.02 per unit-month: 24 claims in the 180-day baseline 2024-04-04 …
 * 2024-09-30 (1,241.9 unit-months). In the window 2024-10-01 … 10-30 (run on 11-29, 30
 * days of filing lag) the 2024-01 units file their ordinary 4 and the 10 units of 2024-02
 * file 4 more, plus one whose grip was inspected as no fault found. The model expects
 * 4.08 and sees 8 (p ≈ 0.06, no alarm); the batch expects 0.194 and sees 4.
 */
beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  coordinator = staffApi(await staffLogin(strapi, 'Service coordinator'));
  world = qualityWorld(strapi, 'QE');
  world.ids['QA-E'] = await world.doc('api::product-model.product-model', { code: 'QA-E', name: '测试车型 QA-E', category: 'tricycle', mainComponents: ['motor'] });
  world.ids['QA-E1'] = await world.doc('api::dealer.dealer', { code: 'QA-E1', name: '经销商 QA-E1', tier: 1, creditGrade: 'A', suspended: false });
  await world.units(200, 'QA-E', 'QA-E1', '2024-01-15', '2024-03-01');
  await world.units(10, 'QA-E', 'QA-E1', '2024-02-15', '2024-03-01');
  const grip = (number: string, buildMonth: string, failure: string, inspectionResult?: 'no_fault') =>
    world.claim({ number, dealer: 'QA-E1', model: 'QA-E', buildMonth, failure, payable: 1000, lines: [{ ref: 'QA-GRIP', component: 'grip', payable: 1000, inspectionResult }] });
  for (let i = 0; i < 24; i++) await grip(`GB-${i + 1}`, '2024-01', `2024-${String(4 + Math.floor(i / 4)).padStart(2, '0')}-${String(10 + (i % 4) * 4)}`);
  for (let i = 0; i < 4; i++) await grip(`GW-${i + 1}`, '2024-01', `2024-10-${String(5 + i * 5).padStart(2, '0')}`);
  for (let i = 0; i < 4; i++) await grip(`GX-${i + 1}`, '2024-02', `2024-10-${String(10 + i * 3)}`);
  await grip('GX-NFF', '2024-02', '2024-10-25', 'no_fault');
  // Two years on, a motor (main component, 24 months) and a grip (12 months) fail.
  await world.claim({ number: 'GL-MOTOR', dealer: 'QA-E1', model: 'QA-E', buildMonth: '2024-01', failure: '2025-06-10', lines: [{ ref: 'QA-E-MOTOR', component: 'motor' }] });
  await world.claim({ number: 'GL-GRIP', dealer: 'QA-E1', model: 'QA-E', buildMonth: '2024-01', failure: '2025-06-12', lines: [{ ref: 'QA-GRIP', component: 'grip' }] });
}, 300_000);
afterAll(stopStrapi);

describe('the daily alert job tests each build month (item 19)', () => {
  it('raises the bad build month where the model as a whole shows no jump', async () => {
    const result = await strapi.plugin('claim-review').service('qualityAlerts').run({ asOf: '2024-11-29' });
    expect(result.evaluated).toBe(1);
    expect(result.raised).toHaveLength(1);
    const alert = result.raised[0];
    // Baseline rate (24 + ½) ÷ 1,241.9 = 0.0197 per unit-month; the 10 units' 9.9 unit-months expect 0.194.
    expect(alert).toMatchObject({
      model: { code: 'QA-E' },
      part: { number: 'QA-GRIP' },
      buildMonth: '2024-02',
      window: { from: '2024-10-01', to: '2024-10-30' },
      baseline: { from: '2024-04-04', to: '2024-09-30', claims: 24, exposureUnitMonths: 1241.9 },
      claims: 4,
      exposureUnitMonths: 9.9,
      expected: 0.194,
      familySize: 2,
      claimNumbers: ['GX-4', 'GX-3', 'GX-2', 'GX-1'],
    });
    expect(alert.pValue).toBeLessThan(1e-4);
    expect(alert.adjustedPValue).toBeCloseTo(2 * alert.pValue, 6);
    expect(alert.message.zh).toContain('QA-E（2024-02 批次）');
    expect(alert.message.en).toContain('QA-E (built 2024-02)');
  });

  it('stays quiet on a second run for the same window', async () => {
    const again = await strapi.plugin('claim-review').service('qualityAlerts').run({ asOf: '2024-11-30' });
    expect(again.raised).toEqual([]);
  });
});

describe('failure rates', () => {
  it('do not count a part inspected as no fault found (item 22)', async () => {
    const res = await coordinator.get('/analytics/failures?groupBy=part&from=2024-10-01&to=2024-10-30');
    expect(res.status).toBe(200);
    const grip = res.body.data.find((r: any) => r.key === 'QA-GRIP|QA-E');
    expect(grip.claims).toBe(8);
    expect(grip.cohorts.map((c: any) => [c.buildMonth, c.claims])).toEqual([
      ['2024-01', 4],
      ['2024-02', 4],
    ]);
    const model = await coordinator.get('/analytics/failures?groupBy=model&from=2024-10-01&to=2024-10-30');
    expect(model.body.data.find((r: any) => r.key === 'QA-E').claims).toBe(8);
  });

  it('count unit-months inside the warranty only (item 21)', async () => {
    // June 2025: the 210 units are 15 months old, past the 12-month whole-unit period but inside the 24-month one.
    const res = await coordinator.get('/analytics/failures?groupBy=part&from=2025-06-01&to=2025-06-30');
    const motor = res.body.data.find((r: any) => r.key === 'QA-E-MOTOR|QA-E');
    const grip = res.body.data.find((r: any) => r.key === 'QA-GRIP|QA-E');
    expect(motor.exposureUnitMonths).toBe(207); // 210 × 30 days ÷ 30.4375
    expect(grip.exposureUnitMonths).toBe(0);
    expect(grip.rate.perThousandUnitMonths).toBeNull();
    // Past the 24 months nothing is in warranty: no exposure at all, where every unit ever sold used to count.
    const late = await coordinator.get('/analytics/failures?groupBy=model&from=2026-06-01&to=2026-06-30');
    expect(late.body.data.find((r: any) => r.key === 'QA-E')).toMatchObject({ units: { built: 210, sold: 210 }, exposureUnitMonths: 0 });
  });
});
