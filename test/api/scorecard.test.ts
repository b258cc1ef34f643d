/**
 * Dealer scorecards over HTTP (issue #17): low-risk claims of a top-grade dealer approved by
 * the system only when every condition holds, each failing rule visible to the reviewer; a
 * bottom-grade dealer always reviewed; the spot-check draw, a failed check taking the
 * approval back and flagging the dealer, a claim in a settlement refusing it; the grade set
 * with a reason and audited; the scorecard for staff and, its own only, for the dealer.
 */
import type { Core } from '@strapi/strapi';
import { stopStrapi } from '../helpers/strapi';
import { createDealerUser, dealerLogin } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { dealerApi, goodClaim } from '../helpers/dealer-api';
import { daysAgo, today } from '../helpers/dates';
import type { DealerApi, StaffApi } from '../helpers/staff-api';

const CONFIG = 'plugin::claim-review';
const THRESHOLD = 10_000; // ¥100.00

let strapi: Core.Strapi;
let east: DealerApi;
let west: DealerApi;
let bottom: DealerApi;
let reviewer: StaffApi;
let finance: StaffApi;
let coordinator: StaffApi;
let modelId: string;
const dealerIds: Record<string, string> = {};
let serialNo = 0;

/** A unit of its own for each claim: the same unit and part twice would be a DUPLICATE_CLAIM finding. */
async function freshUnit(dealer: 'east' | 'west' | 'bottom'): Promise<string> {
  serialNo += 1;
  const serial = `LSBSC${String(serialNo).padStart(5, '0')}`;
  await strapi.documents('api::unit.unit').create({
    data: { serial, model: modelId, dealer: dealerIds[dealer], buildDate: daysAgo(200), saleDate: daysAgo(10), registrationDate: daysAgo(8) } as any,
  });
  return serial;
}

/** Brake pad and half an hour: 3,000 + 2,500 fen at tier 2, no finding, no part to return. */
const lowRisk = (serial: string, overrides: Record<string, unknown> = {}) =>
  goodClaim({
    serial,
    fault: { component: 'brake', description: '刹车片磨损 / Brake pads worn' },
    parts: [{ partNumber: FIXTURE.parts.pad, qty: 1, causal: true }],
    labour: [{ operation: FIXTURE.operations.brake, hours: 0.5 }],
    travel: undefined,
    ...overrides,
  });

async function submit(api: DealerApi, body: Record<string, unknown>) {
  const res = await api.post('/claims', { ...body, submit: true });
  expect(res.status).toBe(201);
  return res.body as { number: string; status: string; version: number; totals: { payable: number }; timeline: Array<{ event: string }> };
}

const staffClaim = async (number: string) => (await reviewer.get(`/claims/${number}`)).body;
const eventOf = (claim: any, type: string) => claim.timeline.find((e: any) => e.event === type);

async function setThreshold(fen: number | null) {
  const policy = await strapi.db.query('api::warranty-policy.warranty-policy').findOne({ where: { code: 'TEST-TRI' } });
  await strapi.db.query('api::warranty-policy.warranty-policy').update({ where: { id: policy.id }, data: { autoApproveUnderFen: fen } });
}

const spotChecks = async (status = 'all') => (await reviewer.get(`/spot-checks?status=${status}&pageSize=100`)).body.data as any[];

beforeAll(async () => {
  const world = await fixtureWorld(['Technical reviewer', 'Finance', 'Service coordinator']);
  ({ strapi, east, west } = world);
  reviewer = world.staff['Technical reviewer'];
  finance = world.staff.Finance;
  coordinator = world.staff['Service coordinator'];
  // The dealer-spike hint counts claims against sales: this file files many claims on few units.
  strapi.config.set(`${CONFIG}.quality`, { anomalies: { dealerSpike: { minCount: 10_000 } } });
  strapi.config.set(`${CONFIG}.scorecard`, { spotCheckShareBp: 10_000, spotCheckSeed: 'test-seed', flagDays: 180 });
  modelId = (await strapi.db.query('api::product-model.product-model').findOne({ where: { code: FIXTURE.model } })).documentId;
  for (const key of ['east', 'west'] as const) {
    dealerIds[key] = (await strapi.db.query('api::dealer.dealer').findOne({ where: { code: FIXTURE.dealers[key] } })).documentId;
  }
  const low = await strapi.documents('api::dealer.dealer').create({ data: { code: 'D-LOW', name: '降级测试经销商', region: '华中', tier: 2, creditGrade: 'D', suspended: false } as any });
  dealerIds.bottom = low.documentId;
  await createDealerUser(strapi, 'low-user', low.documentId);
  bottom = dealerApi(await dealerLogin('low-user'));
  // A cheap part that must come back to the factory.
  const sensor = await strapi.documents('api::part.part').create({
    data: { number: 'P-SENSOR', name: '刹车传感器', nameEn: 'Brake sensor', category: 'standard', component: 'brake', mustReturn: true, vatRate: 1300 } as any,
  });
  await strapi.documents('api::part-price.part-price').create({ data: { part: sensor.documentId, effectiveFrom: '2026-01-01', dealerPrice: 1000, guidePrice: 1500 } as any });
});
afterAll(stopStrapi);

describe('low-risk automatic approval', () => {
  it('is off while the policy names no amount: the claim waits for a reviewer and nothing is recorded', async () => {
    const claim = await submit(east, lowRisk(await freshUnit('east')));
    expect(claim.status).toBe('in_review');
    const staff = await staffClaim(claim.number);
    expect(staff.timeline.map((e: any) => e.event)).toEqual(['created', 'submit', 'accept_precheck']);
  });

  const approved: string[] = [];

  it('approves a grade-A claim under the amount with no finding, flag or part to return, by the system, naming the rule', async () => {
    await setThreshold(THRESHOLD);
    for (let i = 0; i < 3; i += 1) {
      const claim = await submit(east, lowRisk(await freshUnit('east')));
      expect(claim.totals.payable).toBe(5500);
      // The dealer's answer is the approved claim (nothing owed back: ready to settle), without the rule's details.
      expect(claim.status).toBe('ready_to_settle');
      expect(claim.timeline.map((e) => e.event)).toEqual(['created', 'submit', 'accept_precheck', 'approve', 'nothing_to_return']);
      approved.push(claim.number);
    }
    const staff = await staffClaim(approved[0]);
    const rule = eventOf(staff, 'auto_approved');
    expect(rule).toMatchObject({ actor: 'system', by: 'auto-approve', comment: 'LOW_RISK_AUTO_APPROVE', dealerVisible: false });
    expect(rule.after).toMatchObject({ rule: 'LOW_RISK_AUTO_APPROVE', thresholdFen: THRESHOLD, payableFen: 5500, grade: 'A', reasons: [] });
    expect(eventOf(staff, 'approve')).toMatchObject({ actor: 'system', by: 'auto-approve', from: 'in_review', to: 'approved' });
  });

  it('draws every auto-approved claim into the spot-check list at a share of 100 %', async () => {
    const pending = await spotChecks('pending');
    expect(pending.map((c) => c.claimNumber).sort()).toEqual([...approved].sort());
    expect(pending[0]).toMatchObject({ status: 'pending', shareBp: 10_000, dealer: { code: FIXTURE.dealers.east }, payable: 5500, reviewer: null });
  });

  it('draws none at a share of 0', async () => {
    strapi.config.set(`${CONFIG}.scorecard.spotCheckShareBp`, 0);
    const claim = await submit(east, lowRisk(await freshUnit('east')));
    expect(claim.status).toBe('ready_to_settle');
    expect((await spotChecks()).some((c) => c.claimNumber === claim.number)).toBe(false);
    strapi.config.set(`${CONFIG}.scorecard.spotCheckShareBp`, 10_000);
  });

  it.each([
    ['GRADE_NOT_TOP', async () => submit(west, lowRisk(await freshUnit('west')))],
    ['AMOUNT_NOT_UNDER_THRESHOLD', async () => submit(east, lowRisk(await freshUnit('east'), { parts: [{ partNumber: FIXTURE.parts.pad, qty: 3, causal: true }] }))],
    ['HAS_FINDINGS', async () => submit(east, lowRisk(await freshUnit('east'), { labour: [{ operation: FIXTURE.operations.brake, hours: 1 }] }))],
    ['PART_MUST_RETURN', async () => submit(east, lowRisk(await freshUnit('east'), { parts: [{ partNumber: 'P-SENSOR', qty: 1, causal: true }] }))],
    ['BOTTOM_GRADE_ALWAYS_REVIEWED', async () => submit(bottom, lowRisk(await freshUnit('bottom')))],
  ])('leaves a claim to the reviewer when %s, and says why', async (rule, file) => {
    const claim = await file();
    expect(claim.status).toBe('in_review');
    const staff = await staffClaim(claim.number);
    expect(eventOf(staff, 'approve')).toBeUndefined();
    expect(eventOf(staff, 'auto_approve_declined')).toMatchObject({ actor: 'system', dealerVisible: false, after: { rule, thresholdFen: THRESHOLD } });
    expect(eventOf(staff, 'auto_approve_declined').after.reasons[0]).toBe(rule);
    expect(claim.timeline.map((e) => e.event)).not.toContain('auto_approve_declined');
  });

  it('reviews every claim of a bottom-grade dealer whatever the amount', async () => {
    await setThreshold(100_000_000);
    const claim = await submit(bottom, lowRisk(await freshUnit('bottom')));
    expect(claim.status).toBe('in_review');
    expect(eventOf(await staffClaim(claim.number), 'auto_approve_declined').after.rule).toBe('BOTTOM_GRADE_ALWAYS_REVIEWED');
    await setThreshold(THRESHOLD);
  });

  describe('spot checks', () => {
    it('are for reviewers: a failure needs a note (400 field), an unknown id is 404, finance may not decide', async () => {
      const [check] = await spotChecks('pending');
      const noNote = await reviewer.post(`/spot-checks/${check.id}/decision`, { result: 'failed' });
      expect(noNote.status).toBe(400);
      expect(noNote.body.error.details.fields).toEqual({ note: 'required' });
      expect((await reviewer.post('/spot-checks/999999/decision', { result: 'passed' })).status).toBe(404);
      expect((await finance.post(`/spot-checks/${check.id}/decision`, { result: 'passed' })).status).toBe(403);
      expect((await finance.get('/spot-checks')).status).toBe(403);
    });

    it('a pass leaves the approval standing; a second decision is 409 SPOT_CHECK_DECIDED', async () => {
      const check = (await spotChecks('pending')).find((c) => c.claimNumber === approved[2])!;
      const passed = await reviewer.post(`/spot-checks/${check.id}/decision`, { result: 'passed', note: '现场核实无误' });
      expect(passed.status).toBe(200);
      expect(passed.body).toMatchObject({ status: 'passed', reviewer: 'Technical reviewer Tester', claimStatus: 'ready_to_settle' });
      const again = await reviewer.post(`/spot-checks/${check.id}/decision`, { result: 'failed', note: '改判' });
      expect(again.status).toBe(409);
      expect(again.body.error.details.reason).toBe('SPOT_CHECK_DECIDED');
      expect(eventOf(await staffClaim(approved[2]), 'spot_check_passed')).toMatchObject({ comment: '现场核实无误' });
    });

    it('a failure takes the approval back into the review queue and flags the dealer', async () => {
      const check = (await spotChecks('pending')).find((c) => c.claimNumber === approved[0])!;
      const failed = await reviewer.post(`/spot-checks/${check.id}/decision`, { result: 'failed', note: '维修记录与现场不符，疑似虚报' });
      expect(failed.status).toBe(200);
      expect(failed.body).toMatchObject({ status: 'failed', claimStatus: 'in_review', note: '维修记录与现场不符，疑似虚报' });
      const staff = await staffClaim(approved[0]);
      expect(staff.status).toBe('in_review');
      expect(staff.lines.every((l: any) => l.decision === undefined)).toBe(true);
      expect(eventOf(staff, 'spot_check_failed')).toMatchObject({ actor: 'reviewer', from: 'ready_to_settle', to: 'in_review', comment: '维修记录与现场不符，疑似虚报' });
      expect(staff.allowedDecisions).toContain('approve');
      const queue = (await reviewer.get(`/claims?dealer=${FIXTURE.dealers.east}&pageSize=100`)).body.data.map((c: any) => c.number);
      expect(queue).toContain(approved[0]);
      // The dealer sees its claim back in review, with the reviewer's note.
      expect((await east.get(`/claims/${approved[0]}`)).body.status).toBe('in_review');

      const card = (await reviewer.get(`/scorecards/${FIXTURE.dealers.east}`)).body;
      expect(card.flagged).toBe(true);
      expect(card.spotChecks).toMatchObject({ failed: 1, passed: 1 });
    });

    it('the flagged dealer’s next low-risk claim carries the flag and is reviewed (HAS_ANOMALY_FLAGS)', async () => {
      const claim = await submit(east, lowRisk(await freshUnit('east')));
      expect(claim.status).toBe('in_review');
      const flags = (await reviewer.get(`/claims/${claim.number}/anomalies`)).body.flags;
      expect(flags).toEqual([expect.objectContaining({ code: 'DEALER_SPOT_CHECK_FAILED', relatedClaims: [approved[0]] })]);
      expect(eventOf(await staffClaim(claim.number), 'auto_approve_declined').after.rule).toBe('HAS_ANOMALY_FLAGS');
    });

    it('a claim already in a settlement cannot be reversed: 409 CLAIM_IN_SETTLEMENT, and nothing changes', async () => {
      const draft = await finance.post('/settlements', { dealer: FIXTURE.dealers.east, periodStart: daysAgo(7), periodEnd: today() });
      expect(draft.status).toBe(201);
      expect(draft.body.lines.map((l: any) => l.claimNumber)).toContain(approved[1]);
      const check = (await spotChecks('pending')).find((c) => c.claimNumber === approved[1])!;
      const res = await reviewer.post(`/spot-checks/${check.id}/decision`, { result: 'failed', note: '抽查不合格' });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'CLAIM_IN_SETTLEMENT' } });
      expect(res.body.error.message.zh).toContain('核销');
      expect((await staffClaim(approved[1])).status).toBe('ready_to_settle');
      expect((await spotChecks('pending')).map((c) => c.claimNumber)).toContain(approved[1]);
    });
  });
});

describe('the dealer grade', () => {
  it('is set by staff holding dealers.grade, with a reason; bad input is a field-level 400 that changes nothing', async () => {
    const bad = await coordinator.post(`/dealers/${FIXTURE.dealers.west}/grade`, { grade: 'E', reason: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(bad.body.error.details.fields).sort()).toEqual(['grade', 'reason']);
    const noReason = await coordinator.post(`/dealers/${FIXTURE.dealers.west}/grade`, { grade: 'C' });
    expect(noReason.body.error.details.fields).toEqual({ reason: 'required' });
    expect((await reviewer.post(`/dealers/${FIXTURE.dealers.west}/grade`, { grade: 'C', reason: 'x' })).status).toBe(403);
    expect((await coordinator.post('/dealers/D-NOBODY/grade', { grade: 'C', reason: 'x' })).status).toBe(404);
    expect((await strapi.db.query('api::dealer.dealer').findOne({ where: { code: FIXTURE.dealers.west } })).creditGrade).toBe('B');
  });

  it('a downgrade is audited (from, to, reason, who, when) and shows on both scorecards', async () => {
    const res = await coordinator.post(`/dealers/${FIXTURE.dealers.west}/grade`, { grade: 'D', reason: '抽查发现虚报三包索赔，降级' });
    expect(res.status).toBe(200);
    expect(res.body.history[0]).toMatchObject({ from: 'B', to: 'D', reason: '抽查发现虚报三包索赔，降级', by: 'Service coordinator Tester' });
    expect((await strapi.db.query('api::dealer.dealer').findOne({ where: { code: FIXTURE.dealers.west } })).creditGrade).toBe('D');
    const same = await coordinator.post(`/dealers/${FIXTURE.dealers.west}/grade`, { grade: 'D', reason: '再次' });
    expect(same.status).toBe(409);
    expect(same.body.error.details.reason).toBe('GRADE_UNCHANGED');

    const staffCard = (await reviewer.get(`/scorecards/${FIXTURE.dealers.west}`)).body;
    expect(staffCard.dealer.grade).toBe('D');
    expect(staffCard.gradeHistory).toHaveLength(1);
    const own = await west.get('/scorecard');
    expect(own.status).toBe(200);
    expect(own.body.dealer).toMatchObject({ code: FIXTURE.dealers.west, grade: 'D' });
    expect(own.body.gradeHistory).toEqual([{ from: 'B', to: 'D', reason: '抽查发现虚报三包索赔，降级', at: expect.any(String) }]);
  });
});

describe('the scorecard', () => {
  it('counts the dealer’s claims: approvals, cuts, automatic approvals, spot checks', async () => {
    // One partial approval by a reviewer: a cut line makes it an adjustment.
    const claim = await submit(west, lowRisk(await freshUnit('west')));
    const staff = await staffClaim(claim.number);
    const labour = staff.lines.find((l: any) => l.kind === 'labour');
    const cut = await reviewer.decide(staff, { decision: 'partial', lines: [{ id: labour.id, action: 'reject', reasonCode: 'NOT_REQUIRED' }], comment: '工时不予认定' });
    expect(cut.status).toBe(200);

    const card = (await reviewer.get(`/scorecards/${FIXTURE.dealers.west}`)).body;
    expect(card.claims).toMatchObject({ decided: 1, approved: 0, partiallyApproved: 1, rejected: 0, autoApproved: 0 });
    expect(card.approvalRate).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(card.adjustmentRate).toEqual({ numerator: 1, denominator: 1, rate: 1 });

    const eastCard = (await reviewer.get(`/scorecards/${FIXTURE.dealers.east}`)).body;
    // Four approved by the system (one taken back by its spot check: three approvals stand).
    expect(eastCard.claims.autoApproved).toBe(4);
    expect(eastCard.claims.approved).toBe(3);
    expect(eastCard.adjustmentRate.numerator).toBe(0);
    expect(eastCard.anomalyFlags.byCode.DEALER_SPOT_CHECK_FAILED).toBeGreaterThan(0);
    // The desk's side of the card: the service KPIs and complaints of the dealer (none filed in this file).
    expect(eastCard.service.figures.follow_up_rate).toMatchObject({ kpi: 'follow_up_rate', numerator: 0, denominator: 0, rate: null });
    expect(eastCard.complaints).toMatchObject({ received: 0, open: 0 });
  });

  it('lists every dealer with its grade and headline figures', async () => {
    const list = (await finance.get('/scorecards?pageSize=100')).body;
    const codes = list.data.map((r: any) => r.dealer.code);
    expect(codes).toEqual([...codes].sort());
    expect(list.data.find((r: any) => r.dealer.code === FIXTURE.dealers.east)).toMatchObject({ flagged: true, spotChecksFailed: 1, dealer: { grade: 'A' } });
    expect(list.data.find((r: any) => r.dealer.code === 'D-LOW').dealer.grade).toBe('D');
    const onlyD = (await finance.get('/scorecards?grade=D')).body.data.map((r: any) => r.dealer.code);
    expect(onlyD.sort()).toEqual(['D-LOW', FIXTURE.dealers.suspended, FIXTURE.dealers.west].sort());
    expect((await finance.get('/scorecards?grade=Z')).status).toBe(400);
    expect((await finance.get('/scorecards/D-NOBODY')).status).toBe(404);
  });

  it('is the caller’s own for a dealer: no parameter names another dealer', async () => {
    const own = await east.get(`/scorecard?dealer=${FIXTURE.dealers.west}&code=${FIXTURE.dealers.west}`);
    expect(own.status).toBe(200);
    expect(own.body.dealer.code).toBe(FIXTURE.dealers.east);
    expect(JSON.stringify(own.body)).not.toContain(FIXTURE.dealers.west);
    expect(own.body.gradeHistory).toEqual([]);
  });
});
