/**
 * Uploads, as an attacker sends them (issue 13, items 2, 4 and 5):
 * - the temp folder of a real server process (its own TMPDIR) holds the same files
 *   before and after 200 bad or unauthenticated multipart posts, a refused oversize
 *   body and a client that hangs up half-way;
 * - a photo batch with one bad file stores nothing and names each refused file at
 *   its position as sent; files a killed process stored but never linked go at the
 *   next start;
 * - image bombs (a header declaring 60000×60000 over a few bytes) are refused from
 *   their header, and the server's memory barely moves.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import request from 'supertest';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import { httpServer, restartStrapi, startStrapi, stopStrapi } from '../helpers/strapi';
import { staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi, goodClaim } from '../helpers/dealer-api';
import { claimInReview, staffApi } from '../helpers/staff-api';
import { jpegDeclaring, pngDeclaring, webpDeclaring } from '../../plugins/claim-review/server/src/uploads/__tests__/image-bombs';
import { errorShapeProblem } from './lib/clients';
import { spawnServer, type ServerProcess } from './lib/server-process';
import { dealerToken } from './lib/world';

const REPORT = path.join(os.tmpdir(), 'sanbao-reliability', `uploads-${process.env.DATABASE_CLIENT || 'sqlite'}.json`);
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-upload-tmpdir-'));
const figures: Record<string, unknown> = {};

let strapi: Core.Strapi;
let server: ServerProcess;
let eastJwt: string;
let westJwt: string;
let adminJwt: string;
let draft: string;
let decided: string;
let png: Buffer;
let corrupt: Buffer;

jest.setTimeout(10 * 60_000);

const tempFiles = () => fs.readdirSync(TMP).sort();
/** Every file in this run's private evidence store (test/helpers/strapi.ts gives each run its own folder). */
const uploadedFiles = (): string[] => {
  const root = process.env.SANBAO_EVIDENCE_DIR as string;
  if (!root || !fs.existsSync(root)) return [];
  return fs.readdirSync(root).flatMap((shard) => fs.readdirSync(path.join(root, shard))).sort();
};

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  eastJwt = await dealerToken(strapi, FIXTURE.users.east);
  westJwt = await dealerToken(strapi, FIXTURE.users.west);
  adminJwt = await staffLogin(strapi, 'Super Admin');
  const east = dealerApi(eastJwt);
  draft = (await east.post('/claims', goodClaim())).body.number;
  const reviewed = await claimInReview(east);
  await staffApi(await staffLogin(strapi, 'Technical reviewer')).decide(reviewed, { decision: 'reject', comment: 'no' });
  decided = reviewed.number;
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } }).png().toBuffer();
  // A PNG whose signature and header are right and whose image data breaks off.
  corrupt = png.subarray(0, png.length - 30);
  server = await spawnServer({ TMPDIR: TMP });
});

afterAll(async () => {
  await server?.kill('SIGTERM');
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify(figures, null, 2));
  await stopStrapi();
});

type Part = [field: string, bytes: Buffer, filename: string];

/** One multipart POST to the spawned server; a connection the server closed comes back as status 0. */
async function post(url: string, parts: Part[], options: { token?: string; fields?: Record<string, string> } = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  for (const [field, bytes, filename] of parts) form.append(field, new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), filename);
  try {
    const res = await fetch(server.base + url, { method: 'POST', body: form, headers: options.token ? { Authorization: `Bearer ${options.token}` } : {} });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

const attachments = (number: string) => `/api/claim-review/claims/${number}/attachments`;
const photos = (n: number, bytes = png): Part[] => Array.from({ length: n }, (_, i) => ['files', bytes, `p${i}.png`]);
const MB = 1024 * 1024;

describe('the temp folder of a server answering bad and anonymous uploads (item 2)', () => {
  it('holds the same files before and after 200 refused uploads, each answered with a 4xx', async () => {
    const before = tempFiles();
    const big: Part = ['files', Buffer.alloc(2 * MB, 1), 'big.png'];
    const cases: Array<[string, () => ReturnType<typeof post>]> = [
      ['anonymous dealer login', () => post('/api/auth/local', [big])],
      ['anonymous claim create', () => post('/api/claim-review/claims', [big])],
      ['anonymous admin login', () => post('/admin/login', [big])],
      ['anonymous Media Library', () => post('/upload', [big])],
      ['anonymous content-API upload', () => post('/api/upload', [big])],
      ['anonymous photo upload', () => post(attachments(draft), [big])],
      ['photos on another dealer\'s claim', () => post(attachments(draft), photos(2), { token: westJwt })],
      ['a batch with a corrupt PNG', () => post(attachments(draft), [['files', png, 'ok.png'], ['files', corrupt, 'bad.png']], { token: eastJwt })],
      ['photos on a decided claim', () => post(attachments(decided), photos(1), { token: eastJwt })],
      ['eleven files', () => post(attachments(draft), photos(11), { token: eastJwt })],
      ['a price list that is no sheet', () => post('/claim-review/price-lists/preview', [['file', Buffer.from('PK\x03\x04 not a workbook'), 'prices.xlsx']], { token: adminJwt, fields: { effectiveFrom: '2027-01-01' } })],
      ['a price-list import without a date', () => post('/claim-review/price-lists/import', [['file', Buffer.from('配件编号\r\nP-1\r\n'), 'prices.csv']], { token: adminJwt })],
      ['thirty form fields', () => post(attachments(draft), photos(1), { token: eastJwt, fields: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 'x'])) })],
    ];
    const oversize: Array<[string, () => ReturnType<typeof post>]> = [
      ['an 11 MB photo', () => post(attachments(draft), [['files', Buffer.concat([png, Buffer.alloc(11 * MB)]), 'huge.png']], { token: eastJwt })],
      ['an 11 MB Media Library file', () => post('/upload', [['files', Buffer.alloc(11 * MB), 'huge.bin']], { token: adminJwt })],
      ['an 11 MB price list', () => post('/claim-review/price-lists/preview', [['file', Buffer.alloc(11 * MB), 'huge.csv']], { token: adminJwt, fields: { effectiveFrom: '2027-01-01' } })],
    ];
    const plan = [...oversize, ...Array.from({ length: 200 - oversize.length }, (_, i) => cases[i % cases.length])];
    const statuses: Record<string, Record<number, number>> = {};
    const problems: string[] = [];
    // Four at a time, as a small botnet would.
    for (let i = 0; i < plan.length; i += 4) {
      await Promise.all(plan.slice(i, i + 4).map(async ([what, send]) => {
        const res = await send();
        (statuses[what] ??= {})[res.status] = (statuses[what][res.status] ?? 0) + 1;
        if (res.status < 400 || res.status >= 500) problems.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }));
    }
    const after = tempFiles();
    figures.refusedUploads = { requests: plan.length, statuses, tempFilesBefore: before.length, tempFilesAfter: after.length, left: after.filter((f) => !before.includes(f)).slice(0, 20) };
    expect(problems).toEqual([]);
    expect(after).toEqual(before);
    expect(statuses['photos on another dealer\'s claim']).toEqual({ 404: expect.any(Number) });
    expect(statuses['photos on a decided claim']).toEqual({ 409: expect.any(Number) });
    expect(statuses['a batch with a corrupt PNG']).toEqual({ 400: expect.any(Number) });
  });

  it('refuses a body past its bounds with a coded 413 before writing it out, also when its length is not declared', async () => {
    const before = tempFiles();
    const declared = await post(attachments(draft), [['files', Buffer.concat([png, Buffer.alloc(11 * MB)]), 'huge.png']], { token: eastJwt });
    expect(errorShapeProblem(declared)).toBeNull();
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { files: 'too_big' } } });

    // Chunked, so the server learns the size only by reading: the parser stops at the limit.
    const boundary = 'sanbaoBoundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`);
    const chunks = [head, png, ...Array.from({ length: 12 }, () => Buffer.alloc(MB)), Buffer.from(`\r\n--${boundary}--\r\n`)];
    const chunked = await fetch(server.base + attachments(draft), {
      method: 'POST',
      headers: { Authorization: `Bearer ${eastJwt}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: new ReadableStream({ pull(controller) { const next = chunks.shift(); if (next) controller.enqueue(next); else controller.close(); } }),
      duplex: 'half',
    } as RequestInit).then(async (res) => ({ status: res.status, body: await res.json() }));
    expect(chunked.status).toBe(413);
    expect(chunked.body.error.details.fields).toEqual({ files: 'too_big' });

    const media = await post('/upload', [['files', Buffer.alloc(11 * MB), 'huge.bin']], { token: adminJwt });
    expect(media.status).toBe(413);
    expect(media.body.error).toMatchObject({ status: 413, name: 'PayloadTooLargeError' });
    expect(tempFiles()).toEqual(before);
  });

  it('writes an upload into the server\'s temp folder while it arrives, and removes it when the client hangs up half-way', async () => {
    const before = tempFiles();
    const boundary = 'sanbaoAbort';
    const url = new URL(server.base + attachments(draft));
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: {
      Authorization: `Bearer ${eastJwt}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(8 * MB),
    } });
    req.on('error', () => undefined);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="slow.png"\r\nContent-Type: image/png\r\n\r\n`);
    req.write(Buffer.concat([png, Buffer.alloc(256 * 1024)]));
    const appeared = await waitFor(() => tempFiles().some((f) => !before.includes(f)));
    req.destroy();
    const gone = await waitFor(() => tempFiles().length === before.length);
    figures.abortedUpload = { tempFileWhileArriving: appeared, removedAfterHangUp: gone };
    expect(appeared).toBe(true);
    expect(tempFiles()).toEqual(before);
  });

  it('removes the temp files of an upload that succeeds too', async () => {
    const before = tempFiles();
    const res = await post(attachments(draft), photos(2), { token: eastJwt });
    expect(res.status).toBe(201);
    expect(tempFiles()).toEqual(before);
  });
});

/** Polls `check` until it holds, for at most 20 s; answers whether it held. */
async function waitFor(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('a photo batch is all or nothing (item 4)', () => {
  const upload = (jwt: string, number: string, files: Part[]) => {
    let req = request(httpServer()).post(attachments(number)).set('Authorization', `Bearer ${jwt}`);
    for (const [field, bytes, name] of files) req = req.attach(field, bytes, name);
    return req;
  };
  const newDraft = async () => (await dealerApi(eastJwt).post('/claims', goodClaim())).body.number as string;
  const stored = () => strapi.db.query('plugin::claim-review.attachment').count();

  it('[valid PNG, corrupt PNG] stores nothing, and the 400 names each refused file at its position as sent', async () => {
    const number = await newDraft();
    const [rows, files] = [await stored(), uploadedFiles()];
    // A large valid file first: its write ends after the small bad ones', so the parser's own order would differ.
    const large = await sharp({ create: { width: 900, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
    const res = await upload(eastJwt, number, [['files', large, 'large.png'], ['files', corrupt, 'broken.png'], ['files', png, 'ok.png'], ['files', Buffer.from('MZ\x90\x00', 'latin1'), 'tool.png']]);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual({
      fields: { files: 'corrupt' },
      files: [{ index: 1, name: 'broken.png', reason: 'corrupt' }, { index: 3, name: 'tool.png', reason: 'invalid_format' }],
    });
    const claim = (await dealerApi(eastJwt).get(`/claims/${number}`)).body;
    expect(claim.photos).toEqual([]);
    expect(await strapi.db.query('plugin::claim-review.attachment').count({ where: { claimNumber: number } })).toBe(0);
    expect(await stored()).toBe(rows);
    expect(uploadedFiles()).toEqual(files);
    // Nothing counts toward the cap: ten good photos still fit.
    expect((await upload(eastJwt, number, photos(10))).status).toBe(201);
  });

  it('a batch over the 10-photo cap stores nothing', async () => {
    const number = await newDraft();
    expect((await upload(eastJwt, number, photos(9))).status).toBe(201);
    const [rows, files] = [await stored(), uploadedFiles()];
    const res = await upload(eastJwt, number, photos(2));
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual({ files: 'too_many' });
    expect(await stored()).toBe(rows);
    expect(uploadedFiles()).toEqual(files);
    expect((await dealerApi(eastJwt).get(`/claims/${number}`)).body.photos).toHaveLength(9);
  });

  it('a restart removes the files a killed process stored but never linked, once older than the grace period', async () => {
    const store = strapi.plugin('claim-review').service('evidenceStore');
    const temp = path.join(os.tmpdir(), `orphan-${process.pid}.png`);
    fs.writeFileSync(temp, png);
    // What a SIGKILL between storing a batch and its transaction leaves: stored, named by no row.
    const old = await store.put(temp, '.png');
    const recent = await store.put(temp, '.png');
    fs.rmSync(temp);
    const hoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(store.pathOf(old), hoursAgo, hoursAgo);
    const number = await newDraft();
    const kept = await upload(eastJwt, number, photos(1));
    expect(kept.status).toBe(201);
    // The linked file is as old as the orphan: only the missing row makes a file an orphan.
    const keptKey = (await strapi.db.query('plugin::claim-review.attachment').findOne({ where: { claimNumber: number } })).storageKey;
    fs.utimesSync(store.pathOf(keptKey), hoursAgo, hoursAgo);
    expect(uploadedFiles()).toEqual(expect.arrayContaining([old, recent, keptKey]));

    strapi = await restartStrapi();
    expect(uploadedFiles()).toEqual(expect.arrayContaining([recent, keptKey]));
    expect(uploadedFiles()).not.toContain(old);
    expect((await dealerApi(eastJwt).get(`/claims/${number}`)).body.photos).toHaveLength(1);
    figures.orphanSweep = { removed: 1, keptWithinGrace: 1, keptLinked: 1 };
  });
});

describe('image bombs (item 5)', () => {
  it('are refused from their header with the reason, and the server\'s memory grows by less than 100 MB', async () => {
    const bombs: Part[] = [
      ['files', pngDeclaring(60000, 60000), 'bomb.png'],
      ['files', pngDeclaring(16000, 16000), 'wide.png'],
      ['files', jpegDeclaring(65000, 65000), 'bomb.jpg'],
      ['files', webpDeclaring(16383, 16383), 'bomb.webp'],
    ];
    const one = await post(attachments(draft), bombs, { token: eastJwt });
    expect(one.status).toBe(400);
    expect(one.body.error.details.files).toEqual(bombs.map(([, , name], index) => ({ index, name, reason: 'too_many_pixels' })));

    const rssBefore = server.rssKb();
    // Three parallel posts of two bombs each, five times over.
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all([0, 1, 2].map(() => post(attachments(draft), [bombs[0], bombs[1]], { token: eastJwt })));
      expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    }
    const rssAfter = server.rssKb();
    figures.imageBombs = { posts: 16, rssBeforeMb: Math.round(rssBefore / 1024), rssAfterMb: Math.round(rssAfter / 1024), growthMb: Math.round((rssAfter - rssBefore) / 1024) };
    expect(rssAfter - rssBefore).toBeLessThan(100 * 1024);
    expect((await dealerApi(eastJwt).get(`/claims/${draft}`)).body.photos.map((p: any) => p.name)).not.toContain('bomb.png');
  });
});
