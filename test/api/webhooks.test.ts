/**
 * Events for integrators: a webhook created through the admin API, pointing at an
 * HTTP receiver on 127.0.0.1, hears claim.status-changed at every status change and
 * shipment.received when staff receive a shipment, with the documented payloads.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi } from '../helpers/dealer-api';
import { claimInReview, staffApi, type StaffApi } from '../helpers/staff-api';

interface Delivery {
  headers: http.IncomingHttpHeaders;
  body: any;
}

let strapi: Core.Strapi;
let east: ReturnType<typeof dealerApi>;
let reviewer: StaffApi;
let receiver: http.Server;
const deliveries: Delivery[] = [];

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

  strapi = await startStrapi();
  await loadFixture(strapi);
  east = dealerApi(await dealerLogin(FIXTURE.users.east));
  reviewer = staffApi(await staffLogin(strapi, 'Technical reviewer'));
  const admin = await staffLogin(strapi, 'Super Admin');
  const created = await request(httpServer())
    .post('/admin/webhooks')
    .set('Authorization', `Bearer ${admin}`)
    .send({ name: 'ERP', url, headers: { 'X-Sanbao-Test': 'yes' }, events: ['claim.status-changed', 'shipment.received'] });
  if (created.status !== 201) throw new Error(`webhook not created: ${created.status} ${JSON.stringify(created.body)}`);
});
afterAll(async () => {
  await stopStrapi();
  await new Promise((resolve) => receiver.close(resolve));
});

/** Deliveries are sent after commit, from a queue: wait until the expected ones are in. */
async function delivered(match: (d: Delivery) => boolean, count = 1): Promise<Delivery[]> {
  for (let i = 0; i < 200; i++) {
    const found = deliveries.filter(match);
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  return deliveries.filter(match);
}

describe('webhook events', () => {
  it('are offered to admins with the plugin\'s names', () => {
    const store = strapi.get('webhookStore') as any;
    const allowed = store.listAllowedEvents().map((k: string) => store.getAllowedEvent(k));
    expect(allowed).toEqual(expect.arrayContaining(['claim.status-changed', 'shipment.received']));
  });

  it('claim.status-changed carries number, dealer code, from, to and at, for every move', async () => {
    const claim = await claimInReview(east);
    const moves = await delivered((d) => d.body.event === 'claim.status-changed' && d.body.number === claim.number, 2);
    // The webhook queue delivers concurrently: order is not promised, content is.
    expect(moves.map((d) => `${d.body.from}>${d.body.to}`).sort()).toEqual(['draft>submitted', 'submitted>in_review']);
    const first = moves.find((d) => d.body.from === 'draft')!;
    expect(first.headers['x-strapi-event']).toBe('claim.status-changed');
    expect(first.headers['x-sanbao-test']).toBe('yes');
    expect(first.body).toEqual({
      event: 'claim.status-changed',
      createdAt: expect.any(String),
      number: claim.number,
      dealer: FIXTURE.dealers.east,
      from: 'draft',
      to: 'submitted',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
    });

    await reviewer.decide(claim, { decision: 'approve', comment: '' });
    const all = await delivered((d) => d.body.event === 'claim.status-changed' && d.body.number === claim.number, 4);
    expect(all.map((d) => `${d.body.from}>${d.body.to}`).sort()).toEqual(['draft>submitted', 'in_review>approved', 'approved>awaiting_parts', 'submitted>in_review'].sort());
  });

  it('says nothing for a change that was rolled back', async () => {
    const claim = await claimInReview(east);
    await delivered((d) => d.body.number === claim.number, 2);
    const stale = await reviewer.decide({ ...claim, version: claim.version - 1 }, { decision: 'approve', comment: '' });
    expect(stale.status).toBe(409);
    // A later, successful change proves the queue has moved past the refused one.
    await reviewer.decide(claim, { decision: 'reject', comment: 'no' });
    const all = await delivered((d) => d.body.number === claim.number, 3);
    expect(all.map((d) => d.body.to).sort()).toEqual(['in_review', 'rejected', 'submitted']);
  });

  it('shipment.received carries number, dealer code, from, to, at and the parts', async () => {
    const claim = await claimInReview(east);
    const approved = await reviewer.decide(claim, { decision: 'approve', comment: '' });
    expect(approved.body.status).toBe('awaiting_parts');
    const shipped = await east.post('/shipments', { carrier: 'SF', trackingNumber: 'SF-HOOK-1', parts: [{ claimNumber: claim.number, partNumber: FIXTURE.parts.motor, qty: 1 }] });
    expect(shipped.status).toBe(201);
    await reviewer.post(`/shipments/${shipped.body.id}/receive`);
    const [hook] = await delivered((d) => d.body.event === 'shipment.received' && d.body.number === shipped.body.number);
    expect(hook.body).toEqual({
      event: 'shipment.received',
      createdAt: expect.any(String),
      id: shipped.body.id,
      number: shipped.body.number,
      dealer: FIXTURE.dealers.east,
      from: 'shipped',
      to: 'received',
      at: expect.any(String),
      parts: [{ id: shipped.body.parts[0].id, claimNumber: claim.number, partNumber: FIXTURE.parts.motor, qty: 1 }],
    });
  });
});
