/**
 * Hardening, with Strapi's login rate limits on as in production: login throttling
 * (and what it keys on), token expiry and forgery, the security headers and CORS set
 * in cms/config/middlewares.ts, SQL-injection strings in every query parameter of
 * every GET route, upload type sniffing, and the portal's static file server.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { PASSWORD, createDealerUser } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { dealerClient, errorShapeProblem, staffClient } from './lib/clients';
import { changed, rowCounts } from './lib/db';
import { SQL_STRINGS } from './lib/payloads';
import { fill, pluginRoutes } from './lib/routes';
import { buildWorld, dealerToken, roleFor, westSecrets, type World } from './lib/world';

let strapi: Core.Strapi;
let world: World;
const FULL = Number(process.env.SANBAO_FUZZ_RUNS || 200) >= 1000;
const REPORT = path.join(os.tmpdir(), 'sanbao-reliability', `hardening-${process.env.DATABASE_CLIENT || 'sqlite'}.json`);
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  strapi = await startStrapi({ env: { DEALER_LOGIN_RATE_LIMIT: 'true', ADMIN_LOGIN_RATE_LIMIT: 'true', SERVER_PROXY: 'false' } });
  world = await buildWorld(strapi);
});
afterAll(async () => {
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify(figures, null, 2));
  await stopStrapi();
});

const koa = () => (strapi.server as any).app as { proxy: boolean };
const dealerLoginAs = (identifier: string, password: string, forwardedFor?: string) => {
  const req = request(httpServer()).post('/api/auth/local');
  if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
  return req.send({ identifier, password });
};

describe('dealer login rate limit (users-permissions, /api/auth/local)', () => {
  const max = Number(process.env.DEALER_LOGIN_RATE_MAX || 10);
  afterEach(() => {
    koa().proxy = false;
  });

  it(`answers 429 after ${max} attempts from one address, and then refuses a colleague at the same address too`, async () => {
    await createDealerUser(strapi, 'east-colleague', (await strapi.db.query('api::dealer.dealer').findOne({ where: { code: FIXTURE.dealers.east } })).documentId);
    const statuses: number[] = [];
    // Without server.proxy a forged X-Forwarded-For changes nothing: the socket's address counts.
    for (let i = 0; i <= max; i++) statuses.push((await dealerLoginAs(FIXTURE.users.east, 'wrong-password', `10.9.9.${i}`)).status);
    expect(statuses.slice(0, max)).toEqual(Array(max).fill(400));
    expect(statuses[max]).toBe(429);
    // Strapi 5.54 keys /auth/local on the address alone (GHSA-7mqx-wwh4-f9fw), not on the identifier.
    const colleague = await dealerLoginAs('east-colleague', PASSWORD);
    expect(colleague.status).toBe(429);
    figures.dealerLogin = { max, windowMs: Number(process.env.DEALER_LOGIN_RATE_WINDOW_MS || 60000), statuses, colleagueSameAddress: colleague.status };
  });

  it('behind a proxy (server.proxy), keys on the workshop\'s address: another workshop still signs in', async () => {
    koa().proxy = true;
    const statuses: number[] = [];
    for (let i = 0; i <= max; i++) statuses.push((await dealerLoginAs(FIXTURE.users.east, 'wrong-password', '203.0.113.10')).status);
    expect(statuses[max]).toBe(429);
    const otherWorkshop = await dealerLoginAs('east-colleague', PASSWORD, '198.51.100.20');
    expect(otherWorkshop.status).toBe(200);
    expect(otherWorkshop.body.jwt).toEqual(expect.any(String));
    figures.dealerLoginBehindProxy = { sameWorkshop: statuses[max], otherWorkshop: otherWorkshop.status };
  });
});

describe('staff login rate limit (admin, /admin/login)', () => {
  it('answers 429 after 5 failed attempts for one account, and lets another account at the same address in', async () => {
    // An account that has not signed in yet: every request counts, successful ones too.
    const email = 'someone-guessing@example.test';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await request(httpServer()).post('/admin/login').send({ email, password: 'wrong-password' })).status);
    expect(statuses.slice(0, 5).every((s) => s === 400 || s === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
    const other = await request(httpServer()).post('/admin/login').send({ email: 'finance@example.test', password: PASSWORD });
    expect(other.status).toBe(200);
    figures.staffLogin = { statuses, otherAccountSameAddress: other.status };
  });
});

describe('tokens', () => {
  it('a dealer JWT expires: valid at first, 401 UNAUTHENTICATED after its lifetime', async () => {
    const shortLived = await dealerToken(strapi, FIXTURE.users.east, { expiresIn: '1s' });
    expect((await dealerClient(shortLived).get('/me')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const res = await dealerClient(shortLived).get('/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('a login gives a dealer JWT of 12 hours (DEALER_JWT_EXPIRES_IN)', async () => {
    koa().proxy = true;
    const res = await dealerLoginAs(FIXTURE.users.west, PASSWORD, '192.0.2.77');
    koa().proxy = false;
    expect(res.status).toBe(200);
    const claims = jwt.decode(res.body.jwt) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(12 * 3600);
  });

  it('a forged, re-signed, unsigned or orphaned dealer token is 401', async () => {
    const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: FIXTURE.users.east } });
    const real = world.dealerTokens.east;
    const [header, payload] = real.split('.');
    const forged = [
      jwt.sign({ id: user.id }, 'not-the-secret', { expiresIn: '1h' }),
      `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`,
      `${header}.${Buffer.from(JSON.stringify({ id: user.id + 1, iat: Math.floor(Date.now() / 1000) })).toString('base64url')}.${real.split('.')[2]}`,
      await strapi.plugin('users-permissions').service('jwt').issue({ id: 999999 }),
    ];
    for (const token of forged) {
      const res = await dealerClient(token).get('/claims');
      expect(res.status).toBe(401);
      expect(errorShapeProblem(res)).toBeNull();
    }
  });

  it('a tampered staff token is 401', async () => {
    const real = world.staffTokens.Finance;
    const tampered = `${real.slice(0, -4)}${real.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect((await staffClient(tampered).get('/settlements')).status).toBe(401);
  });
});

describe('security headers (strapi::security as set in cms/config/middlewares.ts)', () => {
  const paths = () => [
    ['dealer API answer', '/api/claim-review/me', world.dealerTokens.east],
    ['dealer API error', '/api/claim-review/claims/NO-SUCH', world.dealerTokens.east],
    ['staff API answer', '/claim-review/claims', world.staffTokens['Super Admin']],
    ['admin panel', '/admin', null],
    ['portal', '/portal/', null],
  ] as const;

  it('every answer forbids framing by others, MIME sniffing and referrers, pins HTTPS, and has a CSP without eval', async () => {
    const seen: Record<string, Record<string, string | undefined>> = {};
    for (const [name, url, token] of paths()) {
      const req = request(httpServer()).get(url);
      const res = await (token ? req.set('Authorization', `Bearer ${token}`) : req);
      expect(res.status).toBeLessThan(500);
      const h = res.headers;
      seen[name] = { status: String(res.status), csp: h['content-security-policy'], xfo: h['x-frame-options'], poweredBy: h['x-powered-by'] };
      const csp = h['content-security-policy'] ?? '';
      const checks = {
        'X-Frame-Options': h['x-frame-options'] === 'SAMEORIGIN',
        'X-Content-Type-Options': h['x-content-type-options'] === 'nosniff',
        'Referrer-Policy': h['referrer-policy'] === 'no-referrer',
        'Strict-Transport-Security': /max-age=31536000; includeSubDomains/.test(h['strict-transport-security'] ?? ''),
        "CSP default-src 'self'": /default-src 'self'/.test(csp),
        "CSP frame-ancestors 'self'": /frame-ancestors 'self'/.test(csp),
        "CSP object-src 'none'": /object-src 'none'/.test(csp),
        'CSP without unsafe-eval': !/unsafe-eval/.test(csp),
        // Decided: the framework may be named (Strapi's poweredBy), never its version.
        'no version in X-Powered-By or Server': !/\d/.test(`${h['x-powered-by'] ?? ''}${h.server ?? ''}`),
      };
      expect([name, res.status, Object.entries(checks).filter(([, ok]) => !ok).map(([check]) => check)]).toEqual([name, res.status, []]);
    }
    figures.headers = seen;
  });

  it('a settlement PDF is served as an attachment of its own type, not sniffable', async () => {
    const res = await request(httpServer()).get(`/api/claim-review/settlements/${world.east.settlement}/pdf`).set('Authorization', `Bearer ${world.dealerTokens.east}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('CORS (strapi::cors, CORS_ORIGINS)', () => {
  const allowed = 'http://localhost:5173';
  const unknown = 'https://evil.example';

  it('answers an allowed origin with Access-Control-Allow-Origin, an unknown origin without', async () => {
    const get = (origin: string) => request(httpServer()).get('/api/claim-review/me').set('Origin', origin).set('Authorization', `Bearer ${world.dealerTokens.east}`);
    const ok = await get(allowed);
    expect(ok.headers['access-control-allow-origin']).toBe(allowed);
    const evil = await get(unknown);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets an allowed origin preflight the headers the dealer API takes, and no one else', async () => {
    const preflight = (origin: string) =>
      request(httpServer()).options('/api/claim-review/claims').set('Origin', origin).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key,if-match');
    const ok = await preflight(allowed);
    expect(ok.status).toBeLessThan(300);
    expect(ok.headers['access-control-allow-origin']).toBe(allowed);
    expect(ok.headers['access-control-allow-headers'].toLowerCase()).toEqual(expect.stringContaining('idempotency-key'));
    const evil = await preflight(unknown);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('SQL injection in query parameters', () => {
  const PARAMS = ['page', 'pageSize', 'status', 'q', 'dealer', 'overdue', 'from', 'to', 'groupBy', 'format', 'date', 'lang', 'filters', 'sort', 'populate'];
  // qs turns these into objects: operators smuggled into a where clause must not pass either.
  const OBJECTS = ['[$ne]=x', '[$or][0][dealerCode]=D-WEST', '[$in][]=D-WEST&{p}[$in][]=D-EAST', '[0]=a&{p}[1]=b'];

  const totalOf = (body: any) => body?.meta?.pagination?.total;

  it('never answers 500, never returns more rows or another dealer\'s, never writes', async () => {
    const routes = pluginRoutes(strapi).filter((r) => r.method === 'GET' && !r.public);
    const before = await rowCounts(strapi);
    const failures: string[] = [];
    let requests = 0;
    const tally: Record<string, number> = {};
    for (const route of routes) {
      const caller = route.api === 'dealer' ? dealerClient(world.dealerTokens.east) : staffClient(world.staffTokens[await roleFor(strapi, route.action)]);
      const url = fill(route, world.east);
      const baseline = await caller.get(url);
      for (const param of PARAMS) {
        // In CI each parameter gets one string and one operator object, rotating so that
        // every string and object is used; SANBAO_FUZZ_RUNS ≥ 1000 sends all to all.
        const i = PARAMS.indexOf(param);
        const picked = FULL ? SQL_STRINGS : [SQL_STRINGS[i % SQL_STRINGS.length]];
        const objects = FULL ? OBJECTS : [OBJECTS[i % OBJECTS.length]];
        const queries = [
          ...picked.map((s) => `${param}=${encodeURIComponent(s)}`),
          ...objects.map((o) => `${param}${o.replace(/\{p\}/g, param)}`),
        ];
        for (const query of queries) {
          const res = await caller.get(`${url}?${query}`);
          requests += 1;
          tally[res.status] = (tally[res.status] ?? 0) + 1;
          const where = `${route.api} ${route.key}?${decodeURIComponent(query)}`;
          if (res.status >= 500) failures.push(`${where}: ${res.status}`);
          else if (res.status >= 400 && res.body?.error && errorShapeProblem(res)) failures.push(`${where}: ${errorShapeProblem(res)}`);
          if (res.status === 200 && totalOf(res.body) !== undefined && totalOf(res.body) > totalOf(baseline.body)) failures.push(`${where}: ${totalOf(res.body)} rows > ${totalOf(baseline.body)}`);
          if (route.api === 'dealer' && westSecrets(world).some((s) => (res.text ?? '').includes(s))) failures.push(`${where}: west data`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(changed(before, await rowCounts(strapi))).toEqual([]);
    figures.sqlInjection = { routes: routes.length, params: PARAMS.length, full: FULL, requests, statuses: tally };
  });
});

describe('attachments are typed by their bytes, not by their name', () => {
  // A real photo: a JPEG header without a frame is refused since sizes are read from the header.
  let JPEG: Buffer;
  beforeAll(async () => {
    JPEG = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#36c' } }).jpeg().toBuffer();
  });
  const attach = (number: string, bytes: Buffer, filename: string, contentType: string) =>
    request(httpServer()).post(`/api/claim-review/claims/${number}/attachments`).set('Authorization', `Bearer ${world.dealerTokens.east}`).attach('files', bytes, { filename, contentType });

  it.each([
    ['a Windows executable called photo.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]), 'photo.jpg', 'image/jpeg'],
    ['an HTML page called photo.png', Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png', 'image/png'],
    ['an SVG with a script called photo.jpg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'photo.jpg', 'image/svg+xml'],
    ['a ZIP called report.pdf', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]), 'report.pdf', 'application/pdf'],
  ])('refuses %s with 400 and stores nothing', async (_name, bytes, filename, type) => {
    const before = await rowCounts(strapi);
    const res = await attach(world.east.draft, bytes, filename, type);
    expect(res.status).toBe(400);
    expect(errorShapeProblem(res)).toBeNull();
    expect(Object.values(res.body.error.details.fields)).toContain('invalid_format');
    expect(changed(before, await rowCounts(strapi))).toEqual([]);
  });

  it('stores a PDF called photo.jpg as a PDF, and a JPEG called setup.exe as a JPEG', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const asPdf = await attach(world.east.draft, pdf, 'photo.jpg', 'image/jpeg');
    expect(asPdf.status).toBe(201);
    const asJpeg = await attach(world.east.draft, JPEG, 'setup.exe', 'application/x-msdownload');
    expect(asJpeg.status).toBe(201);
    const files = await strapi.db.query('plugin::claim-review.attachment').findMany({ where: { claimNumber: world.east.draft }, orderBy: { id: 'asc' } });
    expect(files.map((f: any) => [f.name, f.mime])).toEqual([['photo.pdf', 'application/pdf'], ['setup.jpg', 'image/jpeg']]);
  });

  it('refuses another dealer\'s claim with 404 before reading the file', async () => {
    const res = await attach(world.west.draft, JPEG, 'photo.jpg', 'image/jpeg');
    expect(res.status).toBe(404);
  });
});

describe('the portal\'s static files', () => {
  it('never serves a file outside portal/dist', async () => {
    for (const url of ['/portal/..%2f..%2fcms%2fconfig%2fserver.ts', '/portal/%2e%2e/%2e%2e/package.json', '/portal/..%5c..%5cpackage.json']) {
      const res = await request(httpServer()).get(url);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toMatch(/export default|"workspaces"/);
    }
  });

  it('serves the favicon browsers ask every page for (a missing one made Strapi log an error each time)', async () => {
    const res = await request(httpServer()).get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/image/);
  });

  it('answers 400 to a malformed escape in the path', async () => {
    const malformed = await request(httpServer()).get('/portal/%E0%A4%A');
    expect(malformed.status).toBe(400);
  });
});

