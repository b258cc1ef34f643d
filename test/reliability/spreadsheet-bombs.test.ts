/**
 * Issue 13, item 7: spreadsheet bombs on the price-list upload (staff with
 * price-lists.manage). A zip that unpacks to hundreds of MB, or a directory that lies
 * about it, is refused before it is unpacked; a sheet over the row limit is refused
 * before it is parsed; parsing runs off the event loop, so other requests are answered
 * meanwhile. Run against a real server process, whose memory the test can read.
 */
import http from 'http';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { staffLogin } from '../helpers/auth';
import { loadFixture } from '../helpers/fixture';
import { spawnServer, type ServerProcess } from './lib/server-process';
import { bomb, xlsx } from './lib/xlsx-build';

let strapi: Core.Strapi;
let server: ServerProcess;
let admin: string;
const HEADER = ['number', 'name', 'category', 'dealerPrice', 'guidePrice'];
const CSV_HEADER = HEADER.join(',');

jest.setTimeout(10 * 60_000);

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  admin = await staffLogin(strapi, 'Super Admin');
  server = await spawnServer();
});
afterAll(async () => {
  await server?.kill('SIGTERM');
  await stopStrapi();
});

/** A multipart price-list preview, sent with node's http so the test knows when the body has left. */
function preview(bytes: Buffer, filename: string, onSent?: () => void): Promise<{ status: number; body: any }> {
  const boundary = `----sanbao${Date.now().toString(16)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="effectiveFrom"\r\n\r\n2027-01-01\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const url = new URL('/claim-review/price-lists/preview', server.base);
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      agent: false,
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': body.length },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body, onSent);
  });
}

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => [`P-${String(i).padStart(6, '0')}`, `配件${i}`, 'standard', '10.00', '12.00']);

describe('zip bombs', () => {
  it('a sheet that unpacks to 512 MB is refused from its zip directory: 400 with the reason, memory flat', async () => {
    const file = await bomb(512);
    expect(file.length).toBeLessThan(4 * 1024 * 1024);
    const before = server.rssKb();
    const res = await preview(file, 'bomb.xlsx');
    const grownMb = (server.rssKb() - before) / 1024;
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { reason: 'SHEET_TOO_LARGE', fields: { file: 'too_large_unpacked' } } });
    expect(res.body.error.message.en).toMatch(/unpacks to more than 64 MB/);
    expect(res.body.error.message.zh).toMatch(/解压后超过 64 MB/);
    expect(grownMb).toBeLessThan(100);
  });

  it('a zip whose directory understates a sheet is refused while unpacking, not trusted', async () => {
    const file = await bomb(256, 4096);
    const before = server.rssKb();
    const res = await preview(file, 'liar.xlsx');
    const grownMb = (server.rssKb() - before) / 1024;
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ reason: 'SHEET_TOO_LARGE', fields: { file: 'too_large_unpacked' } });
    expect(grownMb).toBeLessThan(100);
  });
});

describe('row limit', () => {
  it('60,000 rows of CSV are refused with the limit named', async () => {
    const csv = Buffer.from([CSV_HEADER, ...rowsOf(60_000).map((r) => r.join(','))].join('\r\n'), 'utf8');
    const res = await preview(csv, 'big.csv');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { reason: 'SHEET_TOO_MANY_ROWS', fields: { file: 'too_many_rows' } } });
    expect(res.body.error.message).toEqual({ zh: expect.stringContaining('5000 行'), en: expect.stringContaining('more than 5000 rows') });
  });

  it('60,000 rows of XLSX are refused with the limit named', async () => {
    const res = await preview(xlsx([HEADER, ...rowsOf(60_000)]), 'big.xlsx');
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ reason: 'SHEET_TOO_MANY_ROWS', fields: { file: 'too_many_rows' } });
  });
});

describe('the event loop', () => {
  it('answers /_health while a large allowed sheet is being parsed', async () => {
    const file = xlsx([HEADER, ...rowsOf(5000)]);
    const order: string[] = [];
    let health: Promise<void> | null = null;
    const parsed = preview(file, 'allowed.xlsx', () => {
      // The whole upload has left: what the server does next is parse it.
      health = fetch(`${server.base}/_health`).then((res) => {
        order.push(`health ${res.status}`);
      });
    }).then((res) => {
      order.push(`preview ${res.status}`);
      return res;
    });
    const res = await parsed;
    await health;
    expect(res.body.summary?.rows).toBe(5000);
    expect(order).toEqual(['health 204', 'preview 200']);
  });
});
