/**
 * Concurrency: requests that race for the same thing. One Idempotency-Key makes one
 * claim however many copies arrive together; different keys get gap-free numbers;
 * two settlement drafts never share a claim; two reviewers, two editors, two issues,
 * two shipments of one part: one wins, the others get 409. The database is
 * consistent afterwards.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { createDealerUser, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { goodClaim } from '../helpers/dealer-api';
import { daysAgo, today } from '../helpers/dates';
import { makeReadyToSettle } from '../helpers/claim-states';
import { dealerClient, errorShapeProblem, staffClient, type Api } from './lib/clients';
import { consistencyProblems } from './lib/db';
import { dealerToken } from './lib/world';

let strapi: Core.Strapi;
let east: Api;
let reviewer: Api;
let admin: Api;
let finance: Api;
let financeToo: Api;
let coordinator: Api;
let eastToo: Api;

const CLAIM = 'plugin::claim-review.claim';
const N = 50;
const claimCount = () => strapi.db.query(CLAIM).count();
const sequenceOf = (number: string) => Number(number.split('-')[2]);

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  east = dealerClient(await dealerToken(strapi, FIXTURE.users.east));
  reviewer = staffClient(await staffLogin(strapi, 'Technical reviewer'));
  admin = staffClient(await staffLogin(strapi, 'Super Admin'));
  finance = staffClient(await staffLogin(strapi, 'Finance'));
  financeToo = admin;
  coordinator = staffClient(await staffLogin(strapi, 'Service coordinator'));
  // A second portal user of the east dealer (two technicians of one station).
  const dealer = await strapi.db.query('api::dealer.dealer').findOne({ where: { code: FIXTURE.dealers.east } });
  await createDealerUser(strapi, 'east-second-user', dealer.documentId);
  eastToo = dealerClient(await dealerToken(strapi, 'east-second-user'));
});
afterAll(stopStrapi);

async function submitted(): Promise<{ number: string; version: number }> {
  const res = await east.post('/claims', { ...goodClaim(), submit: true });
  expect(res.status).toBe(201);
  return { number: res.body.number, version: res.body.version };
}

const statuses = (answers: Array<{ status: number }>) => answers.map((a) => a.status).sort();

describe('claims', () => {
  it(`makes one claim of ${N} parallel submits with one Idempotency-Key`, async () => {
    const before = await claimCount();
    const answers = await Promise.all(Array.from({ length: N }, () => east.post('/claims', { ...goodClaim(), submit: true }).set('Idempotency-Key', 'one-key-50')));
    expect(new Set(statuses(answers))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => a.body.number)).size).toBe(1);
    expect(await claimCount()).toBe(before + 1);
  });

  it(`numbers ${N} parallel submits with different keys without a gap or a repeat`, async () => {
    const before = await claimCount();
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => east.post('/claims', { ...goodClaim(), submit: true }).set('Idempotency-Key', `many-keys-${i}`)));
    expect(new Set(statuses(answers))).toEqual(new Set([201]));
    const numbers = answers.map((a) => sequenceOf(a.body.number)).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(N);
    expect(numbers[N - 1] - numbers[0]).toBe(N - 1);
    expect(await claimCount()).toBe(before + N);
  });

  it('lets one of ten parallel edits of a draft at one version through; the others get 409', async () => {
    const draft = (await east.post('/claims', goodClaim())).body;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      east.put(`/claims/${draft.number}`, goodClaim({ travel: { km: 10 + i } })).set('If-Match', String(draft.version))));
    expect(statuses(answers)).toEqual([200, ...Array(9).fill(409)]);
    answers.filter((a) => a.status === 409).forEach((a) => expect(errorShapeProblem(a)).toBeNull());
    const now = (await east.get(`/claims/${draft.number}`)).body;
    expect(now.version).toBe(draft.version + 1);
  });
});

describe('review', () => {
  it('lets exactly one of two reviewers decide a claim; the other gets 409, five times over', async () => {
    for (let i = 0; i < 5; i++) {
      const claim = await submitted();
      const [a, b] = await Promise.all([
        reviewer.post(`/claims/${claim.number}/decision`, { decision: 'approve', comment: '' }).set('If-Match', String(claim.version)),
        admin.post(`/claims/${claim.number}/decision`, { decision: 'reject', comment: '不属三包 / Not covered' }).set('If-Match', String(claim.version)),
      ]);
      expect(statuses([a, b])).toEqual([200, 409]);
      expect(errorShapeProblem([a, b].find((x) => x.status === 409)!)).toBeNull();
      const winner = [a, b].find((x) => x.status === 200)!;
      const staffView = (await reviewer.get(`/claims/${claim.number}`)).body;
      expect(staffView.status).toBe(winner.body.status);
      expect(staffView.version).toBe(winner.body.version);
    }
  });

  it('lets one of two dealers\' shipments take a returned part; the other gets 409', async () => {
    const claim = await submitted();
    const approved = await reviewer.post(`/claims/${claim.number}/decision`, { decision: 'approve', comment: '' }).set('If-Match', String(claim.version));
    expect(approved.body.status).toBe('awaiting_parts');
    const ship = (n: number) => east.post('/shipments', { carrier: '顺丰速运', trackingNumber: `SF-RACE-${n}`, parts: [{ claimNumber: claim.number, partNumber: FIXTURE.parts.motor, qty: 1 }] });
    const answers = await Promise.all([ship(1), ship(2), ship(3)]);
    expect(statuses(answers)).toEqual([201, 409, 409]);
    expect(await strapi.db.query('plugin::claim-review.returned-part').count({ where: { claimNumber: claim.number } })).toBe(1);
  });
});

describe('settlements', () => {
  const period = { dealer: FIXTURE.dealers.east, periodStart: daysAgo(7), periodEnd: today() };

  async function readyClaims(n: number): Promise<string[]> {
    const numbers: string[] = [];
    for (let i = 0; i < n; i++) {
      const claim = await submitted();
      await makeReadyToSettle(strapi, claim.number);
      numbers.push(claim.number);
    }
    return numbers;
  }

  const settlementsOf = async (claimNumber: string) =>
    strapi.db.query('plugin::claim-review.settlement-line').count({ where: { claimNumber, kind: 'claim' } });

  it('puts each claim in exactly one of two concurrent drafts, three times over', async () => {
    for (let round = 0; round < 3; round++) {
      const claims = await readyClaims(4);
      const answers = await Promise.all([finance.post('/settlements', period), financeToo.post('/settlements', period)]);
      expect(answers.map((a) => a.status)).toContain(201);
      answers.forEach((a) => expect([201, 409]).toContain(a.status));
      answers.filter((a) => a.status === 409).forEach((a) => expect(errorShapeProblem(a)).toBeNull());
      const inDrafts = answers.filter((a) => a.status === 201).flatMap((a) => a.body.lines.map((l: any) => l.claimNumber));
      expect(inDrafts.sort()).toEqual([...claims].sort());
      for (const number of claims) expect(await settlementsOf(number)).toBe(1);
      // Issued, so the next round starts with nothing left to settle.
      for (const a of answers.filter((x) => x.status === 201)) expect((await finance.post(`/settlements/${a.body.number}/issue`)).status).toBe(200);
    }
  });

  it('issues a draft once when two issue it at the same time; the other gets 409', async () => {
    await readyClaims(2);
    const draft = (await finance.post('/settlements', period)).body;
    const answers = await Promise.all([finance.post(`/settlements/${draft.number}/issue`), financeToo.post(`/settlements/${draft.number}/issue`)]);
    expect(statuses(answers)).toEqual([200, 409]);
    const issued = await strapi.db.query('plugin::claim-review.settlement').findMany({ where: { draftNumber: draft.number } });
    expect(issued).toHaveLength(1);
    expect(issued[0].status).toBe('issued');
  });

  it('never lets a correction or a delete slip into a draft being issued', async () => {
    const [claim] = await readyClaims(1);
    const draft = (await finance.post('/settlements', period)).body;
    const settledClaim = (await strapi.db.query(CLAIM).findOne({ where: { status: 'settled', dealerCode: FIXTURE.dealers.east } })).number;
    const answers = await Promise.all([
      finance.post(`/settlements/${draft.number}/issue`),
      financeToo.post(`/settlements/${draft.number}/adjustments`, { claimNumber: settledClaim, amount: -100, reason: '更正 / Correction' }),
      financeToo.delete(`/settlements/${draft.number}`),
    ]);
    answers.forEach((a) => expect([200, 201, 204, 404, 409]).toContain(a.status));
    const row = await strapi.db.query('plugin::claim-review.settlement').findOne({ where: { draftNumber: draft.number }, populate: { lines: true } });
    if (row) {
      expect(row.total).toBe(row.lines.reduce((s: number, l: any) => s + l.amount, 0));
      const claimRow = await strapi.db.query(CLAIM).findOne({ where: { number: claim } });
      expect(claimRow.status).toBe(row.status === 'draft' ? 'ready_to_settle' : 'settled');
    } else {
      expect((await strapi.db.query(CLAIM).findOne({ where: { number: claim } })).status).toBe('ready_to_settle');
    }
  });
});

describe('service desk', () => {
  const call = () => ({
    channel: 'phone',
    caller: { name: '并发客户', phone: '13700001234', address: { region: '华东', line: '并发路 1 号' } },
    unit: { serial: FIXTURE.serials.registered },
    symptom: '无法启动',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
  });
  const dispatchedOrder = async () => {
    const sr = await coordinator.post('/service/requests', call());
    const triaged = await coordinator.post(`/service/requests/${sr.body.number}/triage`, { outcome: 'dispatch', dealer: FIXTURE.dealers.east });
    return { request: sr.body.number as string, workOrder: triaged.body.workOrders[0].number as string };
  };

  it(`numbers ${N / 5} parallel intakes SR-… without a gap or a repeat`, async () => {
    const answers = await Promise.all(Array.from({ length: N / 5 }, () => coordinator.post('/service/requests', call())));
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const seq = answers.map((a) => sequenceOf(a.body.number)).sort((a, b) => a - b);
    expect(new Set(seq).size).toBe(seq.length);
    expect(seq[seq.length - 1] - seq[0]).toBe(seq.length - 1);
  });

  it('lets one of two users of one dealer accept a work order, the other gets 409, five times over', async () => {
    for (let i = 0; i < 5; i++) {
      const { workOrder } = await dispatchedOrder();
      const answers = await Promise.all([east.post(`/work-orders/${workOrder}/accept`), eastToo.post(`/work-orders/${workOrder}/accept`)]);
      expect(statuses(answers)).toEqual([200, 409]);
      expect(errorShapeProblem(answers.find((a) => a.status === 409)!)).toBeNull();
      expect(await strapi.db.query('plugin::claim-review.service-event').count({ where: { workOrderNumber: workOrder, event: 'accept' } })).toBe(1);
    }
  });

  it('lets an accept and a decline race: exactly one of them moves the order', async () => {
    const { workOrder } = await dispatchedOrder();
    const answers = await Promise.all([east.post(`/work-orders/${workOrder}/accept`), eastToo.post(`/work-orders/${workOrder}/decline`, { reason: '车辆外出' })]);
    expect(statuses(answers)).toEqual([200, 409]);
    const row = await strapi.db.query('plugin::claim-review.work-order').findOne({ where: { number: workOrder } });
    expect(row.version).toBe(2);
  });

  it('files one claim when "file warranty claim" is pressed twice at once', async () => {
    const { workOrder } = await dispatchedOrder();
    await east.post(`/work-orders/${workOrder}/accept`);
    await east.post(`/work-orders/${workOrder}/arrival`, { at: new Date().toISOString() });
    const signature = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const receipt = await east.post(`/work-orders/${workOrder}/receipt`, {
      faultComponent: 'motor', faultFound: '电机损坏', workDone: '更换电机', coverage: 'in_warranty', completedAt: new Date().toISOString(),
      parts: [{ partNumber: FIXTURE.parts.motor, qtyIssued: 1, qtyUsed: 1, correct: true }], labour: [{ operation: FIXTURE.operations.motor, hours: 1.5 }],
      acceptance: { name: '张三', signature }, satisfaction: 5,
    });
    expect(receipt.status).toBe(200);
    const before = await claimCount();
    const answers = await Promise.all([east.post(`/work-orders/${workOrder}/claim`), eastToo.post(`/work-orders/${workOrder}/claim`)]);
    expect(answers.every((a) => [200, 201, 409].includes(a.status))).toBe(true);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(await claimCount()).toBe(before + 1);
  });
});

it('leaves the database consistent: lines, totals, audit trail, numbers, settlements', async () => {
  const { problems, checked } = await consistencyProblems(strapi);
  expect(problems).toEqual([]);
  expect(checked.claims).toBeGreaterThan(N);
});
