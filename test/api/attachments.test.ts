/**
 * Fault photos and documents (POST /claims/:number/attachments, multipart `files`):
 * the type comes from the bytes, at most 10 MB a file and 10 files a claim, the
 * SHA-256 is kept, staff see the files, other dealers do not.
 */
import { createHash } from 'crypto';
import fs from 'fs';
import request from 'supertest';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi, goodClaim } from '../helpers/dealer-api';
import { claimInReview, staffApi, type StaffApi } from '../helpers/staff-api';

let strapi: Core.Strapi;
let eastJwt: string;
let westJwt: string;
let reviewer: StaffApi;
let png: Buffer;
let jpeg: Buffer;
let webp: Buffer;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  eastJwt = await dealerLogin(FIXTURE.users.east);
  westJwt = await dealerLogin(FIXTURE.users.west);
  reviewer = staffApi(await staffLogin(strapi, 'Technical reviewer'));
  const image = () => sharp({ create: { width: 16, height: 12, channels: 3, background: '#c33' } });
  png = await image().png().toBuffer();
  jpeg = await image().jpeg().toBuffer();
  webp = await image().webp().toBuffer();
});
afterAll(async () => {
  await stopStrapi();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function upload(jwt: string | null, number: string, files: Array<[Buffer, string]>) {
  let req = request(httpServer()).post(`/api/claim-review/claims/${number}/attachments`);
  if (jwt) req = req.set('Authorization', `Bearer ${jwt}`);
  for (const [bytes, name] of files) req = req.attach('files', bytes, name);
  return req;
}

const draft = async () => (await dealerApi(eastJwt).post('/claims', goodClaim())).body as { number: string; version: number };

describe('attaching files', () => {
  it('takes jpg, png, webp and pdf, links them to the claim and keeps their SHA-256', async () => {
    const claim = await draft();
    const res = await upload(eastJwt, claim.number, [[jpeg, 'front.jpg'], [png, 'plate.png'], [webp, 'motor.webp'], [pdf, 'invoice.pdf']]);
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(claim.version + 1);
    const byName = Object.fromEntries(res.body.photos.map((p: any) => [p.name, p.mime]));
    expect(byName).toEqual({ 'front.jpg': 'image/jpeg', 'plate.png': 'image/png', 'motor.webp': 'image/webp', 'invoice.pdf': 'application/pdf' });
    // Served by signed link from the private evidence store, never from public/uploads.
    for (const p of res.body.photos) expect(p.url).toMatch(/^\/api\/claim-review\/evidence\/\d+\?expires=\d+&signature=/);

    const stored = await strapi.db.query('plugin::claim-review.attachment').findMany({ where: { claimNumber: claim.number }, orderBy: { id: 'asc' } });
    expect(Object.fromEntries(stored.map((a: any) => [a.name, a.sha256]))).toEqual({
      'front.jpg': sha256(jpeg), 'plate.png': sha256(png), 'motor.webp': sha256(webp), 'invoice.pdf': sha256(pdf),
    });
    const served = await request(httpServer()).get(res.body.photos.find((p: any) => p.name === 'invoice.pdf').url).buffer(true);
    expect(served.status).toBe(200);
    expect(sha256(served.body)).toBe(sha256(pdf));

    const events = await strapi.db.query('plugin::claim-review.claim-event').findMany({ where: { claimNumber: claim.number, type: 'attachment_added' } });
    expect(events).toHaveLength(1);
  });

  it('judges the type by the bytes, not the name: a PNG named .exe is a PNG, text named .jpg is refused', async () => {
    const claim = await draft();
    const renamed = await upload(eastJwt, claim.number, [[png, 'evidence.exe']]);
    expect(renamed.status).toBe(201);
    expect(renamed.body.photos[0]).toMatchObject({ mime: 'image/png', name: 'evidence.png' });

    const fake = await upload(eastJwt, claim.number, [[Buffer.from('not really a photo'), 'photo.jpg']]);
    expect(fake.status).toBe(400);
    expect(fake.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { files: 'invalid_format' } } });
    const gif = await upload(eastJwt, claim.number, [[Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'anim.gif']]);
    expect(gif.status).toBe(400);
    // A refused file in a batch refuses the batch: nothing was attached.
    const mixed = await upload(eastJwt, claim.number, [[png, 'ok.png'], [Buffer.from('MZ\x90\x00', 'latin1'), 'tool.png']]);
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details.fields).toEqual({ files: 'invalid_format' });
    expect((await dealerApi(eastJwt).get(`/claims/${claim.number}`)).body.photos).toHaveLength(1);
  });

  it('allows at most 10 files a claim', async () => {
    const claim = await draft();
    const nine = Array.from({ length: 9 }, (_, i) => [png, `p${i}.png`] as [Buffer, string]);
    expect((await upload(eastJwt, claim.number, nine)).status).toBe(201);
    const two = await upload(eastJwt, claim.number, [[png, 'a.png'], [png, 'b.png']]);
    expect(two.status).toBe(400);
    expect(two.body.error.details.fields).toEqual({ files: 'too_many' });
    expect((await upload(eastJwt, claim.number, [[png, 'tenth.png']])).status).toBe(201);
    expect((await upload(eastJwt, claim.number, [[png, 'eleventh.png']])).status).toBe(400);
    expect((await dealerApi(eastJwt).get(`/claims/${claim.number}`)).body.photos).toHaveLength(10);
  });

  it('refuses a file over 10 MB', async () => {
    const claim = await draft();
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(eastJwt, claim.number, [[big, 'scan.pdf']]);
    // Strapi's body parser stops the upload at its 10 MB file limit: 413 Payload Too Large.
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: { zh: expect.any(String), en: expect.stringContaining('10 MB') } });
    expect((await dealerApi(eastJwt).get(`/claims/${claim.number}`)).body.photos).toHaveLength(0);
  });

  it('asks for at least one file', async () => {
    const claim = await draft();
    const res = await request(httpServer()).post(`/api/claim-review/claims/${claim.number}/attachments`).set('Authorization', `Bearer ${eastJwt}`).field('note', 'x');
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual({ files: 'required' });
  });
});

describe('who sees them', () => {
  it('shows them to staff in the claim detail, with their hash', async () => {
    const claim = await claimInReview(dealerApi(eastJwt));
    expect((await upload(eastJwt, claim.number, [[jpeg, 'fault.jpg']])).status).toBe(201);
    const res = await reviewer.get(`/claims/${claim.number}`);
    expect(res.status).toBe(200);
    expect(res.body.photos).toEqual([expect.objectContaining({ name: 'fault.jpg', mime: 'image/jpeg', url: expect.any(String), size: expect.any(Number), sha256: sha256(jpeg) })]);
    expect(res.body.timeline.map((e: any) => e.event)).toContain('attachment_added');
  });

  it('hides a claim from another dealer behind 404 and refuses without a token', async () => {
    const claim = await draft();
    const foreign = await upload(westJwt, claim.number, [[png, 'x.png']]);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');
    expect((await dealerApi(westJwt).get(`/claims/${claim.number}`)).status).toBe(404);
    expect((await upload(null, claim.number, [[png, 'x.png']])).status).toBe(401);
    expect((await dealerApi(eastJwt).get(`/claims/${claim.number}`)).body.photos).toHaveLength(0);
  });

  it('closes the file once the reviewer has decided', async () => {
    const claim = await claimInReview(dealerApi(eastJwt));
    await reviewer.decide(claim, { decision: 'reject', comment: 'no' });
    const res = await upload(eastJwt, claim.number, [[png, 'late.png']]);
    expect(res.status).toBe(409);
  });
});

describe('taking a file back (DELETE /claims/:number/attachments/:id)', () => {
  it('removes the file from a draft, keeps its name and hash in the audit trail, and frees its place', async () => {
    const claim = await draft();
    const added = await upload(eastJwt, claim.number, [[jpeg, 'blurred.jpg'], [png, 'plate.png']]);
    const blurred = added.body.photos.find((p: any) => p.name === 'blurred.jpg');
    const { storageKey } = await strapi.db.query('plugin::claim-review.attachment').findOne({ where: { id: blurred.id } });
    const blurredFile = strapi.plugin('claim-review').service('evidenceStore').pathOf(storageKey);
    expect(fs.existsSync(blurredFile)).toBe(true);
    const res = await dealerApi(eastJwt).delete(`/claims/${claim.number}/attachments/${blurred.id}`);
    expect(res.status).toBe(200);
    expect(res.body.photos.map((p: any) => p.name)).toEqual(['plate.png']);
    expect(res.body.version).toBe(added.body.version + 1);
    expect(res.body.timeline.map((e: any) => e.event)).toContain('attachment_removed');
    expect(fs.existsSync(blurredFile)).toBe(false);
    expect((await request(httpServer()).get(blurred.url)).status).toBe(404);
    expect(await strapi.db.query('plugin::claim-review.attachment').count({ where: { claimNumber: claim.number } })).toBe(1);
    const [event] = await strapi.db.query('plugin::claim-review.claim-event').findMany({ where: { claimNumber: claim.number, type: 'attachment_removed' } });
    expect(event.before).toEqual({ file: expect.objectContaining({ id: blurred.id, name: 'blurred.jpg', sha256: sha256(jpeg) }) });
    // Gone means gone: a second delete is 404.
    expect((await dealerApi(eastJwt).delete(`/claims/${claim.number}/attachments/${blurred.id}`)).status).toBe(404);
  });

  it('is not possible while the reviewer decides, for another dealer, or for a file of another claim', async () => {
    const reviewed = await claimInReview(dealerApi(eastJwt));
    const evidence = (await upload(eastJwt, reviewed.number, [[png, 'evidence.png']])).body.photos[0];
    const locked = await dealerApi(eastJwt).delete(`/claims/${reviewed.number}/attachments/${evidence.id}`);
    expect(locked.status).toBe(409);
    expect(locked.body.error.details.reason).toBe('WRONG_STATE');
    expect((await reviewer.get(`/claims/${reviewed.number}`)).body.photos).toHaveLength(1);

    const other = await draft();
    expect((await dealerApi(eastJwt).delete(`/claims/${other.number}/attachments/${evidence.id}`)).status).toBe(404);
    expect((await dealerApi(westJwt).delete(`/claims/${reviewed.number}/attachments/${evidence.id}`)).status).toBe(404);
    expect((await dealerApi(eastJwt).delete(`/claims/${other.number}/attachments/abc`)).status).toBe(404);
  });
});
