/**
 * The service desk's refusals and guarantees: coded 400s that change nothing, 409s on
 * the wrong state, one winner of two concurrent accepts, each dealer its own orders
 * only, the RBAC actions per role, SLA timers on the office calendar across a weekend
 * and a holiday, and each breach recorded and sent once.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { dealerApi } from '../helpers/dealer-api';
import { staffApi, type DealerApi, type StaffApi } from '../helpers/staff-api';
import { callBody, completed, dispatched, dispatchedAt, nowIso, onSite, receiptBody, registered } from '../helpers/service-desk';

type Role = 'Service coordinator' | 'Technical reviewer' | 'Finance' | 'Super Admin';
let strapi: Core.Strapi;
let east: DealerApi;
let west: DealerApi;
let staff: Record<Role, StaffApi>;
let coordinator: StaffApi;
let receiver: http.Server;
const deliveries: any[] = [];

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      deliveries.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  ({ strapi, east, west, staff } = await fixtureWorld<Role>(['Service coordinator', 'Technical reviewer', 'Finance']));
  coordinator = staff['Service coordinator'];
  const admin = await staffLogin(strapi, 'Super Admin');
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const created = await request(httpServer())
    .post('/admin/webhooks')
    .set('Authorization', `Bearer ${admin}`)
    .send({ name: 'ERP', url, headers: {}, events: ['service.status-changed', 'service.sla-breached'] });
  if (created.status !== 201) throw new Error(`webhook: ${created.status} ${JSON.stringify(created.body)}`);
});
afterAll(async () => {
  await stopStrapi();
  await new Promise((resolve) => receiver.close(resolve));
});

const reasonOf = (res: { body: any }) => res.body.error?.details?.reason ?? res.body.error?.code;

async function settled(match: (d: any) => boolean, count: number) {
  for (let i = 0; i < 200 && deliveries.filter(match).length < count; i++) await new Promise((r) => setTimeout(r, 25));
  // A little longer, so that a double delivery would have arrived too.
  await new Promise((r) => setTimeout(r, 200));
  return deliveries.filter(match);
}

describe('coded 400s change nothing', () => {
  it('refuses a phone that is not a Chinese mobile or landline, naming the field', async () => {
    const res = await coordinator.post('/service/requests', callBody({ caller: { name: '张三', phone: '12345', address: { region: '华东', line: 'x' } } }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { 'caller.phone': 'phone_invalid' } } });
    expect(res.body.error.message.zh).toBeTruthy();
  });

  it('refuses an unknown serial or model, and a call received in the future', async () => {
    expect((await coordinator.post('/service/requests', callBody({ unit: { serial: 'NOPE' } }))).body.error.details.fields).toEqual({ 'unit.serial': 'not_found' });
    expect((await coordinator.post('/service/requests', callBody({ unit: { model: 'NOPE', purchaseDate: '2026-01-01' } }))).body.error.details.fields).toEqual({ 'unit.model': 'not_found' });
    const future = await coordinator.post('/service/requests', callBody({ receivedAt: nowIso(3_600_000) }));
    expect(future.status).toBe(400);
    expect(reasonOf(future)).toBe('TIME_IN_FUTURE');
    expect(future.body.error.details.fields).toEqual({ receivedAt: 'in_future' });
  });

  it('refuses an unknown or suspended dealer on dispatch and the same dealer on reassign', async () => {
    const sr = await registered(coordinator);
    for (const dealer of ['NOPE', FIXTURE.dealers.suspended]) {
      const res = await coordinator.post(`/service/requests/${sr.number}/triage`, { outcome: 'dispatch', dealer });
      expect(res.status).toBe(400);
      expect(res.body.error.details.fields).toEqual({ dealer: 'not_found' });
    }
    expect((await coordinator.get(`/service/requests/${sr.number}`)).body.status).toBe('received');
    const { workOrder } = await dispatched(coordinator);
    const same = await coordinator.post(`/service/work-orders/${workOrder}/reassign`, { dealer: FIXTURE.dealers.east, reason: 'x' });
    expect(same.body.error.details.fields).toEqual({ dealer: 'same_dealer' });
  });

  it('refuses an appointment in the past, and a reschedule without a reason', async () => {
    const { workOrder } = await dispatched(coordinator);
    await east.post(`/work-orders/${workOrder}/accept`);
    const past = await east.post(`/work-orders/${workOrder}/appointment`, { at: nowIso(-3_600_000), agreedBy: '张三' });
    expect(past.status).toBe(400);
    expect(reasonOf(past)).toBe('APPOINTMENT_IN_PAST');
    expect(past.body.error.details.fields).toEqual({ at: 'in_past' });
    const firstAt = nowIso(3_600_000);
    await east.post(`/work-orders/${workOrder}/appointment`, { at: firstAt, agreedBy: '张三' });
    const noReason = await east.post(`/work-orders/${workOrder}/appointment`, { at: nowIso(7_200_000), agreedBy: '张三' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields).toEqual({ reason: 'required' });
    expect((await east.get(`/work-orders/${workOrder}`)).body.appointment.at).toBe(new Date(firstAt).toISOString());
  });

  it('refuses a contact attempt before dispatch or in the future', async () => {
    const { workOrder } = await dispatched(coordinator);
    await east.post(`/work-orders/${workOrder}/accept`);
    const before = await east.post(`/work-orders/${workOrder}/contact-attempts`, { at: nowIso(-86_400_000), reached: false });
    expect(reasonOf(before)).toBe('TIME_BEFORE_DISPATCH');
    const future = await east.post(`/work-orders/${workOrder}/contact-attempts`, { at: nowIso(3_600_000), reached: false });
    expect(reasonOf(future)).toBe('TIME_IN_FUTURE');
    expect((await east.get(`/work-orders/${workOrder}`)).body.contactAttempts).toEqual([]);
  });

  it('refuses a receipt dated before the arrival and stores nothing', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const res = await east.post(`/work-orders/${workOrder}/receipt`, receiptBody({ completedAt: nowIso(-3_600_000) }));
    expect(res.status).toBe(400);
    expect(reasonOf(res)).toBe('RECEIPT_BEFORE_ARRIVAL');
    expect(res.body.error.details.fields).toEqual({ completedAt: 'before_arrival' });
    expect((await east.get(`/work-orders/${workOrder}`)).body).toMatchObject({ status: 'on_site', receipt: null });
  });

  it('refuses a follow-up dated before the service ended', async () => {
    const { request: srNumber } = await completed(coordinator, east);
    const res = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: nowIso(-86_400_000), reached: true, solved: true, satisfaction: 5 });
    expect(res.status).toBe(400);
    expect(reasonOf(res)).toBe('FOLLOW_UP_BEFORE_COMPLETION');
    expect((await coordinator.get(`/service/requests/${srNumber}`)).body.status).toBe('completed');
  });
});

describe('409 on the wrong state', () => {
  it('refuses a second triage, a follow-up before completion, and dealer moves out of order', async () => {
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    const triage = await coordinator.post(`/service/requests/${srNumber}/triage`, { outcome: 'guidance', note: 'x' });
    expect(triage.status).toBe(409);
    expect(reasonOf(triage)).toBe('REQUEST_WRONG_STATE');
    const followUp = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: nowIso(), reached: false });
    expect(reasonOf(followUp)).toBe('REQUEST_WRONG_STATE');
    const arrival = await east.post(`/work-orders/${workOrder}/arrival`, { at: nowIso() });
    expect(arrival.status).toBe(409);
    expect(reasonOf(arrival)).toBe('WORK_ORDER_WRONG_STATE');
    await east.post(`/work-orders/${workOrder}/accept`);
    expect(reasonOf(await east.post(`/work-orders/${workOrder}/decline`, { reason: 'x' }))).toBe('WORK_ORDER_WRONG_STATE');
  });

  it('refuses to reassign an order the technician is already on', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const res = await coordinator.post(`/service/work-orders/${workOrder}/reassign`, { dealer: FIXTURE.dealers.west, reason: 'x' });
    expect(res.status).toBe(409);
    expect(reasonOf(res)).toBe('WORK_ORDER_WRONG_STATE');
  });

  it('lets exactly one of two concurrent accepts by users of one dealer win', async () => {
    const { workOrder } = await dispatched(coordinator);
    const second = dealerApi(await dealerLogin(FIXTURE.users.east));
    const results = await Promise.all([east.post(`/work-orders/${workOrder}/accept`), second.post(`/work-orders/${workOrder}/accept`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const view = await east.get(`/work-orders/${workOrder}`);
    expect(view.body.timeline.filter((e: any) => e.event === 'accept')).toHaveLength(1);
  });
});

describe('who may do what', () => {
  it('shows a dealer only its own work orders: another dealer\'s number is 404 on every route', async () => {
    const { workOrder } = await dispatched(coordinator);
    expect((await west.get(`/work-orders/${workOrder}`)).status).toBe(404);
    expect((await west.post(`/work-orders/${workOrder}/accept`)).status).toBe(404);
    expect((await west.post(`/work-orders/${workOrder}/decline`, { reason: 'x' })).status).toBe(404);
    expect((await west.get('/work-orders')).body.data.map((w: any) => w.number)).not.toContain(workOrder);
    expect((await east.get(`/work-orders/${workOrder}`)).status).toBe(200);
  });

  it('gives the Technical reviewer and Finance 403 on every service route, the coordinator and super admin access', async () => {
    const sr = await registered(coordinator);
    const routes: Array<[string, string, unknown?]> = [
      ['get', '/service/lookup?serial=x'],
      ['post', '/service/requests', callBody()],
      ['get', '/service/requests'],
      ['get', `/service/requests/${sr.number}`],
      ['post', `/service/requests/${sr.number}/triage`, { outcome: 'guidance', note: 'x' }],
      ['post', '/service/work-orders/WO-202601-00001/reassign', { dealer: FIXTURE.dealers.west, reason: 'x' }],
      ['post', `/service/requests/${sr.number}/follow-ups`, { at: nowIso(), reached: false }],
      ['get', '/service/follow-ups'],
      ['get', '/service/dealers'],
    ];
    for (const role of ['Technical reviewer', 'Finance'] as const) {
      for (const [method, path, body] of routes) {
        const res = method === 'get' ? await staff[role].get(path) : await staff[role].post(path, body);
        expect([role, path, res.status]).toEqual([role, path, 403]);
      }
    }
    expect((await coordinator.get('/service/requests')).status).toBe(200);
    expect((await coordinator.get('/service/dealers')).status).toBe(200);
    expect((await coordinator.get('/service/follow-ups')).status).toBe(200);
  });

  it('lets a coordinator without service.dispatch register and guide a call but not dispatch it', async () => {
    const role = await strapi.service('admin::role').create({ name: 'Intake only', description: 'test' });
    await strapi.service('admin::role').addPermissions(role.id, [{ action: 'plugin::claim-review.service.intake', subject: null, conditions: [], properties: {} }]);
    const intake = staffApi(await staffLogin(strapi, 'Intake only'));
    const sr = await registered(intake);
    const res = await intake.post(`/service/requests/${sr.number}/triage`, { outcome: 'dispatch', dealer: FIXTURE.dealers.east });
    expect(res.status).toBe(403);
    expect((await intake.post(`/service/requests/${sr.number}/triage`, { outcome: 'guidance', note: 'x' })).status).toBe(200);
  });
});

describe('SLA timers on the office calendar', () => {
  it('counts arrange and check in office hours across a weekend and a holiday, on-site round the clock', async () => {
    // Monday 2026-01-12 is a holiday; dispatched Friday 2026-01-09 16:30 Shanghai.
    await strapi.documents('api::office-calendar.office-calendar-day').create({ data: { date: '2026-01-12', kind: 'holiday', name: '测试假日' } as any });
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    await dispatchedAt(strapi, workOrder, new Date('2026-01-09T08:30:00Z'));
    const res = await coordinator.get(`/service/requests/${srNumber}`);
    const due = Object.fromEntries(res.body.timers.map((t: any) => [t.name, t.dueAt]));
    // 1 h on Friday, then Tuesday 08:30 + 1 h (arrange) or + 3 h (check).
    expect(due).toEqual({ arrange: '2026-01-13T01:30:00.000Z', check: '2026-01-13T03:30:00.000Z', on_site: '2026-01-09T11:30:00.000Z' });
    expect(res.body.timers.every((t: any) => t.state === 'breached')).toBe(true);
    // The order is on the check list, sorted by its most overdue timer.
    const check = await coordinator.get('/service/requests?check=true&pageSize=100');
    expect(check.body.data.find((r: any) => r.number === srNumber)).toMatchObject({ check: true, breached: true });
  });

  it('records each breach once and sends service.sla-breached once per breach, however often it is read or scanned', async () => {
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    await dispatchedAt(strapi, workOrder, new Date(Date.now() - 7 * 86_400_000));
    await Promise.all([coordinator.get(`/service/requests/${srNumber}`), coordinator.get(`/service/requests?q=${srNumber}`), coordinator.get(`/service/requests/${srNumber}`)]);
    await strapi.plugin('claim-review').service('serviceBreaches').scan();
    await strapi.plugin('claim-review').service('serviceBreaches').scan();
    const sent = await settled((d) => d.event === 'service.sla-breached' && d.request === srNumber, 3);
    expect(sent.map((d) => d.timer).sort()).toEqual(['arrange', 'check', 'on_site']);
    expect(sent[0]).toMatchObject({ request: srNumber, workOrder, dealer: FIXTURE.dealers.east, dueAt: expect.any(String), at: expect.any(String) });
    const detail = await coordinator.get(`/service/requests/${srNumber}`);
    expect(detail.body.breaches.map((b: any) => b.timer).sort()).toEqual(['arrange', 'check', 'on_site']);
    const breached = await coordinator.get('/service/requests?breached=true&pageSize=100');
    expect(breached.body.data.map((r: any) => r.number)).toContain(srNumber);
  });

  it('sends service.status-changed after commit for each move of the request and its order', async () => {
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    await east.post(`/work-orders/${workOrder}/accept`);
    const sent = await settled((d) => d.event === 'service.status-changed' && d.request === srNumber, 3);
    expect(sent.map((d) => `${d.kind}:${d.from}>${d.to}`).sort()).toEqual(['request:received>dispatched', 'work_order:dispatched>accepted', 'work_order:null>dispatched']);
    expect(sent.find((d) => d.kind === 'work_order' && d.to === 'accepted')).toMatchObject({ number: workOrder, dealer: FIXTURE.dealers.east });
  });
});

describe('the dispatch board', () => {
  it('pages, filters by dealer and status, and puts the nearest due first', async () => {
    const first = await dispatched(coordinator, FIXTURE.dealers.west);
    await registered(coordinator);
    const page = await coordinator.get(`/service/requests?dealer=${FIXTURE.dealers.west}&status=dispatched&pageSize=1`);
    expect(page.status).toBe(200);
    expect(page.body.meta.pagination).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.body.data).toHaveLength(1);
    expect(page.body.data[0].workOrder.dealer.code).toBe(FIXTURE.dealers.west);
    const all = await coordinator.get('/service/requests?pageSize=100');
    const dues = all.body.data.map((r: any) => r.nextDueAt).filter(Boolean);
    expect(dues).toEqual([...dues].sort());
    expect(all.body.data.map((r: any) => r.status)).not.toContain('closed');
    expect(all.body.data.find((r: any) => r.number === first.request).timers.map((t: any) => t.name)).toEqual(['arrange', 'check', 'on_site']);
    expect((await coordinator.get('/service/requests?status=nope')).status).toBe(400);
    // Search text with LIKE's own characters is taken literally.
    const odd = await coordinator.get(`/service/requests?q=${encodeURIComponent("50%_!'\\")}`);
    expect(odd.status).toBe(200);
    expect(odd.body.data).toEqual([]);
    const byName = await coordinator.get(`/service/requests?q=${encodeURIComponent('张三')}&pageSize=100`);
    expect(byName.body.data.map((r: any) => r.number)).toContain(first.request);
  });
});
