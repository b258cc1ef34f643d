/**
 * Issue 13, item 3: claim evidence cannot be replaced silently and is not public.
 * Content roles (Editor, Author) reach no claim file through the Media Library's
 * routes, the old public /uploads/ address serves nothing, files are read through
 * short-lived signed links or the owning dealer's token, and staff see whether a
 * file still matches the SHA-256 taken at upload.
 */
import { createHash, randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi } from '../helpers/dealer-api';
import { claimInReview, staffApi, type StaffApi } from '../helpers/staff-api';

let strapi: Core.Strapi;
let eastJwt: string;
let westJwt: string;
let reviewer: StaffApi;
let claimNumber: string;
let photo: { id: number; name: string; url: string };
let scan: { id: number; name: string; url: string };
let png: Buffer;
const pdf = Buffer.from(`%PDF-1.4\n% ${randomBytes(8).toString('hex')}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const get = (url: string) => request(httpServer()).get(url).buffer(true).parse((res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
});
const admin = (jwt: string) => ({
  get: (url: string) => request(httpServer()).get(url).set('Authorization', `Bearer ${jwt}`),
  del: (url: string) => request(httpServer()).delete(url).set('Authorization', `Bearer ${jwt}`),
  post: (url: string) => request(httpServer()).post(url).set('Authorization', `Bearer ${jwt}`),
});

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  eastJwt = await dealerLogin(FIXTURE.users.east);
  westJwt = await dealerLogin(FIXTURE.users.west);
  reviewer = staffApi(await staffLogin(strapi, 'Technical reviewer'));
  // A colour of its own, so no file another run left behind can have these bytes.
  const [r, g, b] = randomBytes(3);
  png = await sharp({ create: { width: 24, height: 16, channels: 3, background: { r, g, b } } }).png().toBuffer();
  const claim = await claimInReview(dealerApi(eastJwt));
  claimNumber = claim.number;
  const res = await request(httpServer())
    .post(`/api/claim-review/claims/${claimNumber}/attachments`)
    .set('Authorization', `Bearer ${eastJwt}`)
    .attach('files', png, 'plate.png')
    .attach('files', pdf, 'invoice.pdf');
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  photo = res.body.photos.find((p: any) => p.name === 'plate.png');
  scan = res.body.photos.find((p: any) => p.name === 'invoice.pdf');
});
afterAll(async () => {
  await stopStrapi();
});

describe('content roles and the Media Library', () => {
  it.each(['Editor', 'Author'])('a %s can neither list, read, replace nor delete a claim photo through /upload', async (roleName) => {
    const as = admin(await staffLogin(strapi, roleName));
    const listed = await as.get('/upload/files?pageSize=100');
    expect(listed.status).toBe(200);
    const names = (listed.body.results ?? []).map((f: any) => f.name);
    expect(names).not.toContain('plate.png');
    expect(names).not.toContain('invoice.pdf');
    expect(JSON.stringify(listed.body)).not.toContain(sha256(png));

    expect((await as.get(`/upload/files/${photo.id}`)).status).toBe(404);

    const replaced = await as.post(`/upload?id=${photo.id}`).field('fileInfo', JSON.stringify({ name: 'plate.png' })).attach('files', Buffer.from('replaced bytes'), 'plate.png');
    expect(replaced.status).toBeGreaterThanOrEqual(400);
    expect((await as.del(`/upload/files/${photo.id}`)).status).toBe(404);
    expect((await as.post('/upload/actions/bulk-delete').send({ fileIds: [photo.id, scan.id], folderIds: [] })).body?.data?.files ?? []).toEqual([]);

    // The evidence is as uploaded, and staff still see it whole.
    const detail = await reviewer.get(`/claims/${claimNumber}`);
    expect(detail.body.photos.map((p: any) => [p.name, p.intact])).toEqual([['plate.png', true], ['invoice.pdf', true]]);
    const served = await get(detail.body.photos[0].url);
    expect(served.status).toBe(200);
    expect(sha256(served.body)).toBe(sha256(png));
  });

  it('settlement notices are not content either: the Content Manager has no route to them', async () => {
    const as = admin(await staffLogin(strapi, 'Editor'));
    for (const uid of ['plugin::claim-review.settlement', 'plugin::claim-review.attachment', 'plugin::claim-review.claim']) {
      const res = await as.get(`/content-manager/collection-types/${uid}`);
      expect([403, 404]).toContain(res.status);
    }
  });
});

describe('no public copy', () => {
  it('the bytes are nowhere under public/, and /uploads/ answers 404 for them', async () => {
    for (const p of [photo, scan]) expect(p.url.startsWith('/uploads/')).toBe(false);
    const publicDir = strapi.dirs.static.public;
    const hashes: string[] = [];
    const walk = (dir: string) => {
      if (!fs.existsSync(dir)) return;
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else hashes.push(sha256(fs.readFileSync(full)));
      }
    };
    walk(publicDir);
    expect(hashes).not.toContain(sha256(png));
    expect(hashes).not.toContain(sha256(pdf));
    const { storageKey } = await strapi.db.query('plugin::claim-review.attachment').findOne({ where: { id: photo.id } });
    expect((await request(httpServer()).get(`/uploads/${storageKey}`)).status).toBe(404);
    expect((await request(httpServer()).get(`/uploads/${path.basename(storageKey)}`)).status).toBe(404);
  });
});

describe('signed links', () => {
  it('serve the file while valid, with its type', async () => {
    const res = await get(photo.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(sha256(res.body)).toBe(sha256(png));
  });

  it('refuse a tampered signature, expiry or id with 403', async () => {
    const url = new URL(photo.url, 'http://x');
    const signature = url.searchParams.get('signature')!;
    const expires = Number(url.searchParams.get('expires'));
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect((await get(`${url.pathname}?expires=${expires}&signature=${flipped}`)).status).toBe(403);
    expect((await get(`${url.pathname}?expires=${expires + 86400}&signature=${signature}`)).status).toBe(403);
    expect((await get(`/api/claim-review/evidence/${scan.id}?expires=${expires}&signature=${signature}`)).status).toBe(403);
    expect((await get(url.pathname)).status).toBe(403);
  });

  it('stop working once expired', async () => {
    const links = strapi.plugin('claim-review').service('evidenceLinks');
    // Signed an hour ago with the configured lifetime of minutes: expired long since.
    const old = links.urlFor(photo.id, new Date(Date.now() - 3600_000));
    const res = await get(old);
    expect(res.status).toBe(403);
    expect(res.body.toString()).toContain('FORBIDDEN');

    // The lifetime is configuration: at 1 s, a link fetched a second ago has expired.
    const ttl = strapi.config.get('plugin::claim-review.evidence.linkTtlSeconds');
    strapi.config.set('plugin::claim-review.evidence.linkTtlSeconds', 1);
    try {
      const short = (await dealerApi(eastJwt).get(`/claims/${claimNumber}`)).body.photos[0].url;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await get(short)).status).toBe(403);
    } finally {
      strapi.config.set('plugin::claim-review.evidence.linkTtlSeconds', ttl);
    }
  });

  it('name a file that exists: a valid signature for a removed file is 404', async () => {
    const links = strapi.plugin('claim-review').service('evidenceLinks');
    expect((await get(links.urlFor(999_999))).status).toBe(404);
  });
});

describe('dealers', () => {
  it('the owner reads its files with its token; another dealer gets 404 for the claim and the file', async () => {
    const own = await get(`/api/claim-review/claims/${claimNumber}/attachments/${photo.id}`).set('Authorization', `Bearer ${eastJwt}`);
    expect(own.status).toBe(200);
    expect(sha256(own.body)).toBe(sha256(png));
    expect((await dealerApi(westJwt).get(`/claims/${claimNumber}`)).status).toBe(404);
    const foreign = await get(`/api/claim-review/claims/${claimNumber}/attachments/${photo.id}`).set('Authorization', `Bearer ${westJwt}`);
    expect(foreign.status).toBe(404);
    expect((await get(`/api/claim-review/claims/${claimNumber}/attachments/${photo.id}`)).status).toBe(401);
  });
});

describe('integrity', () => {
  it('staff see intact: false for a file whose bytes changed behind the server, and its recorded SHA-256', async () => {
    const before = await reviewer.get(`/claims/${claimNumber}`);
    expect(before.status).toBe(200);
    expect(before.body.photos).toEqual([
      expect.objectContaining({ id: photo.id, name: 'plate.png', sha256: sha256(png), intact: true }),
      expect.objectContaining({ id: scan.id, name: 'invoice.pdf', sha256: sha256(pdf), intact: true }),
    ]);

    const { storageKey } = await strapi.db.query('plugin::claim-review.attachment').findOne({ where: { id: photo.id } });
    const file = strapi.plugin('claim-review').service('evidenceStore').pathOf(storageKey);
    const altered = Buffer.from(png);
    altered[altered.length - 20] ^= 0xff;
    fs.writeFileSync(file, altered);

    const after = await reviewer.get(`/claims/${claimNumber}`);
    expect(after.body.photos).toEqual([
      expect.objectContaining({ id: photo.id, sha256: sha256(png), intact: false }),
      expect.objectContaining({ id: scan.id, intact: true }),
    ]);

    fs.rmSync(file);
    const gone = await reviewer.get(`/claims/${claimNumber}`);
    expect(gone.body.photos[0]).toMatchObject({ id: photo.id, intact: false });
  });
});
