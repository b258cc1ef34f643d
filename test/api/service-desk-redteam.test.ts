/**
 * The service desk against a hostile dealer, a curious staff member and a careless
 * client: another dealer's order is "not found" on every write; a closed order masks
 * the customer everywhere; a coordinator without an action is refused it; a body cannot
 * set what the server decides; a breach stays recorded when an appointment or a call is
 * entered after its due; a deleted draft claim can be filed again and two taps file
 * one; odd input (a signature at and over its bound, an appointment years ahead, a
 * purchase date in the future, too many part lines) is a coded answer that writes nothing.
 */
import type { Core } from '@strapi/strapi';
import { SIGNATURE_MAX_BYTES } from '../../plugins/claim-review/shared';
import { stopStrapi } from '../helpers/strapi';
import { staffLogin } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { staffApi, type DealerApi, type StaffApi } from '../helpers/staff-api';
import { callBody, completed, dispatched, dispatchedAt, nowIso, onSite, receiptBody } from '../helpers/service-desk';

let strapi: Core.Strapi;
let east: DealerApi;
let west: DealerApi;
let coordinator: StaffApi;

beforeAll(async () => {
  let staff: Record<'Service coordinator', StaffApi>;
  ({ strapi, east, west, staff } = await fixtureWorld(['Service coordinator']));
  coordinator = staff['Service coordinator'];
});
afterAll(stopStrapi);

const reasonOf = (res: { body: any }) => res.body.error?.details?.reason ?? res.body.error?.code;

/** A PNG data URL whose decoded bytes number exactly `bytes` (the magic number, then zeros). */
const pngOf = (bytes: number) => `data:image/png;base64,${Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(bytes - 8)]).toString('base64')}`;

const attachmentCount = () => strapi.db.query('plugin::claim-review.attachment').count({});

describe('another dealer\'s work order', () => {
  it('is "not found" for every station move, and nothing of it changes', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const before = (await east.get(`/work-orders/${workOrder}`)).body;
    const files = await attachmentCount();
    const moves: Array<[string, unknown]> = [
      ['contact-attempts', { at: nowIso(), reached: false }],
      ['appointment', { at: nowIso(3_600_000), agreedBy: '张三' }],
      ['arrival', { at: nowIso() }],
      ['receipt', receiptBody()],
      ['claim', undefined],
    ];
    for (const [move, body] of moves) {
      const res = await west.post(`/work-orders/${workOrder}/${move}`, body);
      expect([move, res.status]).toEqual([move, 404]);
    }
    const after = (await east.get(`/work-orders/${workOrder}`)).body;
    expect(after).toMatchObject({ status: 'on_site', version: before.version, receipt: null, contactAttempts: [] });
    expect(await attachmentCount()).toBe(files);
  });
});

describe('the customer once the order is closed', () => {
  it('is masked in the inbox, the order, its timeline and receipt, and the claim filed from it', async () => {
    const caller = { name: '李四', phone: '139 1234 5678', address: { region: '华东', line: '济南市历下区泉城路 8 号' } };
    const { workOrder } = await completed(coordinator, east, {}, { caller });
    const listed = (await east.get('/work-orders?open=false&pageSize=100')).body.data.find((w: any) => w.number === workOrder);
    expect(listed.customer).toEqual({ name: '李四', phone: '139****5678', address: { region: '华东', line: null } });
    const claim = await east.post(`/work-orders/${workOrder}/claim`);
    expect(claim.status).toBe(201);
    const everything = JSON.stringify([listed, (await east.get(`/work-orders/${workOrder}`)).body, claim.body]);
    expect(everything).not.toContain('13912345678');
    expect(everything).not.toContain('泉城路');
  });
});

describe('a coordinator holds only the actions of its roles', () => {
  it('refuses reassign, follow-up and the dealer picker to a user with service.intake only', async () => {
    const role = await strapi.service('admin::role').create({ name: 'Hotline only', description: 'red team' });
    await strapi.service('admin::role').addPermissions(role.id, [{ action: 'plugin::claim-review.service.intake', subject: null, conditions: [], properties: {} }]);
    const intake = staffApi(await staffLogin(strapi, 'Hotline only'));
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    expect((await intake.post(`/service/work-orders/${workOrder}/reassign`, { dealer: FIXTURE.dealers.west, reason: '客户要求' })).status).toBe(403);
    expect((await intake.get('/service/dealers')).status).toBe(403);
    expect((await intake.get('/service/follow-ups')).status).toBe(403);
    const done = await completed(coordinator, east);
    expect((await intake.post(`/service/requests/${done.request}/follow-ups`, { at: nowIso(), reached: true, solved: true, satisfaction: 5 })).status).toBe(403);
    expect((await coordinator.get(`/service/requests/${srNumber}`)).body.workOrders.map((w: any) => w.dealer.code)).toEqual([FIXTURE.dealers.east]);
    expect((await coordinator.get(`/service/requests/${done.request}`)).body).toMatchObject({ status: 'completed', followUps: [] });
  });
});

describe('the server decides, not the body', () => {
  it('ignores a status, number, taker, dealer and claim sent with a call', async () => {
    const res = await coordinator.post(
      '/service/requests',
      callBody({ status: 'closed', number: 'SR-209901-99999', receivedBy: { name: 'Mallory' }, dealerCode: FIXTURE.dealers.west, claimNumber: 'CR-209901-00001', version: 99 }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'received', version: 1, workOrders: [], claim: null });
    expect(res.body.number).not.toBe('SR-209901-99999');
    expect(res.body.receivedBy.name).not.toBe('Mallory');
  });

  it('refuses a follow-up on a closed request with 409 and records nothing', async () => {
    const { request: srNumber } = await completed(coordinator, east);
    const closing = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: nowIso(), reached: true, solved: true, satisfaction: 5 });
    expect(closing.body.status).toBe('closed');
    const again = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: nowIso(), reached: true, solved: false, satisfaction: 1 });
    expect(again.status).toBe(409);
    expect(reasonOf(again)).toBe('REQUEST_WRONG_STATE');
    expect((await coordinator.get(`/service/requests/${srNumber}`)).body).toMatchObject({ status: 'closed', followUps: [{ outcome: 'satisfied' }] });
  });
});

describe('an SLA breach nobody can date away', () => {
  it('keeps the on-site breach of an order whose 3 hours ran out before the appointment was set', async () => {
    const { request: srNumber, workOrder } = await dispatched(coordinator);
    expect((await east.post(`/work-orders/${workOrder}/accept`)).status).toBe(200);
    await dispatchedAt(strapi, workOrder, new Date(Date.now() - 4 * 3_600_000));
    const scheduled = await east.post(`/work-orders/${workOrder}/appointment`, { at: nowIso(3_600_000), agreedBy: '张三' });
    expect(scheduled.status).toBe(200);
    const detail = (await coordinator.get(`/service/requests/${srNumber}`)).body;
    expect(detail.breaches.filter((b: any) => b.timer === 'on_site')).toEqual([expect.objectContaining({ workOrder })]);
  });

  it('keeps the follow-up breach when the call is entered after its 24 hours, dated before them', async () => {
    const { request: srNumber } = await completed(coordinator, east);
    const completedAt = Date.now() - 30 * 3_600_000;
    await strapi.db.query('plugin::claim-review.service-request').updateMany({ where: { number: srNumber }, data: { completedAt: new Date(completedAt) } });
    const call = await coordinator.post(`/service/requests/${srNumber}/follow-ups`, { at: new Date(completedAt + 23 * 3_600_000).toISOString(), reached: true, solved: true, satisfaction: 5 });
    expect(call.body.status).toBe('closed');
    expect(call.body.breaches.filter((b: any) => b.timer === 'follow_up')).toHaveLength(1);
  });
});

describe('the receipt', () => {
  it('is taken once of two concurrent posts: one 200, one 409, one receipt and one signature on record', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const files = await attachmentCount();
    const results = await Promise.all([east.post(`/work-orders/${workOrder}/receipt`, receiptBody()), east.post(`/work-orders/${workOrder}/receipt`, receiptBody())]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await strapi.db.query('plugin::claim-review.service-receipt').count({ where: { workOrderNumber: workOrder } })).toBe(1);
    expect(await attachmentCount()).toBe(files + 1);
    expect((await east.get(`/work-orders/${workOrder}`)).body.timeline.filter((e: any) => e.event === 'complete')).toHaveLength(1);
  });
});

describe('the claim filed from a receipt', () => {
  it('files one claim of two concurrent "file claim" taps', async () => {
    const { request: srNumber, workOrder } = await completed(coordinator, east);
    const [a, b] = await Promise.all([east.post(`/work-orders/${workOrder}/claim`), east.post(`/work-orders/${workOrder}/claim`)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.number).toBe(b.body.number);
    expect(await strapi.db.query('plugin::claim-review.claim').count({ where: { serviceRequestNumber: srNumber } })).toBe(1);
  });

  it('files again after the dealer deleted the draft, linked as the first was', async () => {
    const { request: srNumber, workOrder } = await completed(coordinator, east);
    const first = await east.post(`/work-orders/${workOrder}/claim`);
    expect(first.status).toBe(201);
    expect((await east.delete(`/claims/${first.body.number}`)).status).toBeLessThan(300);
    const again = await east.post(`/work-orders/${workOrder}/claim`);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ status: 'draft', serviceRequest: srNumber });
    expect(again.body.number).not.toBe(first.body.number);
    expect((await east.get(`/work-orders/${workOrder}`)).body.claim).toEqual({ number: again.body.number, status: 'draft' });
    expect((await coordinator.get(`/service/requests/${srNumber}`)).body.claim).toEqual({ number: again.body.number, status: 'draft' });
    expect((await east.post(`/work-orders/${workOrder}/claim`)).status).toBe(200);
  });
});

describe('odd input is a coded answer that writes nothing', () => {
  it('takes a signature of exactly the bound, and refuses one byte more as field acceptance.signature: too_long', async () => {
    const over = await onSite(coordinator, east);
    const files = await attachmentCount();
    const refused = await east.post(`/work-orders/${over.workOrder}/receipt`, receiptBody({ acceptance: { name: '张三', signature: pngOf(SIGNATURE_MAX_BYTES + 1) } }));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { 'acceptance.signature': 'too_long' } } });
    expect((await east.get(`/work-orders/${over.workOrder}`)).body).toMatchObject({ status: 'on_site', receipt: null });
    expect(await attachmentCount()).toBe(files);

    const atBound = await onSite(coordinator, east);
    const taken = await east.post(`/work-orders/${atBound.workOrder}/receipt`, receiptBody({ acceptance: { name: '张三', signature: pngOf(SIGNATURE_MAX_BYTES) } }));
    expect(taken.status).toBe(200);
    expect(taken.body.receipt.acceptance.signature.bytes).toBe(SIGNATURE_MAX_BYTES);
  });

  it('refuses an appointment more than 30 days ahead (a mistyped year would silence the on-site timer)', async () => {
    const { workOrder } = await dispatched(coordinator);
    await east.post(`/work-orders/${workOrder}/accept`);
    const res = await east.post(`/work-orders/${workOrder}/appointment`, { at: '2062-01-05T09:00:00+08:00', agreedBy: '张三' });
    expect(res.status).toBe(400);
    expect(reasonOf(res)).toBe('APPOINTMENT_TOO_FAR');
    expect(res.body.error.details.fields).toEqual({ at: 'too_far' });
    expect((await east.get(`/work-orders/${workOrder}`)).body).toMatchObject({ status: 'accepted', appointment: null });
  });

  it('refuses a purchase date in the future on a call without serial, and registers nothing', async () => {
    const before = (await coordinator.get('/service/requests?pageSize=1')).body.meta.pagination.total;
    const res = await coordinator.post('/service/requests', callBody({ unit: { model: FIXTURE.model, purchaseDate: '2999-01-01' } }));
    expect(res.status).toBe(400);
    expect(reasonOf(res)).toBe('TIME_IN_FUTURE');
    expect(res.body.error.details.fields).toEqual({ 'unit.purchaseDate': 'in_future' });
    expect((await coordinator.get('/service/requests?pageSize=1')).body.meta.pagination.total).toBe(before);
  });

  it('refuses negative quantities, too many part lines, a huge travel distance and a phone with letters, naming the field', async () => {
    const { workOrder } = await onSite(coordinator, east);
    const line = { partNumber: FIXTURE.parts.bolt, qtyIssued: 1, qtyUsed: 1, correct: true };
    const cases: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{ parts: [{ ...line, qtyUsed: -1 }] }, { 'parts.0.qtyUsed': 'too_small' }],
      [{ parts: Array.from({ length: 51 }, () => line) }, { parts: 'too_many' }],
      [{ travelKm: 1e9 }, { travelKm: 'too_big' }],
    ];
    for (const [overrides, fields] of cases) {
      const res = await east.post(`/work-orders/${workOrder}/receipt`, receiptBody(overrides));
      expect([res.status, res.body.error?.details?.fields]).toEqual([400, fields]);
    }
    // Ten thousand lines are over the body limit: refused before any parsing, still coded.
    const flood = await east.post(`/work-orders/${workOrder}/receipt`, receiptBody({ parts: Array.from({ length: 10_000 }, () => line) }));
    expect(flood.status).toBe(413);
    expect(flood.body.error.code).toBe('VALIDATION_FAILED');
    expect((await east.get(`/work-orders/${workOrder}`)).body).toMatchObject({ status: 'on_site', receipt: null });

    const phone = await coordinator.post('/service/requests', callBody({ caller: { name: '张三', phone: '138abcd5678', address: { region: '华东', line: 'x' } } }));
    expect(phone.body.error?.details?.fields).toEqual({ 'caller.phone': 'phone_invalid' });
  });
});
