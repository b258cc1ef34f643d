/**
 * Parts return (旧件返回) over HTTP: the cut-off set at approval, the dealer's
 * shipments and their rules, receipt and inspection by staff, the claim moving on to
 * ready_to_settle with what inspection took out of payable, and the daily job that
 * flags parts that missed their cut-off, and after the grace period forfeits them.
 */
import type { Core } from '@strapi/strapi';
import { stopStrapi } from '../helpers/strapi';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { approvedClaim, claimInReview, type DealerApi, type StaffApi } from '../helpers/staff-api';
import { daysAgo, today } from '../helpers/dates';

const CLAIM_UID = 'plugin::claim-review.claim';
const POLICY_UID = 'api::warranty-policy.warranty-policy';

let strapi: Core.Strapi;
let east: DealerApi;
let west: DealerApi;
let reviewer: StaffApi;
let coordinator: StaffApi;
let finance: StaffApi;

beforeAll(async () => {
  const world = await fixtureWorld(['Technical reviewer', 'Service coordinator', 'Finance']);
  ({ strapi, east, west } = world);
  reviewer = world.staff['Technical reviewer'];
  coordinator = world.staff['Service coordinator'];
  finance = world.staff.Finance;
});
afterAll(stopStrapi);

const ship = (claimNumber: string, qty = 1, partNumber = FIXTURE.parts.motor, trackingNumber = `SF${Date.now()}${Math.floor(Math.random() * 1000)}`) =>
  east.post('/shipments', { carrier: '顺丰 SF Express', trackingNumber, parts: [{ claimNumber, partNumber, qty }] });

const motorLine = (claim: { lines: any[] }) => claim.lines.find((l) => l.ref === FIXTURE.parts.motor);
const staffClaim = async (number: string) => (await reviewer.get(`/claims/${number}`)).body;

describe('the cut-off set at approval', () => {
  const review = () => strapi.plugin('claim-review').service('review');
  const actor = { type: 'staff' as const, name: 'Cut-off tester' };

  async function approveAt(iso: string) {
    const claim = await claimInReview(east);
    const answer = await review().decide(claim.number, actor, { decision: 'approve', comment: '', lines: [] }, claim.version, { now: new Date(iso) });
    return answer.returnDueDate as string;
  }

  it.each([
    // At least 15 days to ship (returnMinDays): approved 29 June, due 31 December, not the next day.
    ['2026-06-29T10:00:00Z', '2026-12-31'],
    // Company time is Asia/Shanghai (UTC+8): the business date turns at 16:00 UTC.
    // 15 June + 15 days is 30 June itself; 16 June is too late for it.
    ['2026-06-15T15:59:00Z', '2026-06-30'],
    ['2026-06-15T16:00:00Z', '2026-12-31'],
    ['2026-12-16T15:30:00Z', '2026-12-31'],
    ['2026-12-16T16:30:00Z', '2027-06-30'],
    ['2027-01-01T04:00:00Z', '2027-06-30'],
  ])('an approval at %s is due back by %s', async (at, due) => {
    expect(await approveAt(at)).toBe(due);
  });

  it('follows the policy\'s returnMinDays as edited in the CMS', async () => {
    const policy = await strapi.db.query(POLICY_UID).findOne({ where: { code: 'TEST-TRI' } });
    await strapi.db.query(POLICY_UID).update({ where: { id: policy.id }, data: { returnMinDays: 0 } });
    try {
      expect(await approveAt('2026-06-29T10:00:00Z')).toBe('2026-06-30');
    } finally {
      await strapi.db.query(POLICY_UID).update({ where: { id: policy.id }, data: { returnMinDays: 15 } });
    }
  });

  it('follows the policy\'s returnCutoffs as edited in the CMS', async () => {
    const policy = await strapi.db.query(POLICY_UID).findOne({ where: { code: 'TEST-TRI' } });
    await strapi.db.query(POLICY_UID).update({ where: { id: policy.id }, data: { returnCutoffs: ['03-31', '09-30'] } });
    try {
      expect(await approveAt('2026-06-30T04:00:00Z')).toBe('2026-09-30');
      expect(await approveAt('2026-10-01T04:00:00Z')).toBe('2027-03-31');
    } finally {
      await strapi.db.query(POLICY_UID).update({ where: { id: policy.id }, data: { returnCutoffs: ['06-30', '12-31'] } });
    }
  });
});

describe('shipments from the dealer', () => {
  it('ships approved must-return parts of several own claims under one tracking number', async () => {
    const a = await approvedClaim(east, reviewer);
    const b = await approvedClaim(east, reviewer);
    const res = await east.post('/shipments', {
      carrier: '顺丰 SF Express',
      trackingNumber: 'SF1234567890',
      parts: [{ claimNumber: a.number, partNumber: FIXTURE.parts.motor, qty: 1 }, { claimNumber: b.number, partNumber: FIXTURE.parts.motor, qty: 1 }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ carrier: '顺丰 SF Express', trackingNumber: 'SF1234567890', status: 'shipped' });
    expect(res.body.number).toMatch(/^SH-\d{6}-\d{5}$/);
    expect(res.body.parts).toEqual([
      { id: expect.any(Number), claimNumber: a.number, partNumber: FIXTURE.parts.motor, qty: 1 },
      { id: expect.any(Number), claimNumber: b.number, partNumber: FIXTURE.parts.motor, qty: 1 },
    ]);
    const list = await east.get('/shipments');
    expect(list.status).toBe(200);
    expect(list.body.data.map((s: any) => s.number)).toContain(res.body.number);
    expect(list.body.meta.pagination).toMatchObject({ page: 1, pageSize: 25 });
    // Another dealer sees none of it.
    expect((await west.get('/shipments')).body.data.map((s: any) => s.number)).not.toContain(res.body.number);
    // The claim's timeline says the parts are on their way.
    expect((await east.get(`/claims/${a.number}`)).body.timeline.map((e: any) => e.event)).toContain('parts_shipped');
  });

  it('answers 404 for a part of another dealer\'s claim, and saves nothing', async () => {
    const westClaim = await approvedClaim(west, reviewer, { serial: FIXTURE.serials.west });
    const before = await strapi.db.query('plugin::claim-review.shipment').count();
    const res = await ship(westClaim.number);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect(await strapi.db.query('plugin::claim-review.shipment').count()).toBe(before);
  });

  it('answers 400 for more than approved, or a part that is not due back', async () => {
    const claim = await approvedClaim(east, reviewer);
    const over = await ship(claim.number, 2);
    expect(over.status).toBe(400);
    expect(over.body.error.details.fields).toEqual({ 'parts.0.qty': 'too_big' });
    const bolt = await ship(claim.number, 1, FIXTURE.parts.bolt);
    expect(bolt.status).toBe(400);
    expect(bolt.body.error.details.fields).toEqual({ 'parts.0.partNumber': 'invalid' });
    const inReview = await claimInReview(east);
    const notApproved = await ship(inReview.number);
    expect(notApproved.status).toBe(400);
    expect(notApproved.body.error.details.fields).toEqual({ 'parts.0.claimNumber': 'invalid' });
    const empty = await east.post('/shipments', { carrier: 'SF', trackingNumber: 'X', parts: [] });
    expect(empty.status).toBe(400);
  });

  it('never ships the same part twice: 409, also when two requests race', async () => {
    const claim = await approvedClaim(east, reviewer);
    expect((await ship(claim.number)).status).toBe(201);
    const again = await ship(claim.number);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'ALREADY_SHIPPED' } });

    const other = await approvedClaim(east, reviewer);
    const [x, y] = await Promise.all([ship(other.number), ship(other.number)]);
    expect([x.status, y.status].sort()).toEqual([201, 409]);
    expect(await strapi.db.query('plugin::claim-review.returned-part').count({ where: { claimNumber: other.number } })).toBe(1);
  });

  it('refuses a part adjusted down by the reviewer beyond the adjusted quantity', async () => {
    const claim = await claimInReview(east, { parts: [{ partNumber: FIXTURE.parts.motor, qty: 2, causal: true }] });
    const motor = motorLine(claim);
    const res = await reviewer.decide(claim, { decision: 'partial', comment: '', lines: [{ id: motor.id, action: 'adjust', qty: 1, reasonCode: 'NOT_REQUIRED' }] });
    expect(res.body.status).toBe('awaiting_parts');
    expect((await ship(claim.number, 2)).status).toBe(400);
    expect((await ship(claim.number, 1)).status).toBe(201);
  });
});

describe('receipt and inspection', () => {
  it('receives a shipment, inspects its part, and moves the claim to ready_to_settle', async () => {
    const claim = await approvedClaim(east, reviewer);
    const shipped = (await ship(claim.number)).body;

    const queue = await reviewer.get('/shipments?status=shipped');
    expect(queue.status).toBe(200);
    expect(queue.body.data.find((s: any) => s.id === shipped.id)).toMatchObject({ dealer: { code: FIXTURE.dealers.east }, status: 'shipped' });

    const early = await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'confirmed', disposition: 'reusable' });
    expect(early.status).toBe(409);

    const received = await reviewer.post(`/shipments/${shipped.id}/receive`);
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ id: shipped.id, status: 'received', receivedAt: expect.any(String) });
    expect((await reviewer.post(`/shipments/${shipped.id}/receive`)).status).toBe(409);
    expect((await staffClaim(claim.number)).timeline.map((e: any) => e.event)).toContain('parts_received');

    const bad = await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'broken', disposition: 'scrap' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ result: 'invalid_enum' });

    const inspected = await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'confirmed', disposition: 'reusable', note: '定子烧毁 / stator burnt' });
    expect(inspected.status).toBe(200);
    expect(inspected.body.parts[0].inspection).toEqual({ result: 'confirmed', disposition: 'reusable', note: '定子烧毁 / stator burnt', inspectedAt: expect.any(String) });
    expect((await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'misuse', disposition: 'scrap' })).status).toBe(409);

    const after = await staffClaim(claim.number);
    expect(after.status).toBe('ready_to_settle');
    expect(after.totals.payable).toBe(claim.totals.payable);
    expect(motorLine(after)).toMatchObject({ inspection: 'confirmed', payable: FIXTURE.prices.motor });
    expect(after.returnedParts).toEqual([expect.objectContaining({ partNumber: FIXTURE.parts.motor, inspection: expect.objectContaining({ result: 'confirmed' }) })]);
    expect(after.timeline.slice(-2).map((e: any) => [e.event, e.actor])).toEqual([['part_inspected', 'reviewer'], ['parts_inspected', 'system']]);
    // The dealer reads the outcome on its shipment.
    const mine = (await east.get('/shipments')).body.data.find((s: any) => s.id === shipped.id);
    expect(mine.parts[0].inspection.result).toBe('confirmed');
  });

  it('takes a part that is not confirmed out of payable', async () => {
    const claim = await approvedClaim(east, reviewer);
    const shipped = (await ship(claim.number)).body;
    await reviewer.post(`/shipments/${shipped.id}/receive`);
    const res = await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'no_fault', disposition: 'reusable', note: '未发现故障' });
    expect(res.status).toBe(200);
    const after = await staffClaim(claim.number);
    expect(after.status).toBe('ready_to_settle');
    expect(motorLine(after)).toMatchObject({ inspection: 'no_fault', payable: 0 });
    expect(after.totals.payable).toBe(claim.totals.payable - FIXTURE.prices.motor);
    expect((await east.get(`/claims/${claim.number}`)).body.totals.payable).toBe(claim.totals.payable - FIXTURE.prices.motor);
  });

  it('counts what a shipment left out as not received', async () => {
    const claim = await approvedClaim(east, reviewer, { parts: [{ partNumber: FIXTURE.parts.motor, qty: 2, causal: true }] });
    const shipped = (await ship(claim.number, 1)).body;
    await reviewer.post(`/shipments/${shipped.id}/receive`);
    await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'confirmed', disposition: 'scrap' });
    const after = await staffClaim(claim.number);
    expect(after.status).toBe('ready_to_settle');
    expect(motorLine(after).payable).toBe(FIXTURE.prices.motor);
  });

  it('waits until every due part of the claim is inspected', async () => {
    const claim = await approvedClaim(east, reviewer, {
      fault: { component: 'motor', description: '电机与控制器故障' },
      parts: [{ partNumber: FIXTURE.parts.motor, qty: 1, causal: true }, { partNumber: FIXTURE.parts.controller, qty: 1 }],
    });
    const first = (await ship(claim.number)).body;
    const second = (await ship(claim.number, 1, FIXTURE.parts.controller)).body;
    await reviewer.post(`/shipments/${first.id}/receive`);
    await reviewer.post(`/returned-parts/${first.parts[0].id}/inspection`, { result: 'confirmed', disposition: 'scrap' });
    expect((await staffClaim(claim.number)).status).toBe('awaiting_parts');
    await reviewer.post(`/shipments/${second.id}/receive`);
    await reviewer.post(`/returned-parts/${second.parts[0].id}/inspection`, { result: 'misuse', disposition: 'scrap' });
    const after = await staffClaim(claim.number);
    expect(after.status).toBe('ready_to_settle');
    expect(after.lines.find((l: any) => l.ref === FIXTURE.parts.controller)).toMatchObject({ inspection: 'misuse', payable: 0 });
  });

  it('answers 404 for an unknown shipment or part, and refuses a role without parts.inspect', async () => {
    expect((await reviewer.post('/shipments/999999/receive')).status).toBe(404);
    expect((await reviewer.post('/returned-parts/999999/inspection', { result: 'confirmed', disposition: 'scrap' })).status).toBe(404);
    expect((await coordinator.get('/shipments')).status).toBe(403);
  });
});

/** Noon company time, `days` after a business date. */
function dayAfter(date: string, days: number): Date {
  const at = new Date(`${date}T12:00:00+08:00`);
  at.setUTCDate(at.getUTCDate() + days);
  return at;
}

describe('the daily return-overdue job', () => {
  const job = () => strapi.plugin('claim-review').service('returnOverdue');

  it('is registered with Strapi\'s cron at the configured rule, in company time', () => {
    const spec = (strapi.cron as any).jobs.find((j: any) => j.name === 'claim-review.return-overdue');
    expect(spec).toBeDefined();
    expect(spec.options).toEqual({ rule: '0 30 1 * * *', tz: 'Asia/Shanghai' });
    const next: Date = spec.job.nextInvocation();
    // 01:30 in Shanghai is 17:30 UTC.
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([17, 30]);
  });

  it('flags claims whose parts missed the cut-off, for the dealer and the reviewer, once', async () => {
    const late = await approvedClaim(east, reviewer);
    const arrived = await approvedClaim(east, reviewer);
    const shipped = (await ship(arrived.number)).body;
    await reviewer.post(`/shipments/${shipped.id}/receive`);
    const due = late.returnDueDate as string;
    expect(arrived.returnDueDate).toBe(due);

    // On the cut-off day itself nothing is late yet.
    const onTheDay = await job().run({ now: new Date(`${due}T12:00:00+08:00`) });
    expect(onTheDay.flagged).not.toContain(late.number);

    const run = await job().run({ now: dayAfter(due, 1) });
    expect(run.flagged).toContain(late.number);
    expect(run.flagged).not.toContain(arrived.number);

    const staff = await staffClaim(late.number);
    expect(staff.status).toBe('awaiting_parts');
    expect(staff.returnOverdue).toBe(true);
    expect(staff.findings.filter((f: any) => f.code === 'RETURN_OVERDUE')).toEqual([
      expect.objectContaining({ severity: 'error', message: { zh: expect.stringContaining(due), en: expect.stringContaining(due) } }),
    ]);
    expect(staff.timeline.map((e: any) => e.event)).toContain('return_overdue');
    const dealer = (await east.get(`/claims/${late.number}`)).body;
    expect(dealer.findings.map((f: any) => f.code)).toContain('RETURN_OVERDUE');

    const again = await job().run({ now: dayAfter(due, 1) });
    expect(again.flagged).not.toContain(late.number);
    expect((await staffClaim(late.number)).findings.filter((f: any) => f.code === 'RETURN_OVERDUE')).toHaveLength(1);
  });

  it('clears the flag on a late receipt, and the claim settles on its inspection', async () => {
    const claim = await approvedClaim(east, reviewer);
    expect((await job().run({ now: dayAfter(claim.returnDueDate, 1) })).flagged).toContain(claim.number);
    const shipped = (await ship(claim.number)).body;
    await reviewer.post(`/shipments/${shipped.id}/receive`);
    const received = await staffClaim(claim.number);
    expect(received.returnOverdue).toBe(false);
    expect(received.findings.map((f: any) => f.code)).not.toContain('RETURN_OVERDUE');
    expect(received.timeline.map((e: any) => e.event)).toContain('return_overdue_cleared');
    // The next night's run leaves it alone: nothing it owes is missing.
    expect((await job().run({ now: dayAfter(claim.returnDueDate, 2) })).flagged).not.toContain(claim.number);

    await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'confirmed', disposition: 'scrap' });
    const after = await staffClaim(claim.number);
    expect(after.status).toBe('ready_to_settle');
    expect(after.totals.payable).toBe(claim.totals.payable);
  });

  it('runs through the cron handle as the schedule would', async () => {
    const claim = await approvedClaim(east, reviewer);
    // Due yesterday: overdue, still inside the grace period.
    await strapi.db.query(CLAIM_UID).update({ where: { number: claim.number }, data: { returnDueDate: daysAgo(1) } });
    const spec = (strapi.cron as any).jobs.find((j: any) => j.name === 'claim-review.return-overdue');
    await spec.job.invoke();
    expect((await staffClaim(claim.number)).returnOverdue).toBe(true);
  });
});

describe('forfeiting parts never returned, after the grace period', () => {
  const job = () => strapi.plugin('claim-review').service('returnOverdue');

  it('forfeits the missing part after 30 days\' grace, and the claim settles what remains', async () => {
    const claim = await approvedClaim(east, reviewer);
    const due = claim.returnDueDate as string;
    expect((await job().run({ now: dayAfter(due, 1) })).flagged).toContain(claim.number);
    // The 30th day after the cut-off is still inside the grace period.
    expect((await job().run({ now: dayAfter(due, 30) })).forfeited).not.toContain(claim.number);
    expect((await staffClaim(claim.number)).status).toBe('awaiting_parts');

    const run = await job().run({ now: dayAfter(due, 31) });
    expect(run.forfeited).toContain(claim.number);
    const after = await staffClaim(claim.number);
    expect(after.status).toBe('ready_to_settle');
    expect(after.returnOverdue).toBe(false);
    expect(motorLine(after)).toMatchObject({ payable: 0, amount: FIXTURE.prices.motor, reasonCode: 'RETURN_FORFEITED', inspection: 'not_received' });
    expect(after.totals.payable).toBe(claim.totals.payable - FIXTURE.prices.motor);
    const forfeiture = after.timeline.find((e: any) => e.event === 'return_forfeited');
    expect(forfeiture).toMatchObject({ event: 'return_forfeited', actor: 'system', from: 'awaiting_parts', to: 'ready_to_settle' });
    // The dealer sees the same outcome, and can no longer ship the forfeited part.
    const dealer = (await east.get(`/claims/${claim.number}`)).body;
    expect(dealer.totals.payable).toBe(claim.totals.payable - FIXTURE.prices.motor);
    expect(dealer.timeline.map((e: any) => e.event)).toContain('return_forfeited');
    expect((await ship(claim.number)).status).toBe(400);

    // Finance settles the reduced amount.
    const draft = await finance.post('/settlements', { dealer: FIXTURE.dealers.east, periodStart: today(), periodEnd: today() });
    expect(draft.status).toBe(201);
    const line = draft.body.lines.find((l: any) => l.claimNumber === claim.number);
    expect(line.amount).toBe(claim.totals.payable - FIXTURE.prices.motor);
    expect((await finance.post(`/settlements/${draft.body.number}/issue`)).status).toBe(200);
    expect((await staffClaim(claim.number)).status).toBe('settled');
  });

  it('forfeits only what never arrived: a part received late is inspected and paid as usual', async () => {
    const claim = await approvedClaim(east, reviewer, {
      fault: { component: 'motor', description: '电机与控制器故障' },
      parts: [{ partNumber: FIXTURE.parts.motor, qty: 1, causal: true }, { partNumber: FIXTURE.parts.controller, qty: 1 }],
    });
    const due = claim.returnDueDate as string;
    expect((await job().run({ now: dayAfter(due, 1) })).flagged).toContain(claim.number);
    const shipped = (await ship(claim.number, 1, FIXTURE.parts.controller)).body;
    await reviewer.post(`/shipments/${shipped.id}/receive`);
    // The motor is still missing: the flag stays.
    expect((await staffClaim(claim.number)).returnOverdue).toBe(true);

    expect((await job().run({ now: dayAfter(due, 31) })).forfeited).toContain(claim.number);
    const forfeited = await staffClaim(claim.number);
    // The controller is not inspected yet: the claim waits for it, no longer flagged.
    expect(forfeited.status).toBe('awaiting_parts');
    expect(forfeited.returnOverdue).toBe(false);
    expect(motorLine(forfeited)).toMatchObject({ payable: 0, reasonCode: 'RETURN_FORFEITED' });
    expect(forfeited.timeline.find((e: any) => e.event === 'return_forfeited')).toMatchObject({ actor: 'system' });

    await reviewer.post(`/returned-parts/${shipped.parts[0].id}/inspection`, { result: 'confirmed', disposition: 'scrap' });
    const after = await staffClaim(claim.number);
    expect(after.status).toBe('ready_to_settle');
    expect(after.lines.find((l: any) => l.ref === FIXTURE.parts.controller).payable).toBe(FIXTURE.prices.controller);
    expect(after.totals.payable).toBe(claim.totals.payable - FIXTURE.prices.motor);
  });
});
