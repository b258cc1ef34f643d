/**
 * Complaints (投诉, issue #17) through HTTP: recorded by the coordinator who takes the
 * call and owned by them to the end (首问负责制), the responsible departments told in
 * writing (an in-app notice their staff read, and an e-mail read back here from a real
 * SMTP server), resolved with documents, confirmed with the customer, closed and archived.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startMailCatcher, type Mail, type MailCatcher } from '../helpers/mail-catcher';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { PASSWORD, staffLogin } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { staffApi, type DealerApi, type StaffApi } from '../helpers/staff-api';
import { SIGNATURE, complaintBody, completed, nowIso, registered } from '../helpers/service-desk';
import { addDaysIso } from '../../plugins/claim-review/shared';

jest.setTimeout(5 * 60_000);

/** What the app mailed, read back from a real SMTP server on a local port. */
let mails: Mail[];
let smtp: MailCatcher;
let strapi: Core.Strapi;
let east: DealerApi;
let west: DealerApi;
let coordinator: StaffApi;
let colleague: StaffApi;
let reviewer: StaffApi;
let finance: StaffApi;

const PNG = Buffer.from(SIGNATURE.split(',')[1], 'base64');

/** A second member of the service desk: same role, not the receiver. */
async function secondCoordinator(): Promise<StaffApi> {
  const role = await strapi.db.query('admin::role').findOne({ where: { name: 'Service coordinator' } });
  await strapi.service('admin::user').create({
    email: 'coordinator-2@example.test', firstname: '王', lastname: '同事', isActive: true, roles: [role.id], password: PASSWORD, registrationToken: null,
  });
  const res = await request(httpServer()).post('/admin/login').send({ email: 'coordinator-2@example.test', password: PASSWORD });
  const api = staffApi(res.body.data.token);
  tokens.set(api, res.body.data.token);
  return api;
}

beforeAll(async () => {
  smtp = await startMailCatcher();
  mails = smtp.mails;
  await startStrapi({
    env: {
      SANBAO_SMTP_HOST: '127.0.0.1',
      SANBAO_SMTP_PORT: String(smtp.port),
      SANBAO_SMTP_FROM: 'service@sanbao.test',
      SANBAO_COMPLAINT_EMAILS_TECHNICAL: 'tech@sanbao.test',
      SANBAO_COMPLAINT_EMAILS_QUALITY: 'quality@sanbao.test,qa-lead@sanbao.test',
      SANBAO_COMPLAINT_EMAILS_FINANCE: '',
    },
  });
  let staff: Record<'Service coordinator' | 'Technical reviewer' | 'Finance', StaffApi>;
  ({ strapi, east, west, staff } = await fixtureWorld(['Service coordinator', 'Technical reviewer', 'Finance']));
  coordinator = staff['Service coordinator'];
  reviewer = staff['Technical reviewer'];
  finance = staff.Finance;
  colleague = await secondCoordinator();
  // The same user signed in again: a token for uploads.
  const token = await staffLogin(strapi, 'Service coordinator');
  coordinator = staffApi(token);
  tokens.set(coordinator, token);
});

afterAll(async () => {
  await stopStrapi();
  await smtp.close();
  for (const key of ['SANBAO_SMTP_HOST', 'SANBAO_SMTP_PORT', 'SANBAO_SMTP_FROM', 'SANBAO_COMPLAINT_EMAILS_TECHNICAL', 'SANBAO_COMPLAINT_EMAILS_QUALITY', 'SANBAO_COMPLAINT_EMAILS_FINANCE']) {
    delete process.env[key];
  }
});

async function received(by: StaffApi = coordinator, overrides: Record<string, unknown> = {}) {
  const res = await by.post('/service/complaints', complaintBody(overrides));
  if (res.status !== 201) throw new Error(`complaint: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { number: string; version: number; status: string };
}

async function inProgress(by: StaffApi = coordinator, overrides: Record<string, unknown> = {}) {
  const c = await received(by, overrides);
  const res = await by.post(`/service/complaints/${c.number}/notices`, { departments: ['finance'] });
  if (res.status !== 200) throw new Error(`notify: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Each staff client's token, for the multipart upload the JSON client does not send. */
const tokens = new Map<StaffApi, string>();
const upload = (by: StaffApi, number: string, name = 'reply.png') =>
  request(httpServer()).post(`/claim-review/service/complaints/${number}/documents`).set('Authorization', `Bearer ${tokens.get(by)}`).attach('files', PNG, name);

const events = (body: { timeline: Array<{ event: string }> }) => body.timeline.map((e) => e.event);

describe('from the call to closing', () => {
  it('records, notifies in writing, resolves with documents, reopens on an unsatisfied call, and closes read-only', async () => {
    const sr = await registered(coordinator);
    const created = await coordinator.post('/service/complaints', complaintBody({ links: { serviceRequest: sr.number } }));
    expect(created.status).toBe(201);
    const number: string = created.body.number;
    expect(number).toMatch(/^TS-\d{6}-\d{5}$/);
    expect(created.body).toMatchObject({
      status: 'received',
      version: 1,
      channel: 'phone',
      complainant: { name: '李女士', phone: '13800138000' },
      subject: { kind: 'dealer', code: FIXTURE.dealers.east },
      dealer: { code: FIXTURE.dealers.east, name: '华东测试经销商' },
      links: { serviceRequest: sr.number, claim: null, unit: FIXTURE.serials.registered },
      model: FIXTURE.model,
      owner: { name: 'Service coordinator Tester' },
      mine: true,
      readOnly: false,
      timer: { name: 'complaint_major', state: 'running', stoppedAt: null },
      allowedEvents: ['notify_departments'],
    });

    // Each responsible department in writing: an in-app notice, and an e-mail after the commit.
    mails.length = 0;
    const notified = await coordinator.post(`/service/complaints/${number}/notices`, { departments: ['technical', 'quality', 'finance'], note: '请三日内回复 / Reply within 3 days' });
    expect(notified.status).toBe(200);
    expect(notified.body.status).toBe('in_progress');
    const byDept = Object.fromEntries(notified.body.notices.map((n: any) => [n.department.code, n.email]));
    expect(byDept).toEqual({
      technical: { to: ['tech@sanbao.test'], status: 'sent' },
      quality: { to: ['quality@sanbao.test', 'qa-lead@sanbao.test'], status: 'sent' },
      // No address configured: the notice lands, no e-mail goes.
      finance: { to: [], status: 'not_sent' },
    });
    expect(mails.map((m) => m.to.sort())).toEqual(expect.arrayContaining([['tech@sanbao.test'], ['qa-lead@sanbao.test', 'quality@sanbao.test']]));
    expect(mails).toHaveLength(2);
    expect(mails[0].raw).toContain(number);

    // The technical reviewer reads the technical and quality notices; finance only its own.
    const inbox = await reviewer.get('/service/complaint-notices?unread=true');
    expect(inbox.status).toBe(200);
    const mine = inbox.body.data.filter((n: any) => n.complaint === number);
    expect(mine.map((n: any) => n.department.code).sort()).toEqual(['quality', 'technical']);
    const technical = mine.find((n: any) => n.department.code === 'technical');
    expect((await finance.post(`/service/complaint-notices/${technical.id}/read`)).status).toBe(404);
    const read = await reviewer.post(`/service/complaint-notices/${technical.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.read).toMatchObject({ by: { name: 'Technical reviewer Tester' } });
    const after = await reviewer.get('/service/complaint-notices?unread=true');
    expect(after.body.data.map((n: any) => n.id)).not.toContain(technical.id);
    const financeInbox = await finance.get('/service/complaint-notices');
    expect(financeInbox.body.data.filter((n: any) => n.complaint === number).map((n: any) => n.department.code)).toEqual(['finance']);

    // The resolution with its document, kept in the private store behind a signed link.
    const withDoc = await upload(coordinator, number);
    expect(withDoc.status).toBe(201);
    expect(withDoc.body.documents).toEqual([expect.objectContaining({ name: 'reply.png', mime: 'image/png' })]);
    const doc = withDoc.body.documents[0];
    const file = await request(httpServer()).get(doc.url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect((await request(httpServer()).get(doc.url.replace(/signature=[^&]+/, 'signature=forged'))).status).toBe(403);

    const resolved = await coordinator.post(`/service/complaints/${number}/resolution`, { at: nowIso(), resolution: '约谈服务站，调换技术员，赔礼道歉', documents: [doc.id] });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: { text: '约谈服务站，调换技术员，赔礼道歉', documents: [doc.id] }, timer: { state: 'met' } });

    // Called back, not satisfied: back in progress, the resolution withdrawn, the timer running again.
    const unsatisfied = await coordinator.post(`/service/complaints/${number}/confirmation`, { at: nowIso(), reached: true, satisfaction: 2, note: '仍不满意' });
    expect(unsatisfied.status).toBe(200);
    expect(unsatisfied.body).toMatchObject({ status: 'in_progress', resolution: null, timer: { state: 'running', stoppedAt: null } });

    expect((await coordinator.post(`/service/complaints/${number}/resolution`, { at: nowIso(), resolution: '更换整车并上门致歉' })).status).toBe(200);
    const noAnswer = await coordinator.post(`/service/complaints/${number}/confirmation`, { at: nowIso(), reached: false });
    expect(noAnswer.status).toBe(200);
    expect(noAnswer.body.status).toBe('resolved');
    const closed = await coordinator.post(`/service/complaints/${number}/confirmation`, { at: nowIso(), reached: true, satisfaction: 5 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', readOnly: true, allowedEvents: [] });
    expect(closed.body.closedAt).toEqual(expect.any(String));
    expect(events(closed.body)).toEqual([
      'received',
      'notify_departments',
      'documents_added',
      'resolve',
      'confirm_unsatisfied',
      'resolve',
      'confirmation_no_answer',
      'confirm_satisfied',
    ]);

    // Archived: every write is a 409 with its reason, and nothing changes.
    const version = closed.body.version;
    const writes = [
      coordinator.post(`/service/complaints/${number}/notices`, { departments: ['technical'] }),
      coordinator.post(`/service/complaints/${number}/resolution`, { at: nowIso(), resolution: '再处理' }),
      coordinator.post(`/service/complaints/${number}/confirmation`, { at: nowIso(), reached: true, satisfaction: 1 }),
      upload(coordinator, number, 'late.png'),
    ];
    for (const res of await Promise.all(writes)) {
      expect([res.status, res.body.error?.code, res.body.error?.details?.reason]).toEqual([409, 'CONFLICT', 'COMPLAINT_CLOSED']);
    }
    const still = await coordinator.get(`/service/complaints/${number}`);
    expect([still.body.version, still.body.documents.length]).toEqual([version, 1]);
  });
});

describe('first-contact responsibility (首问负责制)', () => {
  it('lets only the receiver act: a colleague with the same role gets 403 NOT_COMPLAINT_OWNER and changes nothing', async () => {
    const c = await received(coordinator);
    const tries = [
      colleague.post(`/service/complaints/${c.number}/notices`, { departments: ['technical'] }),
      colleague.post(`/service/complaints/${c.number}/resolution`, { at: nowIso(), resolution: '代为处理' }),
      colleague.post(`/service/complaints/${c.number}/confirmation`, { at: nowIso(), reached: true, satisfaction: 5 }),
      upload(colleague, c.number),
    ];
    for (const res of await Promise.all(tries)) {
      expect([res.status, res.body.error?.code, res.body.error?.details?.reason]).toEqual([403, 'FORBIDDEN', 'NOT_COMPLAINT_OWNER']);
    }
    // The colleague reads it, and is told it is not theirs to move.
    const seen = await colleague.get(`/service/complaints/${c.number}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'received', version: 1, mine: false, allowedEvents: [], notices: [], documents: [] });
  });

  it('lists the caller\'s own with mine=true', async () => {
    const theirs = await received(colleague);
    const mine = await received(coordinator);
    const list = await colleague.get('/service/complaints?mine=true&pageSize=100');
    expect(list.status).toBe(200);
    const numbers = list.body.data.map((c: any) => c.number);
    expect(numbers).toContain(theirs.number);
    expect(numbers).not.toContain(mine.number);
  });

  it('is refused to roles without service.complaint', async () => {
    expect((await reviewer.get('/service/complaints')).status).toBe(403);
    expect((await finance.post('/service/complaints', complaintBody())).status).toBe(403);
  });
});

describe('refusals', () => {
  it('names each wrong field with a 400 and records nothing', async () => {
    const before = await strapi.db.query('plugin::claim-review.complaint').count();
    const bad = await coordinator.post('/service/complaints', complaintBody({ channel: 'follow_up', severity: 'urgent', description: ' ', complainant: { name: '李', phone: '12' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(bad.body.error.details.fields).sort()).toEqual(['channel', 'complainant.phone', 'description', 'severity']);
    const unknown = await coordinator.post('/service/complaints', complaintBody({ subject: { kind: 'dealer', code: 'D-NONE' }, links: { serviceRequest: 'SR-209901-00001', claim: 'CR-209901-00001', unit: 'NO-SUCH' } }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields).toEqual({ 'subject.code': 'not_found', 'links.serviceRequest': 'not_found', 'links.claim': 'not_found', 'links.unit': 'not_found' });
    const future = await coordinator.post('/service/complaints', complaintBody({ receivedAt: nowIso(86_400_000) }));
    expect([future.status, future.body.error.details.reason]).toEqual([400, 'TIME_IN_FUTURE']);
    expect(await strapi.db.query('plugin::claim-review.complaint').count()).toBe(before);
  });

  it('refuses an unknown department and another complaint\'s document, field by field', async () => {
    const c = await received();
    const dept = await coordinator.post(`/service/complaints/${c.number}/notices`, { departments: ['technical', 'weather'] });
    expect([dept.status, dept.body.error.details.fields]).toEqual([400, { 'departments.1': 'not_found' }]);
    const other = await inProgress();
    const otherDoc = (await upload(coordinator, other.number)).body.documents[0].id;
    const mine = await inProgress();
    const res = await coordinator.post(`/service/complaints/${mine.number}/resolution`, { at: nowIso(), resolution: '已处理', documents: [otherDoc] });
    expect([res.status, res.body.error.details.fields]).toEqual([400, { 'documents.0': 'not_found' }]);
    const refused = await upload(coordinator, mine.number, 'note.exe').attach('files', Buffer.from('MZ not a picture'), 'virus.exe');
    expect([refused.status, refused.body.error.details.files]).toEqual([400, [{ index: 1, name: 'virus.exe', reason: 'invalid_format' }]]);
    expect((await coordinator.get(`/service/complaints/${mine.number}`)).body.documents).toEqual([]);
  });

  it('answers 409 COMPLAINT_WRONG_STATE to a move its state does not take', async () => {
    const c = await received();
    const resolve = await coordinator.post(`/service/complaints/${c.number}/resolution`, { at: nowIso(), resolution: '已处理' });
    expect([resolve.status, resolve.body.error.details.reason]).toEqual([409, 'COMPLAINT_WRONG_STATE']);
    const confirm = await coordinator.post(`/service/complaints/${c.number}/confirmation`, { at: nowIso(), reached: true, satisfaction: 5 });
    expect([confirm.status, confirm.body.error.details.reason]).toEqual([409, 'COMPLAINT_WRONG_STATE']);
  });

  it('lets one of two concurrent moves through and answers the other 409', async () => {
    const c = await inProgress();
    const both = await Promise.all([
      coordinator.post(`/service/complaints/${c.number}/resolution`, { at: nowIso(), resolution: '方案甲' }),
      coordinator.post(`/service/complaints/${c.number}/resolution`, { at: nowIso(), resolution: '方案乙' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const detail = await coordinator.get(`/service/complaints/${c.number}`);
    expect(events(detail.body).filter((e) => e === 'resolve')).toHaveLength(1);
  });
});

describe('raised during a follow-up call', () => {
  it('is created from the call: its customer, time, request, unit and the dealer that served it', async () => {
    const ids = await completed(coordinator, east);
    const none = await coordinator.post(`/service/requests/${ids.request}/complaints`, { subject: { kind: 'dealer', code: FIXTURE.dealers.east }, severity: 'minor', description: '服务态度差' });
    expect([none.status, none.body.error.details.reason]).toEqual([409, 'REQUEST_WRONG_STATE']);
    const calledAt = nowIso(1000);
    expect((await coordinator.post(`/service/requests/${ids.request}/follow-ups`, { at: calledAt, reached: true, solved: false, satisfaction: 2, note: '用户不满意' })).status).toBe(200);
    const res = await coordinator.post(`/service/requests/${ids.request}/complaints`, { subject: { kind: 'product', code: FIXTURE.model }, severity: 'critical', description: '刹车失灵，存在安全隐患' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      channel: 'follow_up',
      fromFollowUp: true,
      complainant: { name: '张三', phone: '13800000001' },
      links: { serviceRequest: ids.request, unit: FIXTURE.serials.registered },
      dealer: { code: FIXTURE.dealers.east },
      receivedAt: new Date(calledAt).toISOString(),
      timer: { name: 'complaint_critical' },
      mine: true,
    });
  });
});

describe('deadlines', () => {
  it('lists a complaint past its resolution deadline under overdue=true, first, with the breach on its timeline once', async () => {
    const late = await received(coordinator, { severity: 'critical', receivedAt: new Date(Date.now() - 3 * 86_400_000).toISOString() });
    await received(coordinator, { severity: 'minor' });
    const overdue = await coordinator.get('/service/complaints?overdue=true&pageSize=100');
    expect(overdue.status).toBe(200);
    expect(overdue.body.data[0]).toMatchObject({ number: late.number, timer: { state: 'breached' } });
    expect(overdue.body.data.every((c: any) => c.timer.state === 'breached')).toBe(true);
    const all = await coordinator.get('/service/complaints?pageSize=100');
    expect(all.body.data[0].number).toBe(late.number);
    await coordinator.get(`/service/complaints/${late.number}`);
    const detail = await coordinator.get(`/service/complaints/${late.number}`);
    expect(events(detail.body).filter((e) => e === 'resolution_overdue')).toHaveLength(1);
  });
});

describe('the dealer', () => {
  it('reads the complaints that count against it, the phone masked, and never another dealer\'s', async () => {
    const aboutEast = await received(coordinator, { complainant: { name: '赵先生', phone: '13911112222' } });
    const aboutWest = await received(coordinator, { subject: { kind: 'dealer', code: FIXTURE.dealers.west }, complainant: { name: '钱先生', phone: '13933334444' } });
    const eastList = await east.get('/complaints?pageSize=100');
    expect(eastList.status).toBe(200);
    const eastNumbers = eastList.body.data.map((c: any) => c.number);
    expect(eastNumbers).toContain(aboutEast.number);
    expect(eastNumbers).not.toContain(aboutWest.number);
    const row = eastList.body.data.find((c: any) => c.number === aboutEast.number);
    expect(row.complainant).toEqual({ name: '赵先生', phone: '139****2222' });
    expect(JSON.stringify(eastList.body)).not.toContain('13911112222');
    expect(row).not.toHaveProperty('owner');
    const westList = await west.get('/complaints?pageSize=100');
    expect(westList.body.data.map((c: any) => c.number)).toEqual([aboutWest.number]);
  });
});

describe('KPI records', () => {
  it('maps complaints to the core\'s ComplaintKpiRecord: date of receipt, dealer, its region, the unit\'s model, the timer', async () => {
    const sr = await registered(coordinator);
    const c = await received(coordinator, { subject: { kind: 'staff', code: '王师傅' }, links: { serviceRequest: sr.number } });
    const records = await strapi.plugin('claim-review').service('complaintKpiRecords').records();
    const record = records.find((r: any) => r.complaint === c.number);
    expect(record).toEqual({
      complaint: c.number,
      date: strapi.plugin('claim-review').service('facts').today(new Date()),
      // Not yet dispatched: no dealer served it, and a staff member is not a dealer.
      dealer: null,
      region: null,
      model: FIXTURE.model,
      timer: { name: 'complaint_major', state: 'running', stoppedAt: null },
    });
    const aboutEast = records.find((r: any) => r.dealer === FIXTURE.dealers.east);
    expect(aboutEast).toMatchObject({ region: '华东' });
  });
});

describe('in the service KPIs', () => {
  it('counts every complaint received, and those resolved by their deadline, the same from the rollup as from the tables', async () => {
    const today = strapi.plugin('claim-review').service('facts').today(new Date());
    const from = addDaysIso(today, -60);
    const all = await coordinator.get('/service/complaints?status=received,in_progress,resolved,closed&pageSize=100');
    expect(all.status).toBe(200);
    const rows: Array<{ timer: { state: string } }> = all.body.data;
    // What the desk shows for each complaint's deadline is what the KPI counts: met or
    // breached is decided, running (not due yet) is not.
    const decided = rows.filter((c) => c.timer.state === 'met' || c.timer.state === 'breached').length;
    const met = rows.filter((c) => c.timer.state === 'met').length;
    expect(decided).toBeGreaterThan(0);
    const kpis = await coordinator.get(`/service/kpis?from=${from}&to=${today}&by=dealer`);
    expect(kpis.status).toBe(200);
    const figure = (answer: { totals: Array<{ kpi: string; numerator: number; denominator: number }> }, kpi: string) => answer.totals.find((f) => f.kpi === kpi)!;
    expect(figure(kpis.body, 'complaints_per_100').numerator).toBe(rows.length);
    expect(figure(kpis.body, 'complaint_resolved_on_time')).toMatchObject({ numerator: met, denominator: decided });
    const base = await coordinator.get(`/service/kpis?from=${from}&to=${today}&by=dealer&source=base`);
    expect(base.body.totals).toEqual(kpis.body.totals);
    expect(base.body.groups).toEqual(kpis.body.groups);
  });
});
