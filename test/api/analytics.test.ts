/**
 * Quality early warning over HTTP: failure rates per part × model × build month, per
 * model, per cohort and per dealer against hand-computed numbers; the date range; who
 * may read them; the daily alert job (a jump raises one alert, noise none, the
 * quality.alert webhook carries it); and the reviewer's anomaly flags on a claim.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi, goodClaim } from '../helpers/dealer-api';
import { staffApi, type StaffApi } from '../helpers/staff-api';
import { qualityWorld, type ClaimSpec } from '../helpers/quality-world';

const CLAIM_UID = 'plugin::claim-review.claim';
const ALERT_UID = 'plugin::claim-review.quality-alert';

interface Delivery {
  headers: http.IncomingHttpHeaders;
  body: any;
}

let strapi: Core.Strapi;
let coordinator: StaffApi;
let finance: StaffApi;
let reviewer: StaffApi;
let receiver: http.Server;
const deliveries: Delivery[] = [];

let world: ReturnType<typeof qualityWorld>;
const doc = (uid: string, data: Record<string, unknown>) => world.doc(uid, data);
const units = (...args: Parameters<ReturnType<typeof qualityWorld>['units']>) => world.units(...args);
const claim = (spec: ClaimSpec) => world.claim(spec);

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

  strapi = await startStrapi();
  await loadFixture(strapi);
  world = qualityWorld(strapi);
  const { ids } = world;
  coordinator = staffApi(await staffLogin(strapi, 'Service coordinator'));
  finance = staffApi(await staffLogin(strapi, 'Finance'));
  reviewer = staffApi(await staffLogin(strapi, 'Technical reviewer'));
  const admin = await staffLogin(strapi, 'Super Admin');
  const hook = await request(httpServer())
    .post('/admin/webhooks')
    .set('Authorization', `Bearer ${admin}`)
    .send({ name: 'Quality', url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/quality`, headers: {}, events: ['quality.alert'] });
  if (hook.status !== 201) throw new Error(`webhook not created: ${hook.status} ${JSON.stringify(hook.body)}`);

  for (const code of ['QA-A', 'QA-B', 'QA-C', 'QA-D']) {
    ids[code] = await doc('api::product-model.product-model', { code, name: `测试车型 ${code}`, nameEn: `Test model ${code}`, category: 'tricycle', mainComponents: ['motor', 'controller'] });
  }
  for (const code of ['QA-N', 'QA-S', 'QA-SPIKE', 'QA-CALM']) {
    ids[code] = await doc('api::dealer.dealer', { code, name: `经销商 ${code}`, nameEn: `Dealer ${code}`, tier: 1, creditGrade: 'A', suspended: false });
  }

  // ---- The rate world, range 2025-01-01 … 2025-06-30 (181 days). Days in service are counted from the sale day.
  // QA-A built 2024-11: 4 sold by QA-N before the range (4 × 181 d), 2 by QA-S on 04-01 (2 × 91 d), 2 unsold.
  await units(4, 'QA-A', 'QA-N', '2024-11-15', '2024-12-01');
  await units(2, 'QA-A', 'QA-S', '2024-11-15', '2025-04-01');
  await units(2, 'QA-A', 'QA-N', '2024-11-15');
  // QA-A built 2025-02: 3 sold by QA-N on 03-01 (3 × 122 d), 1 sold after the range, 1 sold by QA-S on the last day (1 d).
  await units(3, 'QA-A', 'QA-N', '2025-02-10', '2025-03-01');
  await units(1, 'QA-A', 'QA-N', '2025-02-10', '2025-07-15');
  await units(1, 'QA-A', 'QA-S', '2025-02-10', '2025-06-30');
  // Built after the range: not in it at all.
  await units(2, 'QA-A', 'QA-N', '2025-08-01', '2025-08-10');
  // QA-B built 2025-01: 5 sold by QA-S on 02-01 (5 × 150 d).
  await units(5, 'QA-B', 'QA-S', '2025-01-20', '2025-02-01');

  await claim({ number: 'QA-C1', dealer: 'QA-N', model: 'QA-A', buildMonth: '2024-11', failure: '2025-02-10', payable: 10000, lines: [{ ref: 'QA-MOTOR', component: 'motor', payable: 8000 }, { kind: 'labour', ref: 'OP-X', hoursTenths: 15, payable: 2000 }] });
  await claim({ number: 'QA-C2', dealer: 'QA-N', model: 'QA-A', buildMonth: '2024-11', failure: '2025-03-05', payable: 9000, lines: [{ ref: 'QA-MOTOR', component: 'motor', payable: 8000 }] });
  await claim({ number: 'QA-C3', dealer: 'QA-N', model: 'QA-A', buildMonth: '2025-02', failure: '2025-05-20', payable: 3000, lines: [{ ref: 'QA-BRAKE', component: 'brake', payable: 1000 }, { ref: 'QA-BRAKE', component: 'brake', payable: 1000 }] });
  await claim({ number: 'QA-C4', dealer: 'QA-S', model: 'QA-B', buildMonth: '2025-01', failure: '2025-04-01', payable: 5000, lines: [{ ref: 'QA-MOTOR', component: 'motor', payable: 4000 }] });
  // Not counted: rejected, a draft, failures outside the range.
  await claim({ number: 'QA-C5', status: 'rejected', dealer: 'QA-S', model: 'QA-A', buildMonth: '2024-11', failure: '2025-06-30', payable: 7000, lines: [{ ref: 'QA-MOTOR', component: 'motor', payable: 7000 }] });
  await claim({ number: 'QA-C6', status: 'draft', dealer: 'QA-N', model: 'QA-A', buildMonth: '2024-11', failure: '2025-06-01', payable: 7000, lines: [{ ref: 'QA-MOTOR', component: 'motor', payable: 7000 }] });
  await claim({ number: 'QA-C7', dealer: 'QA-N', model: 'QA-A', buildMonth: '2025-02', failure: '2025-07-02', payable: 2000, lines: [{ ref: 'QA-BRAKE', component: 'brake', payable: 2000 }] });
  await claim({ number: 'QA-C8', dealer: 'QA-S', model: 'QA-B', buildMonth: '2025-01', failure: '2024-12-31', payable: 2000, lines: [{ ref: 'QA-MOTOR', component: 'motor', payable: 2000 }] });
});

afterAll(async () => {
  await stopStrapi();
  await new Promise((resolve) => receiver.close(resolve));
});

const RANGE = 'from=2025-01-01&to=2025-06-30';
const failures = (api: StaffApi, query: string) => api.get(`/analytics/failures?${query}`);

describe('failure rates (GET /analytics/failures)', () => {
  it('per model: claims, units built and sold, unit-months, cost per unit sold, rate against the fleet', async () => {
    const res = await failures(coordinator, `groupBy=model&${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ groupBy: 'model', from: '2025-01-01', to: '2025-06-30' });
    // Counted: C1, C2, C3 (QA-A), C4 (QA-B). Exposure 2,023 unit-days = 66.5 unit-months.
    expect(res.body.totals).toEqual({
      claims: 4,
      units: { built: 18, sold: 15 },
      exposureUnitMonths: 66.5,
      cost: 27000,
      costPerUnitSold: 1800,
      rate: { perHundredSold: 26.67, perThousandUnitMonths: 60.18, relative: null },
    });
    const [a, b] = res.body.data;
    expect(res.body.data.map((r: any) => r.key)).toEqual(['QA-A', 'QA-B']);
    // QA-A: 906 + 367 = 1,273 unit-days = 41.8 unit-months.
    expect(a).toMatchObject({
      model: { code: 'QA-A', name: '测试车型 QA-A', nameEn: 'Test model QA-A' },
      part: null,
      dealer: null,
      claims: 3,
      units: { built: 13, sold: 10 },
      exposureUnitMonths: 41.8,
      cost: 22000,
      costPerUnitSold: 2200,
      rate: { perHundredSold: 30, perThousandUnitMonths: 71.73, relative: 1.19 },
      alerted: false,
    });
    expect(a.cohorts.map((c: any) => [c.buildMonth, c.claims, c.units.built, c.units.sold, c.exposureUnitMonths, c.rate.relative])).toEqual([
      ['2024-11', 2, 8, 6, 29.8, 0.94],
      ['2025-02', 1, 5, 4, 12.1, 1.16],
    ]);
    expect(b).toMatchObject({ claims: 1, units: { built: 5, sold: 5 }, exposureUnitMonths: 24.6, cost: 5000, costPerUnitSold: 1000, rate: { perHundredSold: 20, perThousandUnitMonths: 40.58, relative: 0.67 } });
  });

  it('per part × model, highest rate first, with the build-month cohorts and key parts marked', async () => {
    const res = await failures(finance, `groupBy=part&${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: any) => [r.key, r.claims, r.cost, r.rate.perThousandUnitMonths])).toEqual([
      ['QA-MOTOR|QA-A', 2, 16000, 47.82],
      ['QA-MOTOR|QA-B', 1, 4000, 40.58],
      ['QA-BRAKE|QA-A', 1, 2000, 23.91], // two lines of the part, one claim
    ]);
    const motor = res.body.data[0];
    expect(motor.part).toEqual({ number: 'QA-MOTOR', name: '配件 QA-MOTOR', nameEn: 'Part QA-MOTOR', component: 'motor', keyPart: true });
    expect(motor.units).toEqual({ built: 13, sold: 10 });
    expect(motor.rate.relative).toBeNull();
    // The batch view: both motor claims come from the 2024-11 build, 1.41× the part's rate on the model.
    expect(motor.cohorts.map((c: any) => [c.buildMonth, c.claims, c.cost, c.rate.relative])).toEqual([
      ['2024-11', 2, 16000, 1.41],
      ['2025-02', 0, 0, 0],
    ]);
    expect(res.body.data[2].part.keyPart).toBe(false);
    expect(res.body.method).toMatchObject({ test: 'poisson-exact', keyPart: { alpha: 0.01, minCount: 2 }, standard: { alpha: 0.001, minCount: 3 } });
    expect(res.body.method.keyComponents).toEqual(['motor', 'controller', 'rear_axle', 'differential', 'frame', 'front_shock', 'rim']);
  });

  it('per build month: each model × month cohort against its model', async () => {
    const res = await failures(coordinator, `groupBy=buildMonth&${RANGE}`);
    expect(res.body.data.map((r: any) => [r.key, r.buildMonth, r.claims, r.exposureUnitMonths, r.rate.perThousandUnitMonths, r.rate.relative])).toEqual([
      ['QA-A|2024-11', '2024-11', 2, 29.8, 67.19, 0.94],
      ['QA-A|2025-02', '2025-02', 1, 12.1, 82.94, 1.16],
      ['QA-B|2025-01', '2025-01', 1, 24.6, 40.58, 1],
    ]);
  });

  it('per dealer: the claims it filed against the units it sold', async () => {
    const res = await failures(coordinator, `groupBy=dealer&${RANGE}`);
    expect(res.body.data.map((r: any) => [r.key, r.dealer.name, r.claims, r.units.built, r.units.sold, r.exposureUnitMonths, r.cost, r.rate.perThousandUnitMonths, r.rate.relative])).toEqual([
      ['QA-N', '经销商 QA-N', 3, 10, 7, 35.8, 22000, 83.77, 1.39],
      ['QA-S', '经销商 QA-S', 1, 8, 8, 30.7, 5000, 32.62, 0.54],
    ]);
  });

  it('follows the date range and stops exposure at today', async () => {
    const longer = await failures(coordinator, 'groupBy=model&from=2025-01-01&to=2025-07-31');
    expect(longer.body.data.find((r: any) => r.key === 'QA-A').claims).toBe(4); // C7 failed on 07-02
    const before = await failures(coordinator, 'groupBy=model&from=2024-12-01&to=2024-12-31');
    expect(before.body.totals.claims).toBe(1); // C8
    const future = await failures(coordinator, 'groupBy=model&from=2025-01-01&to=2099-12-31');
    expect(future.status).toBe(200);
    expect(future.body.asOf < '2099-12-31').toBe(true);
    // Defaults: the twelve months up to today.
    const defaults = await failures(coordinator, '');
    expect(defaults.body).toMatchObject({ groupBy: 'part', to: defaults.body.asOf });
  });

  it('answers 400 with the field for a reversed range or an unknown grouping', async () => {
    const reversed = await failures(coordinator, 'from=2025-06-30&to=2025-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { from: 'invalid_range' } } });
    const unknown = await failures(coordinator, 'groupBy=colour');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields.groupBy).toBe('invalid_enum');
  });

  it('is for the service coordinator and finance, not the technical reviewer', async () => {
    expect((await failures(coordinator, RANGE)).status).toBe(200);
    expect((await failures(finance, RANGE)).status).toBe(200);
    expect((await failures(reviewer, RANGE)).status).toBe(403);
    expect((await reviewer.get('/analytics/alerts')).status).toBe(403);
    expect((await staffApi(null).get('/analytics/failures')).status).toBe(401);
  });
});

describe('the daily alert job', () => {
  // QA-C: 40 units sold 2025-07-15, so the baseline (2025-09-03 … 2026-03-01) holds 236.6 unit-months and
  // the window (2026-03-02 … 2026-03-31) 39.4. Two baseline claims → 2.5 / 236.6 × 39.4 = 0.417 expected.
  // The run is on 30 April: the window ends the 30-day filing lag before it.
  const AS_OF = '2026-04-30';

  beforeAll(async () => {
    await units(40, 'QA-C', 'QA-N', '2025-07-01', '2025-07-15');
    const parts = [
      { ref: 'QA-CTRL', component: 'controller', baseline: ['2025-10-10', '2026-01-15'] }, // key part
      { ref: 'QA-SEAT', component: 'seat', baseline: ['2025-10-10', '2026-01-15'] }, // same figures, standard part
      { ref: 'QA-LAMP', component: 'lamp', baseline: ['2025-09-10', '2025-09-25', '2025-10-10', '2025-10-25', '2025-11-10', '2025-11-25', '2025-12-10', '2025-12-25', '2026-01-10', '2026-01-25', '2026-02-10', '2026-02-25'] },
    ];
    for (const p of parts) {
      const dates = [...p.baseline, '2026-03-05', '2026-03-12', '2026-03-20'];
      for (const [i, failure] of dates.entries()) {
        await claim({ number: `${p.ref}-${String(i + 1).padStart(2, '0')}`, dealer: 'QA-N', model: 'QA-C', buildMonth: '2025-07', failure, payable: 1000, lines: [{ ref: p.ref, component: p.component, payable: 1000 }] });
      }
    }
  });

  /** Deliveries come from Strapi's webhook queue after the run: wait for them. */
  async function delivered(match: (d: Delivery) => boolean): Promise<Delivery[]> {
    for (let i = 0; i < 200 && !deliveries.some(match); i++) await new Promise((r) => setTimeout(r, 25));
    return deliveries.filter(match);
  }

  it('raises one alert for the key part whose rate jumped, none for the same jump on a standard part or for noise', async () => {
    const result = await strapi.plugin('claim-review').service('qualityAlerts').run({ asOf: AS_OF });
    expect(result.evaluated).toBe(3);
    expect(result.raised.map((a: any) => `${a.model.code} ${a.part.number}`)).toEqual(['QA-C QA-CTRL']);
    const alert = result.raised[0];
    expect(alert).toMatchObject({
      status: 'open',
      keyPart: true,
      part: { number: 'QA-CTRL', component: 'controller', name: '配件 QA-CTRL' },
      window: { from: '2026-03-02', to: '2026-03-31' },
      baseline: { from: '2025-09-03', to: '2026-03-01', claims: 2, exposureUnitMonths: 236.6 },
      claims: 3,
      exposureUnitMonths: 39.4,
      expected: 0.417,
      ratio: 7.2,
      threshold: { alpha: 0.01, minCount: 2, minRatio: 1.5 },
      claimNumbers: ['QA-CTRL-05', 'QA-CTRL-04', 'QA-CTRL-03'],
    });
    expect(alert.pValue).toBeCloseTo(0.00885, 5);
    expect(alert.message.zh).toMatch(/^重要零件预警：QA-C 配件 QA-CTRL/);
  });

  it('sends the alert as the quality.alert webhook', async () => {
    const [hit] = await delivered((d) => d.body.event === 'quality.alert');
    expect(hit.headers['x-strapi-event']).toBe('quality.alert');
    expect(hit.body).toMatchObject({
      event: 'quality.alert',
      model: { code: 'QA-C' },
      part: { number: 'QA-CTRL' },
      keyPart: true,
      claims: 3,
      window: { from: '2026-03-02', to: '2026-03-31' },
      claimNumbers: ['QA-CTRL-05', 'QA-CTRL-04', 'QA-CTRL-03'],
      message: { zh: expect.any(String), en: expect.any(String) },
    });
    expect(typeof hit.body.id).toBe('number');
    expect(Date.parse(hit.body.at)).not.toBeNaN();
  });

  it('stays quiet when run again that day or the next', async () => {
    const again = await strapi.plugin('claim-review').service('qualityAlerts').run({ asOf: AS_OF });
    const next = await strapi.plugin('claim-review').service('qualityAlerts').run({ asOf: '2026-05-01' });
    expect(again.raised).toEqual([]);
    expect(next.raised).toEqual([]);
    expect(await strapi.db.query(ALERT_UID).count()).toBe(1);
  });

  it('lists stored alerts and marks the part on the failure rates', async () => {
    const list = await coordinator.get('/analytics/alerts?status=open');
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });
    expect(list.body.data[0]).toMatchObject({ model: { code: 'QA-C' }, part: { number: 'QA-CTRL' } });
    const rates = await failures(finance, 'groupBy=part&from=2026-03-01&to=2026-03-31');
    expect(rates.body.alerts.map((a: any) => a.part.number)).toEqual(['QA-CTRL']);
    expect(rates.body.data.filter((r: any) => r.alerted).map((r: any) => r.key)).toEqual(['QA-CTRL|QA-C']);
    expect((await failures(finance, `groupBy=part&${RANGE}`)).body.alerts).toEqual([]);
  });

  it('is acknowledged once, with who and a note, and leaves the open list', async () => {
    const [open] = (await coordinator.get('/analytics/alerts?status=open')).body.data;
    expect(open.acknowledged).toBeNull();
    expect((await reviewer.post(`/analytics/alerts/${open.id}/acknowledge`, {})).status).toBe(403);
    const bad = await coordinator.post(`/analytics/alerts/${open.id}/acknowledge`, { note: 'x'.repeat(2001) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ note: 'too_long' });

    const done = await coordinator.post(`/analytics/alerts/${open.id}/acknowledge`, { note: '已发起 8D / 8D opened with the supplier' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: open.id, status: 'acknowledged', acknowledged: { by: expect.any(String), note: '已发起 8D / 8D opened with the supplier' } });
    expect(Date.parse(done.body.acknowledged.at)).not.toBeNaN();

    const again = await coordinator.post(`/analytics/alerts/${open.id}/acknowledge`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.details.reason).toBe('ALREADY_ACKNOWLEDGED');
    expect((await coordinator.post('/analytics/alerts/99999999999/acknowledge', {})).status).toBe(404);
    expect((await coordinator.post('/analytics/alerts/abc/acknowledge', {})).status).toBe(404);
    expect((await coordinator.get('/analytics/alerts?status=open')).body.data).toEqual([]);
    expect((await coordinator.get('/analytics/alerts?status=acknowledged')).body.data.map((a: any) => a.id)).toEqual([open.id]);
  });
});

describe('anomaly flags for the reviewer (GET /claims/:number/anomalies)', () => {
  beforeAll(async () => {
    // QA-SPIKE sold 10 units, QA-CALM 60, all on 2025-08-01; in the 90 days to 2026-06-30 QA-SPIKE files 6 claims.
    await units(10, 'QA-D', 'QA-SPIKE', '2025-07-01', '2025-08-01');
    await units(60, 'QA-D', 'QA-CALM', '2025-07-01', '2025-08-01');
    const spike = (number: string, failure: string, serial: string, component: string, hoursTenths: number) =>
      claim({ number, dealer: 'QA-SPIKE', model: 'QA-D', buildMonth: '2025-07', failure, serial, component, payable: 5000, lines: [{ ref: 'QA-D-PART', component, payable: 3000 }, { kind: 'labour', ref: 'OP-QA', hoursTenths, payable: 2000 }] });
    await spike('SP-1', '2026-06-30', 'QA-D-SPK-01', 'motor', 40);
    await spike('SP-2', '2026-05-01', 'QA-D-SPK-01', 'motor', 10);
    await spike('SP-0', '2026-02-01', 'QA-D-SPK-01', 'motor', 10);
    for (const [i, failure] of ['2026-04-10', '2026-05-05', '2026-06-01', '2026-06-20'].entries()) await spike(`SP-${i + 3}`, failure, `QA-D-SPK-0${i + 2}`, 'brake', 10);
    for (const [i, [failure, hoursTenths]] of ([['2026-06-15', 12], ['2026-06-01', 10], ['2026-05-15', 11], ['2026-05-01', 9], ['2026-04-15', 10]] as Array<[string, number]>).entries()) {
      await claim({ number: `CA-${i + 1}`, dealer: 'QA-CALM', model: 'QA-D', buildMonth: '2025-07', failure, serial: `QA-D-CLM-0${i + 1}`, component: 'brake', payable: 3000, lines: [{ kind: 'labour', ref: 'OP-QA', hoursTenths, payable: 2000 }] });
    }
  });

  const anomalies = (api: StaffApi, number: string) => api.get(`/claims/${number}/anomalies`);

  it('flags the dealer spike, the labour hours, and the third claim for the same unit and component', async () => {
    const res = await anomalies(reviewer, 'SP-1');
    expect(res.status).toBe(200);
    expect(res.body.claimNumber).toBe('SP-1');
    expect(res.body.flags.map((f: any) => f.code)).toEqual(['DEALER_CLAIM_SPIKE', 'LABOUR_HOURS_OUTLIER', 'REPEATED_UNIT_COMPONENT']);
    const [spike, labour, repeat] = res.body.flags;
    expect(spike).toMatchObject({ severity: 'warning', params: { dealer: 'QA-SPIKE', days: 90, claims: 6 }, message: { zh: expect.stringContaining('经销商 QA-SPIKE 近 90 天索赔 6 单') } });
    expect(labour).toMatchObject({ params: { operation: 'OP-QA', hours: 4, mean: '1.04', count: 5 } });
    expect(repeat).toMatchObject({ params: { serial: 'QA-D-SPK-01', component: 'motor', count: 3 }, relatedClaims: ['SP-0', 'SP-2'] });
  });

  it('has nothing to say about an ordinary claim', async () => {
    const res = await anomalies(coordinator, 'CA-1');
    expect(res.status).toBe(200);
    expect(res.body.flags).toEqual([]);
  });

  it('flags a photo whose bytes another claim already holds', async () => {
    const jwt = await dealerLogin(FIXTURE.users.east);
    const east = dealerApi(jwt);
    const first = (await east.post('/claims', goodClaim())).body;
    const second = (await east.post('/claims', goodClaim())).body;
    const third = (await east.post('/claims', goodClaim())).body;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const other = Buffer.from('%PDF-1.4\n% another page\n%%EOF\n');
    const attach = (number: string, bytes: Buffer, name: string) =>
      request(httpServer()).post(`/api/claim-review/claims/${number}/attachments`).set('Authorization', `Bearer ${jwt}`).attach('files', bytes, name);
    expect((await attach(first.number, pdf, 'invoice.pdf')).status).toBe(201);
    expect((await attach(second.number, pdf, 'receipt.pdf')).status).toBe(201);
    expect((await attach(third.number, other, 'invoice.pdf')).status).toBe(201);

    const res = await anomalies(reviewer, second.number);
    expect(res.body.flags).toHaveLength(1);
    expect(res.body.flags[0]).toMatchObject({ code: 'PHOTO_REUSED', params: { file: 'receipt.pdf' }, relatedClaims: [first.number] });
    expect((await anomalies(reviewer, third.number)).body.flags).toEqual([]);
  });

  it('answers 404 for an unknown claim and 401 without a session', async () => {
    expect((await anomalies(reviewer, 'CR-NOPE')).status).toBe(404);
    expect((await anomalies(staffApi(null), 'SP-1')).status).toBe(401);
  });
});

describe('claim facts for the analytics', () => {
  it('writes the unit\'s build month on a claim filed through the dealer API', async () => {
    const res = await dealerApi(await dealerLogin(FIXTURE.users.east)).post('/claims', goodClaim());
    expect(res.status).toBe(201);
    const row = await strapi.db.query(CLAIM_UID).findOne({ where: { number: res.body.number }, populate: { unit: true } });
    expect(row.buildMonth).toBe(row.unit.buildDate.slice(0, 7));
  });
});
