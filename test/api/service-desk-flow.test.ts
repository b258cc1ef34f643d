/**
 * The service desk through HTTP, as the coordinator's screens and the station's phone
 * use it: a call registered, triaged, dispatched, accepted, called, scheduled, visited,
 * receipted, filed as a claim and followed up; each move on the timeline.
 */
import { createHash } from 'crypto';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, stopStrapi } from '../helpers/strapi';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import type { DealerApi, StaffApi } from '../helpers/staff-api';
import { SIGNATURE, callBody, completed, dispatched, nowIso, onSite, receiptBody, registered } from '../helpers/service-desk';

let strapi: Core.Strapi;
let east: DealerApi;
let coordinator: StaffApi;
let reviewer: StaffApi;

beforeAll(async () => {
  let staff: Record<'Service coordinator' | 'Technical reviewer', StaffApi>;
  ({ strapi, east, staff } = await fixtureWorld(['Service coordinator', 'Technical reviewer']));
  coordinator = staff['Service coordinator'];
  reviewer = staff['Technical reviewer'];
});
afterAll(stopStrapi);

const events = (body: { timeline: Array<{ event: string }> }) => body.timeline.map((e) => e.event);

describe('intake', () => {
  it('registers a call with the phone normalised, numbered SR-YYYYMM-NNNNN, taken by the signed-in coordinator', async () => {
    const res = await coordinator.post('/service/requests', callBody());
    expect(res.status).toBe(201);
    expect(res.body.number).toMatch(/^SR-\d{6}-\d{5}$/);
    expect(res.body).toMatchObject({
      status: 'received',
      version: 1,
      caller: { name: '张三', phone: '13800000001', address: { region: '华东' } },
      unit: { serial: FIXTURE.serials.registered, model: { code: FIXTURE.model }, sellingDealer: { code: FIXTURE.dealers.east } },
      receivedBy: { name: 'Service coordinator Tester' },
      triage: null,
      workOrders: [],
      suggestion: { dealer: { code: FIXTURE.dealers.east }, basis: 'selling_dealer' },
    });
    expect(res.body.unit.coverage).toEqual(expect.objectContaining({}));
    expect(events(res.body)).toEqual(['received']);
  });

  it('takes a call without a serial by model and purchase date, and suggests a dealer of the caller\'s region', async () => {
    const res = await coordinator.post('/service/requests', callBody({ unit: { model: FIXTURE.model, purchaseDate: '2026-01-05' }, caller: { name: '李四', phone: '0536-8881234', address: { region: '西南', line: '成都' } } }));
    expect(res.status).toBe(201);
    expect(res.body.unit).toMatchObject({ serial: null, model: { code: FIXTURE.model }, purchaseDate: '2026-01-05' });
    expect(res.body.caller.phone).toBe('0536-8881234');
    expect(res.body.suggestion).toEqual({ dealer: { code: FIXTURE.dealers.west, name: '西南测试经销商' }, basis: 'region' });
  });

  it('looks a caller up by phone and by serial: units, earlier requests, claims', async () => {
    const sr = await registered(coordinator, { caller: { name: '张三', phone: '+86 138-0000-0001', address: { region: '华东', line: '潍坊' } } });
    const byPhone = await coordinator.get('/service/lookup?phone=13800000001');
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.units.map((u: any) => u.serial)).toContain(FIXTURE.serials.registered);
    expect(byPhone.body.units[0].customer.phone).toBe('138****0001');
    expect(byPhone.body.requests[0].number).toBe(sr.number);
    const bySerial = await coordinator.get(`/service/lookup?serial=${FIXTURE.serials.registered}`);
    expect(bySerial.body.requests.map((r: any) => r.number)).toContain(sr.number);
    expect(Array.isArray(bySerial.body.claims)).toBe(true);
  });

  it('lists active dealers for the dispatch picker, the caller\'s region first, with their open work orders', async () => {
    const res = await coordinator.get(`/service/dealers?region=${encodeURIComponent('西南')}`);
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ code: FIXTURE.dealers.west, region: '西南', openWorkOrders: expect.any(Number) });
    expect(res.body.map((d: any) => d.code)).not.toContain(FIXTURE.dealers.suspended);
  });
});

describe('triage', () => {
  it('solves a call on the phone: guidance starts the 3-hour follow-up timer', async () => {
    const sr = await registered(coordinator);
    const res = await coordinator.post(`/service/requests/${sr.number}/triage`, { outcome: 'guidance', note: '指导用户复位控制器' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('guidance');
    expect(res.body.triage).toMatchObject({ outcome: 'guidance', note: '指导用户复位控制器' });
    const timer = res.body.timers.find((t: any) => t.name === 'guidance_follow_up');
    expect(new Date(timer.dueAt).getTime() - new Date(timer.startedAt).getTime()).toBe(3 * 3_600_000);
  });

  it('closes a call that is not a product matter, with its reason', async () => {
    const sr = await registered(coordinator);
    const res = await coordinator.post(`/service/requests/${sr.number}/triage`, { outcome: 'closed', reason: '咨询价格，非产品问题' });
    expect(res.body.status).toBe('closed');
    expect(res.body.timeline.at(-1)).toMatchObject({ event: 'close_not_product', from: 'received', to: 'closed', note: '咨询价格，非产品问题', actor: { kind: 'coordinator' } });
  });

  it('dispatches a work order WO-YYYYMM-NNNNN to the dealer by code, with arrange, check and on-site timers', async () => {
    const sr = await registered(coordinator);
    const res = await coordinator.post(`/service/requests/${sr.number}/triage`, { outcome: 'dispatch', dealer: FIXTURE.dealers.east, note: '尽快上门' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('dispatched');
    const [wo] = res.body.workOrders;
    expect(wo.number).toMatch(/^WO-\d{6}-\d{5}$/);
    expect(wo).toMatchObject({ status: 'dispatched', dealer: { code: FIXTURE.dealers.east, name: '华东测试经销商' } });
    expect(res.body.timers.map((t: any) => t.name)).toEqual(['arrange', 'check', 'on_site']);
    const inbox = await east.get('/work-orders?open=true');
    expect(inbox.body.data.map((w: any) => w.number)).toContain(wo.number);
  });
});

describe('the work order at the station', () => {
  it('walks accept → contact → schedule → reschedule → arrival, each on the timeline, the request in service on arrival', async () => {
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    const accepted = await east.post(`/work-orders/${workOrder}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', customer: { phone: '13800000001' } });
    expect(accepted.body.customer.address.line).toContain('胜利东街');

    const called = await east.post(`/work-orders/${workOrder}/contact-attempts`, { at: nowIso(), reached: true, note: '约明早' });
    expect(called.body.status).toBe('contacted');
    const at = nowIso(24 * 3_600_000);
    const scheduled = await east.post(`/work-orders/${workOrder}/appointment`, { at, agreedBy: '张三本人' });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', appointment: { at: new Date(at).toISOString(), agreedBy: '张三本人' } });
    // On site is then due at the agreed time.
    expect(scheduled.body.timers.find((t: any) => t.name === 'on_site').dueAt).toBe(new Date(at).toISOString());
    const later = nowIso(30 * 3_600_000);
    const rescheduled = await east.post(`/work-orders/${workOrder}/appointment`, { at: later, agreedBy: '张三本人', reason: '用户临时外出' });
    expect(rescheduled.status).toBe(200);
    expect(rescheduled.body.appointment.at).toBe(new Date(later).toISOString());

    const arrived = await east.post(`/work-orders/${workOrder}/arrival`, { at: nowIso() });
    expect(arrived.body.status).toBe('on_site');
    expect(events(arrived.body)).toEqual(['dispatch', 'accept', 'contact', 'schedule', 'reschedule', 'arrive']);
    const sr = await coordinator.get(`/service/requests/${srNumber}`);
    expect(sr.body.status).toBe('in_service');
  });

  it('hands the order back to the coordinator at the third counted failed call; a redial within 10 minutes does not count', async () => {
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    await east.post(`/work-orders/${workOrder}/accept`);
    // Dispatched an hour ago, so that calls can be spread out in the past.
    await strapi.db.query('plugin::claim-review.work-order').updateMany({ where: { number: workOrder }, data: { dispatchedAt: new Date(Date.now() - 3_600_000) } });
    const call = (minutesAgo: number) => east.post(`/work-orders/${workOrder}/contact-attempts`, { at: nowIso(-minutesAgo * 60_000), reached: false });
    expect((await call(50)).body.failedContacts).toBe(1);
    const redial = await call(45);
    expect(redial.body).toMatchObject({ failedContacts: 1, status: 'accepted' });
    expect(redial.body.contactAttempts.map((a: any) => a.counted)).toEqual([true, false]);
    expect((await call(30)).body.failedContacts).toBe(2);
    const third = await call(15);
    expect(third.body).toMatchObject({ status: 'returned_to_coordinator', failedContacts: 3 });
    // Closed for the dealer: the customer's phone is masked from now on.
    expect(third.body.customer).toMatchObject({ phone: '138****0001', address: { region: '华东', line: null } });
    const board = await coordinator.get(`/service/requests?q=${srNumber}`);
    expect(board.body.data[0].workOrder).toMatchObject({ number: workOrder, status: 'returned_to_coordinator' });
  });

  it('declines with a reason: the request stays dispatched on the board, and the coordinator reassigns it to another dealer', async () => {
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    const declined = await east.post(`/work-orders/${workOrder}/decline`, { reason: '服务车辆外出' });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: '服务车辆外出' });
    const board = await coordinator.get(`/service/requests?dealer=${FIXTURE.dealers.east}&q=${srNumber}`);
    expect(board.body.data[0]).toMatchObject({ status: 'dispatched', workOrder: { status: 'declined' } });

    const res = await coordinator.post(`/service/work-orders/${workOrder}/reassign`, { dealer: FIXTURE.dealers.west, reason: '华东站无车' });
    expect(res.status).toBe(200);
    expect(res.body.workOrders.map((w: any) => [w.status, w.dealer.code])).toEqual([
      ['reassigned', FIXTURE.dealers.east],
      ['dispatched', FIXTURE.dealers.west],
    ]);
    // The old order is no longer the east dealer's to act on.
    expect((await east.post(`/work-orders/${workOrder}/accept`)).status).toBe(409);
  });
});

describe('the receipt', () => {
  it('completes the order and the request, stores the signature with the SHA-256 the server computed, served by a signed link', async () => {
    const { request: srNumber, workOrder } = await onSite(coordinator, east);
    const res = await east.post(`/work-orders/${workOrder}/receipt`, receiptBody());
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('completed');
    const png = Buffer.from(SIGNATURE.split(',')[1], 'base64');
    expect(res.body.receipt.acceptance).toMatchObject({ name: '张三', signature: { sha256: createHash('sha256').update(png).digest('hex'), bytes: png.length } });
    expect(res.body.receipt.charge).toBeNull();
    const file = await request(httpServer()).get(res.body.receipt.acceptance.signature.url).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(Buffer.compare(file.body, png)).toBe(0);
    // A tampered link proves nothing.
    expect((await request(httpServer()).get(res.body.receipt.acceptance.signature.url.replace(/signature=(.)/, (_m: string, c: string) => `signature=${c === 'A' ? 'B' : 'A'}`))).status).toBe(403);
    const sr = await coordinator.get(`/service/requests/${srNumber}`);
    expect(sr.body.status).toBe('completed');
    expect(sr.body.timers.find((t: any) => t.name === 'follow_up')).toMatchObject({ state: 'running' });
  });

  it('charges an out-of-warranty job exactly what a quote of the same lines costs', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const res = await east.post(`/work-orders/${workOrder}/receipt`, receiptBody({ coverage: 'out_of_warranty' }));
    expect(res.status).toBe(200);
    const quote = await east.post('/quotes', {
      model: FIXTURE.model,
      parts: [
        { partNumber: FIXTURE.parts.motor, qty: 1 },
        { partNumber: FIXTURE.parts.bolt, qty: 3 },
      ],
      labour: [{ operation: FIXTURE.operations.motor, hours: 1.5 }],
      travelKm: 30,
    });
    expect(quote.status).toBe(200);
    expect(res.body.receipt.charge.totals).toEqual(quote.body.totals);
    expect(res.body.receipt.charge.totals.total).toBeGreaterThan(0);
  });

  it('refuses a charge that cannot be priced (a core part) with 422 and saves nothing', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const res = await east.post(
      `/work-orders/${workOrder}/receipt`,
      receiptBody({ coverage: 'out_of_warranty', parts: [{ partNumber: FIXTURE.parts.core, qtyIssued: 1, qtyUsed: 1, correct: true }] }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details.findings[0].field).toBe('parts.0.partNumber');
    expect((await east.get(`/work-orders/${workOrder}`)).body).toMatchObject({ status: 'on_site', receipt: null });
  });

  it('masks the customer for the dealer once the order is completed', async () => {
    const { workOrder } = await completed(coordinator, east);
    const res = await east.get(`/work-orders/${workOrder}`);
    expect(res.body.customer).toEqual({ name: '张三', phone: '138****0001', address: { region: '华东', line: null } });
  });
});

describe('filing the warranty claim from the receipt', () => {
  it('creates a draft claim prefilled from the request and the receipt, linked both ways; again answers the same claim', async () => {
    const { request: srNumber, workOrder } = await completed(coordinator, east);
    const res = await east.post(`/work-orders/${workOrder}/claim`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      serial: FIXTURE.serials.registered,
      serviceRequest: srNumber,
      fault: { component: 'motor' },
      parts: [
        { partNumber: FIXTURE.parts.motor, qty: 1 },
        { partNumber: FIXTURE.parts.bolt, qty: 3 },
      ],
      labour: [{ operation: FIXTURE.operations.motor, hours: 1.5 }],
      travel: { km: 30 },
      customerConfirmation: { name: '张三' },
    });
    const again = await east.post(`/work-orders/${workOrder}/claim`);
    expect(again.status).toBe(200);
    expect(again.body.number).toBe(res.body.number);
    expect((await east.get(`/claims/${res.body.number}`)).body.serviceRequest).toBe(srNumber);
    expect((await east.get(`/work-orders/${workOrder}`)).body.claim).toEqual({ number: res.body.number, status: 'draft' });
    expect((await coordinator.get(`/service/requests/${srNumber}`)).body.claim).toEqual({ number: res.body.number, status: 'draft' });

    // Submitted, the claim runs the normal flow and the reviewer sees the link too.
    const submitted = await east.post(`/claims/${res.body.number}/submit`);
    expect(submitted.status).toBe(200);
    const staffView = await reviewer.get(`/claims/${res.body.number}`);
    expect(staffView.body.serviceRequest).toBe(srNumber);
  });

  it('refuses an out-of-warranty receipt (409 RECEIPT_OUT_OF_WARRANTY) and a request without serial (409 CLAIM_NEEDS_SERIAL)', async () => {
    const out = await completed(coordinator, east, { coverage: 'out_of_warranty' });
    const res = await east.post(`/work-orders/${out.workOrder}/claim`);
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe('RECEIPT_OUT_OF_WARRANTY');
    const noSerial = await completed(coordinator, east, {}, { unit: { model: FIXTURE.model, purchaseDate: '2026-01-05' } });
    const res2 = await east.post(`/work-orders/${noSerial.workOrder}/claim`);
    expect(res2.status).toBe(409);
    expect(res2.body.error.details.reason).toBe('CLAIM_NEEDS_SERIAL');
    // Without a serial the station still sees which product the call is about.
    const order = (await east.get(`/work-orders/${noSerial.workOrder}`)).body;
    expect(order.unit).toMatchObject({ serial: null, model: { code: FIXTURE.model, name: expect.any(String) }, purchaseDate: '2026-01-05' });
  });

  it('refuses an order without receipt with 409 WORK_ORDER_WRONG_STATE', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const res = await east.post(`/work-orders/${workOrder}/claim`);
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe('WORK_ORDER_WRONG_STATE');
  });
});

describe('the follow-up call', () => {
  it('lists completed requests on the worklist; a satisfied call closes the request in two timeline entries', async () => {
    const { request: srNumber } = await completed(coordinator, east);
    const list = await coordinator.get('/service/follow-ups?pageSize=100');
    expect(list.body.data.map((r: any) => r.number)).toContain(srNumber);

    const noAnswer = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: nowIso(), reached: false, note: '无人接听' });
    expect(noAnswer.body.status).toBe('completed');
    const res = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: nowIso(), reached: true, solved: true, satisfaction: 5, note: '用户满意' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
    expect(res.body.timeline.slice(-2).map((e: any) => [e.event, e.from, e.to])).toEqual([
      ['follow_up_satisfied', 'completed', 'followed_up'],
      ['close', 'followed_up', 'closed'],
    ]);
    expect(res.body.followUps.map((f: any) => f.outcome)).toEqual(['no_answer', 'satisfied']);
  });

  it('reopens an unsolved or dissatisfied request, which is triaged again until the customer is satisfied', async () => {
    const { request: srNumber } = await completed(coordinator, east);
    const res = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: nowIso(), reached: true, solved: true, satisfaction: 3, note: '一般' });
    expect(res.body.status).toBe('reopened');
    const again = await coordinator.post(`/service/requests/${srNumber}/triage`, { outcome: 'dispatch', dealer: FIXTURE.dealers.east, note: '二次上门' });
    expect(again.body.status).toBe('dispatched');
    expect(again.body.workOrders).toHaveLength(2);
  });

  it('follows up a phone guidance', async () => {
    const sr = await registered(coordinator);
    await coordinator.post(`/service/requests/${sr.number}/triage`, { outcome: 'guidance', note: '复位' });
    const res = await coordinator.post(`/service/requests/${sr.number}/follow-ups`, { at: nowIso(), reached: true, solved: true, satisfaction: 4 });
    expect(res.body.status).toBe('closed');
  });
});
