/**
 * The office calendar as staff keep it in the content manager (法定节假日 and 调休): an
 * edit moves the card and filing deadlines at once, without a restart (Civil Code art.
 * 203); the Dealer role cannot reach it, an API token can read it.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, stopStrapi } from '../helpers/strapi';
import { apiToken, dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { addDays, daysAgo, today } from '../helpers/dates';
import { oldRepairClaim } from '../helpers/dealer-api';
import type { DealerApi } from '../helpers/staff-api';

const DAY_UID = 'api::office-calendar.office-calendar-day';
const CM = `/content-manager/collection-types/${DAY_UID}`;

let strapi: Core.Strapi;
let east: DealerApi;
let editorJwt: string;

beforeAll(async () => {
  ({ strapi, east } = await fixtureWorld([]));
  editorJwt = await staffLogin(strapi, 'Editor');
});
afterAll(stopStrapi);

const cm = () => request(httpServer());
const asEditor = (req: request.Test) => req.set('Authorization', `Bearer ${editorJwt}`);

/** Creates or changes a day as staff do in the content manager. */
async function setDay(date: string, kind: 'holiday' | 'workday', name: string): Promise<void> {
  const existing = await strapi.db.query(DAY_UID).findOne({ where: { date } });
  const res = existing
    ? await asEditor(cm().put(`${CM}/${existing.documentId}`)).send({ date, kind, name })
    : await asEditor(cm().post(CM)).send({ date, kind, name });
  expect([200, 201]).toContain(res.status);
}

describe('editing the office calendar', () => {
  it('moves the warranty-card deadline the dealer sees', async () => {
    // The registered unit was sold 10 days ago: 20 days end 10 days from now.
    const deadline = addDays(today(), 10);
    // Pin the day as worked first, whatever weekday it falls on.
    await setDay(deadline, 'workday', '测试上班 test working day');
    const before = await east.get(`/units/${FIXTURE.serials.registered}`);
    expect(before.status).toBe(200);
    expect(before.body.coverage.registrationDeadline).toBe(deadline);

    // Staff turn it into a holiday and make the next day a make-up working day.
    await setDay(deadline, 'holiday', '测试假日 test holiday');
    await setDay(addDays(deadline, 1), 'workday', '测试调休 test make-up day');
    const after = await east.get(`/units/${FIXTURE.serials.registered}`);
    expect(after.body.coverage.registrationDeadline).toBe(addDays(deadline, 1));
  });

  it('moves the filing deadline: a claim due on a day that becomes a holiday is on time the next working day', async () => {
    // Repaired 31 days ago: the 30 days ended yesterday.
    const late = oldRepairClaim(31);
    await setDay(daysAgo(1), 'workday', '测试上班 test working day');
    await setDay(today(), 'workday', '测试上班 test working day');
    const codes = async () => ((await east.post('/claims/precheck', late)).body.findings as Array<{ code: string }>).map((f) => f.code);
    expect(await codes()).toContain('FILED_LATE');

    await setDay(daysAgo(1), 'holiday', '测试假日 test holiday');
    expect(await codes()).not.toContain('FILED_LATE');
  });
});

describe('who reaches the office calendar', () => {
  it('lets an API token read it and keeps the Dealer role out', async () => {
    await setDay('2030-10-01', 'holiday', '国庆节 National Day');
    const token = await apiToken(strapi, 'calendar-reader');
    const read = await request(httpServer()).get('/api/office-calendar-days').set('Authorization', `Bearer ${token}`);
    expect(read.status).toBe(200);
    expect(read.body.data.length).toBeGreaterThan(0);
    expect(read.body.data[0]).toEqual(expect.objectContaining({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), kind: expect.stringMatching(/^(holiday|workday)$/) }));

    const dealerJwt = await dealerLogin(FIXTURE.users.east);
    const asDealer = (req: request.Test) => req.set('Authorization', `Bearer ${dealerJwt}`);
    expect((await asDealer(request(httpServer()).get('/api/office-calendar-days'))).status).toBe(403);
    expect((await asDealer(request(httpServer()).post('/api/office-calendar-days')).send({ data: { date: '2030-01-01', kind: 'holiday' } })).status).toBe(403);
    expect((await request(httpServer()).get('/api/office-calendar-days')).status).toBe(403);
  });
});
