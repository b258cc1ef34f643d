/**
 * Technical review over HTTP: the staff queue and its timers, the claim as a reviewer
 * sees it, decisions guarded by If-Match, line outcomes and totals, the question and
 * answer round trip, and an audit trail that records everything and changes never.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, stopStrapi } from '../helpers/strapi';
import { staffLogin } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { goodClaim, oldRepairClaim } from '../helpers/dealer-api';
import { addDays, daysAgo, today } from '../helpers/dates';
import { approvedClaim, claimInReview, staffApi, type DealerApi, type StaffApi } from '../helpers/staff-api';
import { addWorkingHours, workingMsBetween } from '../../plugins/claim-review/shared';

const EVENT_UID = 'plugin::claim-review.claim-event';
const CLAIM_UID = 'plugin::claim-review.claim';

let strapi: Core.Strapi;
let east: DealerApi;
let west: DealerApi;
let reviewer: StaffApi;
let reviewer2: StaffApi;
let finance: StaffApi;
let superAdminJwt: string;

beforeAll(async () => {
  const world = await fixtureWorld(['Technical reviewer', 'Finance']);
  ({ strapi, east, west } = world);
  reviewer = world.staff['Technical reviewer'];
  finance = world.staff.Finance;
  superAdminJwt = await staffLogin(strapi, 'Super Admin');
  // A second reviewer, for the race: another admin user holding the same role.
  const role = await strapi.db.query('admin::role').findOne({ where: { name: 'Technical reviewer' } });
  await strapi.service('admin::user').create({
    email: 'second-reviewer@example.test', firstname: 'Second', lastname: 'Reviewer', isActive: true, roles: [role.id], password: 'Test-Passw0rd!', registrationToken: null,
  });
  const login = await request(httpServer()).post('/admin/login').send({ email: 'second-reviewer@example.test', password: 'Test-Passw0rd!' });
  reviewer2 = staffApi(login.body.data.token);
});
afterAll(stopStrapi);

const lineOf = (claim: { lines: any[] }, ref: string) => claim.lines.find((l) => l.ref === ref);
const eventsOf = async (number: string) => strapi.db.query(EVENT_UID).findMany({ where: { claimNumber: number }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });

// Hand-computed from the fixture: East is tier 2 (5,000 fen/h), travel 150 fen/km.
const CLAIMED = { motor: 120000, bolts: 4 * 150, labour: 7500, travel: 4500 };
const CLAIMED_TOTAL = CLAIMED.motor + CLAIMED.bolts + CLAIMED.labour + CLAIMED.travel;

describe('the review queue', () => {
  let first: { number: string };
  let second: { number: string };
  let westClaim: { number: string };

  beforeAll(async () => {
    first = await claimInReview(east);
    second = await claimInReview(east, { parts: [{ partNumber: FIXTURE.parts.bolt, qty: 2 }] });
    westClaim = await claimInReview(west, { serial: FIXTURE.serials.west });
    // A draft never reaches staff.
    await east.post('/claims', goodClaim());
    // The first claim has waited past its due time.
    await strapi.db.query(CLAIM_UID).update({ where: { number: first.number }, data: { submittedAt: new Date(Date.now() - 50 * 3_600_000), reviewDueAt: new Date(Date.now() - 2 * 3_600_000) } });
  });

  it('lists the claims waiting for a reviewer, most urgent first, each with its timer and dealer', async () => {
    const before = new Date();
    const res = await reviewer.get('/claims');
    const after = new Date();
    expect(res.status).toBe(200);
    const numbers = res.body.data.map((r: any) => r.number);
    expect(numbers[0]).toBe(first.number);
    expect(numbers).toEqual(expect.arrayContaining([second.number, westClaim.number]));
    expect(res.body.data.every((r: any) => r.status === 'in_review')).toBe(true);
    const row = res.body.data[0];
    expect(row.dealer).toEqual({ code: FIXTURE.dealers.east, name: '华东测试经销商' });
    // Age counts office hours only (08:30–12:00, 13:00–17:30 Shanghai, Monday–Friday).
    const workingAge = (at: Date) => Math.floor(workingMsBetween(new Date(row.submittedAt), at) / 3_600_000);
    expect(row.sla).toEqual({ ageHours: expect.any(Number), dueAt: expect.any(String), overdue: true });
    expect(row.sla.ageHours).toBeGreaterThanOrEqual(workingAge(before));
    expect(row.sla.ageHours).toBeLessThanOrEqual(workingAge(after));
    const fresh = res.body.data.find((r: any) => r.number === second.number);
    expect(fresh.sla).toMatchObject({ ageHours: 0, overdue: false });
    // 48 working hours by the policy's reviewHours: a weekend or a night adds no time.
    expect(fresh.sla.dueAt).toBe(addWorkingHours(new Date(fresh.submittedAt), 48).toISOString());
    expect(Date.parse(fresh.sla.dueAt) - Date.parse(fresh.submittedAt)).toBeGreaterThanOrEqual(48 * 3_600_000);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 3 });
    expect(res.body.meta.counts.in_review).toBe(3);
    expect(res.body.meta.counts).not.toHaveProperty('draft');
    expect(res.body.meta.overdue).toBe(1);
  });

  it('filters by overdue, dealer, text and status', async () => {
    const overdue = await reviewer.get('/claims?overdue=true');
    expect(overdue.body.data.map((r: any) => r.number)).toEqual([first.number]);
    const onTime = await reviewer.get('/claims?overdue=false');
    expect(onTime.body.data.map((r: any) => r.number)).not.toContain(first.number);
    const byDealer = await reviewer.get(`/claims?dealer=${FIXTURE.dealers.west}`);
    expect(byDealer.body.data.map((r: any) => r.number)).toEqual([westClaim.number]);
    const byText = await reviewer.get(`/claims?q=${second.number}`);
    expect(byText.body.data.map((r: any) => r.number)).toEqual([second.number]);
    const bySerial = await reviewer.get(`/claims?q=${FIXTURE.serials.west}`);
    expect(bySerial.body.data.map((r: any) => r.number)).toEqual([westClaim.number]);
    const drafts = await reviewer.get('/claims?status=draft');
    expect(drafts.body.data).toEqual([]);
    const all = await reviewer.get('/claims?status=all&pageSize=100');
    expect(all.body.data.every((r: any) => r.status !== 'draft')).toBe(true);
    const bad = await reviewer.get('/claims?overdue=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ overdue: 'invalid_enum' });
  });

  it('pages like every list of docs/api.md', async () => {
    const res = await reviewer.get('/claims?status=all&pageSize=1&page=2');
    expect(res.body.data).toHaveLength(1);
    expect(res.body.meta.pagination).toMatchObject({ page: 2, pageSize: 1 });
    expect(res.body.meta.pagination.total).toBeGreaterThanOrEqual(3);
  });
});

describe('the claim as a reviewer sees it', () => {
  it('carries lines, findings, unit and its history, photos, timer, decisions and the full trail', async () => {
    const earlier = await claimInReview(east);
    const claim = await claimInReview(east);
    const res = await reviewer.get(`/claims/${claim.number}`);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body).toMatchObject({ number: claim.number, status: 'in_review', version: claim.version, serial: FIXTURE.serials.registered });
    expect(body.lines).toHaveLength(4);
    expect(body.totals).toEqual({ parts: CLAIMED.motor + CLAIMED.bolts, labour: CLAIMED.labour, travel: CLAIMED.travel, total: CLAIMED_TOTAL, payable: CLAIMED_TOTAL });
    expect(body.findings.map((f: any) => f.code)).toContain('DUPLICATE_CLAIM');
    expect(body.unit).toMatchObject({ serial: FIXTURE.serials.registered, model: { code: FIXTURE.model }, registrationLate: false });
    expect(body.unit.saleDate).toEqual(expect.any(String));
    expect(body.unitHistory.map((h: any) => h.number)).toContain(earlier.number);
    expect(body.unitHistory.map((h: any) => h.number)).not.toContain(claim.number);
    expect(body.photos).toEqual([]);
    expect(body.sla).toMatchObject({ ageHours: 0, overdue: false, reviewHours: 48 });
    expect(body.sla.serviceLevels.map((l: any) => l.code)).toEqual(expect.arrayContaining(['followUp']));
    expect(body.allowedDecisions.sort()).toEqual(['approve', 'partial', 'reject', 'request_info']);
    expect(body.timeline.map((e: any) => e.event)).toEqual(['created', 'submit', 'accept_precheck']);
    expect(body.timeline[0]).toMatchObject({ actor: 'dealer', by: FIXTURE.users.east });
  });

  it('offers no decision to a role that may not review', async () => {
    const claim = await claimInReview(east);
    const res = await finance.get(`/claims/${claim.number}`);
    expect(res.status).toBe(200);
    expect(res.body.allowedDecisions).toEqual([]);
  });

  it('answers 404 for a draft or an unknown claim', async () => {
    const draft = await east.post('/claims', goodClaim());
    expect((await reviewer.get(`/claims/${draft.body.number}`)).status).toBe(404);
    const res = await reviewer.get('/claims/CR-000000-00000');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('lists the CMS reason codes', async () => {
    const res = await reviewer.get('/reason-codes');
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: any) => r.code)).toEqual(expect.arrayContaining(['NOT_REQUIRED', 'OVER_STANDARD_HOURS', 'MISUSE']));
  });
});

describe('decisions', () => {
  it('refuses a stale If-Match with 409 and changes nothing', async () => {
    const claim = await claimInReview(east);
    const before = await eventsOf(claim.number);
    const res = await reviewer.decide({ ...claim, version: claim.version - 1 }, { decision: 'approve', comment: '' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'STALE_VERSION' } });
    const after = await reviewer.get(`/claims/${claim.number}`);
    expect(after.body).toMatchObject({ status: 'in_review', version: claim.version });
    expect(await eventsOf(claim.number)).toHaveLength(before.length);
  });

  it('asks for If-Match', async () => {
    const claim = await claimInReview(east);
    const res = await reviewer.post(`/claims/${claim.number}/decision`, { decision: 'approve' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual({ 'If-Match': 'required' });
  });

  it('lets one of two reviewers deciding at once win; the other gets 409', async () => {
    const claim = await claimInReview(east);
    const [a, b] = await Promise.all([
      reviewer.decide(claim, { decision: 'approve', comment: 'A' }),
      reviewer2.decide(claim, { decision: 'reject', comment: 'B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const events = await eventsOf(claim.number);
    const decisions = events.filter((e: any) => e.type === 'approve' || e.type === 'reject');
    expect(decisions).toHaveLength(1);
    const final = await reviewer.get(`/claims/${claim.number}`);
    expect(final.body.version).toBe(a.status === 200 ? a.body.version : b.body.version);
  });

  it('approves partially line by line: quantities and hours cut, never prices; payable recomputed', async () => {
    const claim = await claimInReview(east);
    const bolt = lineOf(claim, FIXTURE.parts.bolt);
    const labour = lineOf(claim, FIXTURE.operations.motor);
    const travel = claim.lines.find((l) => l.kind === 'travel')!;
    const res = await reviewer.decide(claim, {
      decision: 'partial',
      comment: '螺栓只需两个 / two bolts are enough',
      lines: [
        { id: bolt.id, action: 'adjust', qty: 2, reasonCode: 'NOT_REQUIRED', unitPrice: 1, amount: 1 },
        { id: labour.id, action: 'adjust', hours: 1, reasonCode: 'OVER_STANDARD_HOURS' },
        { id: travel.id, action: 'reject', reasonCode: 'NOT_COVERED' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBeGreaterThan(claim.version);
    // The motor must come back: the claim waits for it.
    expect(res.body.status).toBe('awaiting_parts');
    expect(lineOf(res.body, FIXTURE.parts.bolt)).toMatchObject({ decision: 'adjust', adjustedQty: 2, unitPrice: 150, amount: 600, payable: 300, reasonCode: 'NOT_REQUIRED' });
    expect(lineOf(res.body, FIXTURE.operations.motor)).toMatchObject({ decision: 'adjust', adjustedHours: 1, amount: 7500, payable: 5000 });
    expect(res.body.lines.find((l: any) => l.kind === 'travel')).toMatchObject({ decision: 'reject', payable: 0, reasonCode: 'NOT_COVERED' });
    expect(lineOf(res.body, FIXTURE.parts.motor)).toMatchObject({ decision: 'accept', payable: CLAIMED.motor });
    expect(res.body.totals).toEqual({ parts: CLAIMED.motor + CLAIMED.bolts, labour: CLAIMED.labour, travel: CLAIMED.travel, total: CLAIMED_TOTAL, payable: CLAIMED.motor + 300 + 5000 });
    expect(res.body.allowedDecisions).toEqual([]);
    expect(res.body.returnDueDate).toMatch(/^\d{4}-(06-30|12-31)$/);
    // The dealer sees the same outcome.
    const dealerView = await east.get(`/claims/${claim.number}`);
    expect(dealerView.body.totals.payable).toBe(CLAIMED.motor + 300 + 5000);
    expect(dealerView.body.status).toBe('awaiting_parts');
  });

  it('refuses an adjustment above the claim, an unknown reason code, or a cut called "approve"', async () => {
    const claim = await claimInReview(east);
    const bolt = lineOf(claim, FIXTURE.parts.bolt);
    const tooMany = await reviewer.decide(claim, { decision: 'partial', comment: '', lines: [{ id: bolt.id, action: 'adjust', qty: 5, reasonCode: 'OTHER' }] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details.fields).toEqual({ 'lines.0.qty': 'too_big' });
    const unknown = await reviewer.decide(claim, { decision: 'partial', comment: '', lines: [{ id: bolt.id, action: 'reject', reasonCode: 'NO_SUCH_REASON' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields).toEqual({ 'lines.0.reasonCode': 'invalid' });
    const noReason = await reviewer.decide(claim, { decision: 'partial', comment: '', lines: [{ id: bolt.id, action: 'reject' }] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields).toEqual({ 'lines.0.reasonCode': 'required' });
    const cutApproval = await reviewer.decide(claim, { decision: 'approve', comment: '', lines: [{ id: bolt.id, action: 'reject', reasonCode: 'OTHER' }] });
    expect(cutApproval.status).toBe(400);
    const foreignLine = await reviewer.decide(claim, { decision: 'partial', comment: '', lines: [{ id: 999999, action: 'reject', reasonCode: 'OTHER' }] });
    expect(foreignLine.body.error.details.fields).toEqual({ 'lines.0.id': 'unknown_line' });
    expect((await reviewer.get(`/claims/${claim.number}`)).body).toMatchObject({ status: 'in_review', version: claim.version });
  });

  it('takes reason codes from the CMS list as it is edited', async () => {
    await strapi.documents('api::reason-code.reason-code').create({ data: { code: 'WRONG_PART', label: '配件错误', labelEn: 'Wrong part' } as any });
    const claim = await claimInReview(east);
    const bolt = lineOf(claim, FIXTURE.parts.bolt);
    const res = await reviewer.decide(claim, { decision: 'partial', comment: '', lines: [{ id: bolt.id, action: 'reject', reasonCode: 'WRONG_PART' }] });
    expect(res.status).toBe(200);
    expect(lineOf(res.body, FIXTURE.parts.bolt)).toMatchObject({ decision: 'reject', reasonCode: 'WRONG_PART', payable: 0 });
  });

  it('rejects a claim with a reason: nothing is payable, and a rejected claim takes no further decision', async () => {
    const claim = await claimInReview(east);
    const noComment = await reviewer.decide(claim, { decision: 'reject' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details.fields).toEqual({ comment: 'required' });
    const res = await reviewer.decide(claim, { decision: 'reject', comment: '人为损坏 / misuse' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('rejected');
    expect(res.body.totals.payable).toBe(0);
    expect(res.body.lines.every((l: any) => l.decision === 'reject' && l.payable === 0)).toBe(true);
    const again = await reviewer.decide(res.body, { decision: 'approve', comment: '' });
    expect(again.status).toBe(409);
    expect(again.body.error.details.reason).toBe('WRONG_STATE');
  });

  it('sends a claim with nothing to return straight to ready_to_settle', async () => {
    const claim = await claimInReview(east, { parts: [{ partNumber: FIXTURE.parts.bolt, qty: 4 }] });
    const res = await reviewer.decide(claim, { decision: 'approve', comment: '' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ready_to_settle');
    expect(res.body.returnDueDate).toBeNull();
    expect(res.body.timeline.slice(-2).map((e: any) => [e.event, e.actor])).toEqual([['approve', 'reviewer'], ['nothing_to_return', 'system']]);
  });

  it('approves a claim with a must-return part into awaiting_parts with the first cut-off 15 days or more after today', async () => {
    const body = await approvedClaim(east, reviewer);
    expect(body.status).toBe('awaiting_parts');
    const earliest = addDays(today(), 15);
    const year = Number(earliest.slice(0, 4));
    expect(body.returnDueDate).toBe(earliest <= `${year}-06-30` ? `${year}-06-30` : `${year}-12-31`);
    expect(body.timeline.slice(-2).map((e: any) => [e.event, e.actor])).toEqual([['approve', 'reviewer'], ['await_parts', 'system']]);
  });
});

describe('a question and its answer', () => {
  it('goes to the dealer and back to the reviewer, who then decides', async () => {
    const claim = await claimInReview(east);
    const asked = await reviewer.decide(claim, { decision: 'request_info', comment: '请补充电机铭牌照片 / Please add a photo of the motor plate' });
    expect(asked.status).toBe(200);
    expect(asked.body.status).toBe('info_requested');
    expect(asked.body.sla.overdue).toBe(false);
    expect(asked.body.totals.payable).toBe(CLAIMED_TOTAL);

    const dealerSees = await east.get(`/claims/${claim.number}`);
    expect(dealerSees.body.status).toBe('info_requested');
    expect(dealerSees.body.questions).toEqual([expect.objectContaining({ message: '请补充电机铭牌照片 / Please add a photo of the motor plate' })]);
    expect(dealerSees.body.questions[0].answer).toBeUndefined();
    // Not waiting for a reviewer any more.
    expect((await reviewer.get('/claims')).body.data.map((r: any) => r.number)).not.toContain(claim.number);

    // Long ago by the clock: only a clock started again by the answer is due in the future.
    await strapi.db.query(CLAIM_UID).update({ where: { number: claim.number }, data: { reviewStartedAt: new Date(Date.now() - 30 * 86_400_000), reviewDueAt: new Date(Date.now() - 20 * 86_400_000) } });
    const answeredAt = Date.now();
    const answered = await east.post(`/claims/${claim.number}/answers`, { message: '已上传 / uploaded' });
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('in_review');
    expect(answered.body.questions[0]).toMatchObject({ answer: '已上传 / uploaded' });

    const back = await reviewer.get(`/claims/${claim.number}`);
    expect(back.body.status).toBe('in_review');
    expect(back.body.questions[0].answer).toBe('已上传 / uploaded');
    // The review clock starts again from the answer.
    expect(Date.parse(back.body.sla.dueAt)).toBeGreaterThanOrEqual(answeredAt + 48 * 3_600_000);
    expect(back.body.sla).toMatchObject({ overdue: false, reviewHours: 48 });
    expect((await reviewer.get('/claims')).body.data.map((r: any) => r.number)).toContain(claim.number);

    const decided = await reviewer.decide(back.body, { decision: 'approve', comment: '' });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('awaiting_parts');
  });
});

describe('an edit after the filing deadline', () => {
  // Repaired 45 days ago: the 30 days for filing ended 15 days ago.
  const lateDates = oldRepairClaim(45);

  it('keeps a claim filed on time on time: the filing date is its first submission', async () => {
    const claim = await claimInReview(east, { serial: FIXTURE.serials.old, parts: [{ partNumber: FIXTURE.parts.motor, qty: 1, causal: true }] });
    const asked = await reviewer.decide(claim, { decision: 'request_info', comment: '维修日期有误？/ Is the repair date right?' });
    expect(asked.body.status).toBe('info_requested');
    // Filed 40 days ago, inside the 30 days after a repair 45 days ago.
    await strapi.db.query(CLAIM_UID).update({ where: { number: claim.number }, data: { submittedAt: new Date(Date.now() - 40 * 86_400_000) } });

    const edited = await east.put(`/claims/${claim.number}`, lateDates);
    expect(edited.status).toBe(200);
    expect(edited.body.repairDate).toBe(daysAgo(45));
    expect(edited.body.findings.map((f: any) => f.code)).not.toContain('FILED_LATE');
    expect((await reviewer.get(`/claims/${claim.number}`)).body.findings.map((f: any) => f.code)).not.toContain('FILED_LATE');
  });

  it('still finds a draft with the same dates late: it is filed today', async () => {
    const draft = await east.post('/claims', lateDates);
    expect(draft.status).toBe(201);
    expect(draft.body.findings.map((f: any) => f.code)).toContain('FILED_LATE');
  });
});

describe('the audit trail', () => {
  it('records every action with who, when, before/after and comment', async () => {
    const claim = await claimInReview(east);
    const asked = await reviewer.decide(claim, { decision: 'request_info', comment: 'Q?' });
    await east.post(`/claims/${claim.number}/answers`, { message: 'A.' });
    const bolt = lineOf(claim, FIXTURE.parts.bolt);
    await reviewer.decide({ number: claim.number, version: asked.body.version + 1 }, { decision: 'partial', comment: 'cut', lines: [{ id: bolt.id, action: 'reject', reasonCode: 'NOT_REQUIRED' }] });

    const events = await eventsOf(claim.number);
    expect(events.map((e: any) => [e.type, e.actorType, e.fromStatus, e.toStatus])).toEqual([
      ['created', 'dealer', null, 'draft'],
      ['submit', 'dealer', 'draft', 'submitted'],
      ['accept_precheck', 'system', 'submitted', 'in_review'],
      ['request_info', 'staff', 'in_review', 'info_requested'],
      ['answer', 'dealer', 'info_requested', 'in_review'],
      ['approve_partially', 'staff', 'in_review', 'partially_approved'],
      ['await_parts', 'system', 'partially_approved', 'awaiting_parts'],
    ]);
    const decision = events.find((e: any) => e.type === 'approve_partially');
    expect(decision).toMatchObject({ actorName: 'Technical reviewer Tester', comment: 'cut' });
    expect(decision.at).toBeTruthy();
    expect(decision.before.totals.payable).toBe(CLAIMED_TOTAL);
    expect(decision.after.totals.payable).toBe(CLAIMED_TOTAL - CLAIMED.bolts);
    expect(decision.after.lines.find((l: any) => l.ref === FIXTURE.parts.bolt)).toMatchObject({ decision: 'reject', reasonCode: 'NOT_REQUIRED', payable: 0 });
    expect(events.find((e: any) => e.type === 'request_info').comment).toBe('Q?');
    expect(events.find((e: any) => e.type === 'answer').comment).toBe('A.');

    // The staff view shows the full trail; the dealer's the visible part without names.
    const staffView = await reviewer.get(`/claims/${claim.number}`);
    expect(staffView.body.timeline).toHaveLength(events.length);
    expect(staffView.body.timeline.find((e: any) => e.event === 'approve_partially')).toMatchObject({ by: 'Technical reviewer Tester', before: expect.any(Object), after: expect.any(Object) });
    const dealerView = await east.get(`/claims/${claim.number}`);
    expect(dealerView.body.timeline.every((e: any) => e.by === undefined && e.before === undefined)).toBe(true);
  });

  it('cannot be changed or deleted from code, the content API or the content manager', async () => {
    const claim = await claimInReview(east);
    const events = await eventsOf(claim.number);
    const event = events[0];

    await expect(strapi.db.query(EVENT_UID).update({ where: { id: event.id }, data: { comment: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(strapi.db.query(EVENT_UID).delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(strapi.db.query(EVENT_UID).deleteMany({ where: { claimNumber: claim.number } })).rejects.toThrow(/append-only/);
    await expect(strapi.documents(EVENT_UID as any).update({ documentId: event.documentId, data: { comment: 'forged' } as any })).rejects.toThrow();
    await expect(strapi.documents(EVENT_UID as any).delete({ documentId: event.documentId })).rejects.toThrow();

    const token = (await strapi.service('admin::api-token').create({ name: 'audit-probe', type: 'full-access', lifespan: null, description: 'test' })).accessKey;
    for (const path of ['/api/claim-events', `/api/claim-events/${event.documentId}`, `/api/claim-review/claim-events/${event.documentId}`]) {
      const put = await request(httpServer()).put(path).set('Authorization', `Bearer ${token}`).send({ data: { comment: 'forged' } });
      const del = await request(httpServer()).delete(path).set('Authorization', `Bearer ${token}`);
      expect([put.status, del.status].every((s) => s >= 400 && s < 500)).toBe(true);
    }

    const cm = `/content-manager/collection-types/${EVENT_UID}`;
    const auth = (req: request.Test) => req.set('Authorization', `Bearer ${superAdminJwt}`);
    const attempts = [
      await auth(request(httpServer()).put(`${cm}/${event.documentId}`)).send({ comment: 'forged' }),
      await auth(request(httpServer()).delete(`${cm}/${event.documentId}`)),
      await auth(request(httpServer()).post(`${cm}/actions/bulkDelete`)).send({ documentIds: [event.documentId] }),
    ];
    // Refused by the content manager itself (the type is not exposed), not by a crash.
    for (const res of attempts) expect([403, 404, 405]).toContain(res.status);

    const after = await eventsOf(claim.number);
    expect(after).toHaveLength(events.length);
    expect(after[0].comment).toBe(event.comment);
  });
});
