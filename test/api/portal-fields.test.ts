/**
 * Fields the dealer portal reads beyond docs/api.md's minimum, checked against the real
 * answers: a claim's files as `attachments`, a unit's model components and, for an
 * unsold unit, the warranty-card deadline of the policy in force today.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi, goodClaim } from '../helpers/dealer-api';

let strapi: Core.Strapi;
let jwt: string;
let east: ReturnType<typeof dealerApi>;

/** A 1×1 PNG: the server trusts the bytes, not the name. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  jwt = await dealerLogin(FIXTURE.users.east);
  east = dealerApi(jwt);
});
afterAll(async () => {
  // The local upload provider writes into cms/public/uploads: take this run's files away again.
  const files = await strapi.db.query('plugin::upload.file').findMany();
  for (const file of files) await strapi.plugin('upload').service('upload').remove(file);
  await stopStrapi();
});

describe('GET /units/:serial for the portal', () => {
  it('names the main components a fault is matched against', async () => {
    const res = await east.get(`/units/${FIXTURE.serials.registered}`);
    expect(res.status).toBe(200);
    expect(res.body.model.mainComponents).toEqual(['motor', 'controller', 'rear_axle', 'frame']);
  });

  it('gives an unsold unit the registration deadline of the policy in force today, and no coverage yet', async () => {
    const res = await east.get(`/units/${FIXTURE.serials.neverRegistered}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ registered: false, saleDate: null, registrationDays: 20 });
    expect(res.body.coverage.wholeUnitUntil).toBeNull();
  });
});

describe('a claim answer for the portal', () => {
  it('lists its files as attachments with id, name, type, size in bytes, address and time', async () => {
    const created = await east.post('/claims', goodClaim());
    expect(created.status).toBe(201);
    expect(created.body.attachments).toEqual([]);

    const up = await request(httpServer())
      .post(`/api/claim-review/claims/${created.body.number}/attachments`)
      .set('Authorization', `Bearer ${jwt}`)
      .attach('files', PNG, 'nameplate.png');
    expect(up.status).toBe(201);

    const res = await east.get(`/claims/${created.body.number}`);
    expect(res.body.attachments).toEqual([
      { id: expect.any(Number), name: 'nameplate.png', mime: 'image/png', size: expect.any(Number), url: expect.stringMatching(/^\/api\/claim-review\/evidence\/\d+\?expires=\d+&signature=[\w-]+$/), createdAt: expect.any(String) },
    ]);
    // Evidence is kept as sent: the signed link serves the very bytes, and the size is theirs.
    const stored = await request(httpServer()).get(res.body.attachments[0].url).buffer(true);
    expect(stored.status).toBe(200);
    expect(Buffer.compare(stored.body, PNG)).toBe(0);
    expect(res.body.attachments[0].size).toBe(PNG.length);
  });
});
