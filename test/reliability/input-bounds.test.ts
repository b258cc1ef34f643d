/**
 * SQLite and PostgreSQL must answer the same request the same way. SQLite stores text of
 * any length and bytes that are not UTF-8; PostgreSQL refuses what its column or its JSON
 * cannot hold. So the bounds live in the shared schemas, and every column holds what they
 * admit: every text field of every request body, at 2,001 characters or carrying half a
 * surrogate pair, gets a 400 VALIDATION_FAILED naming that field with its code, and nothing
 * is written; the largest values the API admits are stored and read back unchanged; the
 * Idempotency-Key header is bounded the same way; a path no record can be named by is a 404.
 * A customer's confirmation signed before the failure is refused by the precheck.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { goodClaim } from '../helpers/dealer-api';
import { daysAgo } from '../helpers/dates';
import { dealerClient, staffClient, errorShapeProblem } from './lib/clients';
import { changed, rowCounts } from './lib/db';
import { pathsOf } from './lib/payloads';
import { BODIES, declaredRoutes, fill, isWrite } from './lib/routes';
import { buildWorld, roleFor, type World } from './lib/world';

let strapi: Core.Strapi;
let world: World;

jest.setTimeout(10 * 60_000);

beforeAll(async () => {
  strapi = await startStrapi();
  world = await buildWorld(strapi);
});
afterAll(() => stopStrapi());

const LONE_SURROGATE = 'a\uD800b';
/** Codes a field may answer for a value of the wrong length or content (a code or an enum has its own). */
/** Codes a field of a fixed format answers for any text outside it: a phone number, a signature image. */
const FORMAT_CODES = ['invalid_enum', 'invalid_format', 'invalid_date', 'invalid_type', 'phone_invalid', 'signature_invalid'];
const TEXT_CODES = ['too_long', 'invalid_text', ...FORMAT_CODES];

function setAt(root: unknown, path: Array<string | number>, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root));
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return copy;
}

// Price lists are sheets: their cells answer row errors (fuzz.test.ts poisons those), not fields.
const routesWithBodies = declaredRoutes().filter((r) => isWrite(r) && BODIES[r.key] && !r.key.includes('/price-lists/'));

describe('every text field of every request body', () => {
  it.each(routesWithBodies.map((r) => [`${r.api} ${r.key}`, r] as const))('%s: too long or half a surrogate pair → 400 naming the field, nothing written', async (_name, route) => {
    const client = route.api === 'dealer' ? dealerClient(world.dealerTokens.east) : staffClient(world.staffTokens[await roleFor(strapi, route.action)]);
    const valid = BODIES[route.key].body(world.east);
    const url = fill(route, world.east);
    const leaves = pathsOf(valid).filter((p) => p.length > 0 && typeof p.reduce((node: any, k) => node?.[k], valid) === 'string');
    expect(leaves.length).toBeGreaterThan(0);
    const before = await rowCounts(strapi);
    for (const path of leaves) {
      const field = path.join('.');
      for (const [what, value, code] of [
        ['half a surrogate pair', LONE_SURROGATE, 'invalid_text'],
        ['2,001 characters', 'x'.repeat(2001), 'too_long'],
      ] as const) {
        // JSON.stringify writes the lone half as the escape \ud800; the server's JSON.parse restores it.
        const res = await client.raw(route.method, url, JSON.stringify(setAt(valid, path, value)));
        const context = `${route.key} ${field} = ${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        if (res.status !== 400 || errorShapeProblem(res)) throw new Error(context);
        const fields = res.body.error.details.fields ?? {};
        const got = fields[field];
        if (!TEXT_CODES.includes(got)) throw new Error(context);
        // Free text answers exactly its code; codes, dates and enums may answer their own.
        if (got !== code && !FORMAT_CODES.includes(got)) throw new Error(context);
      }
    }
    expect(changed(before, await rowCounts(strapi))).toEqual([]);
  });
});

describe('the largest values the API admits are stored and read back unchanged', () => {
  const east = () => dealerClient(world.dealerTokens.east);

  it('a 2,000-character description with characters outside the BMP, and a 100-character customer name', async () => {
    const description = '故障🔧'.repeat(500).slice(0, 2000);
    expect(description.length).toBe(2000);
    const name = '张'.repeat(100);
    const res = await east().post('/claims', goodClaim({ serial: world.east.serial, fault: { component: 'motor', description }, customerConfirmation: { name, signedAt: daysAgo(1) } }));
    expect(res.status).toBe(201);
    const read = await east().get(`/claims/${res.body.number}`);
    expect(read.body.fault.description).toBe(description);
    expect(read.body.customerConfirmation.name).toBe(name);
  });

  it('a 300-character customer address (the column was 255 on PostgreSQL), 301 refused', async () => {
    const body = BODIES['POST /registrations'].body(world.east) as any;
    const long = (n: number) => ({ ...body, customer: { ...body.customer, address: '地'.repeat(n) } });
    const refused = await east().post('/registrations', long(301));
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fields).toEqual({ 'customer.address': 'too_long' });
    const res = await east().post('/registrations', long(300));
    expect(res.status).toBe(201);
    const unit = await strapi.documents('api::unit.unit').findFirst({ filters: { serial: world.east.unregistered }, populate: ['customer'] } as any);
    expect((unit as any).customer.address).toBe('地'.repeat(300));
  });

  it('Idempotency-Key: 128 characters kept and replayed; 129 or 8,019 characters, or beyond ASCII, → 400 naming the header', async () => {
    const key = 'k'.repeat(128);
    const post = (k: string) => east().post('/claims', goodClaim({ serial: world.east.serial })).set('Idempotency-Key', k);
    const first = await post(key);
    expect(first.status).toBe(201);
    const again = await post(key);
    expect(again.status).toBe(201);
    expect(again.body.number).toBe(first.body.number);
    const before = await rowCounts(strapi);
    for (const [k, code] of [['k'.repeat(129), 'too_long'], ['k'.repeat(8019), 'too_long'], ['clé', 'invalid_format']] as const) {
      const res = await post(k);
      expect([k.length, res.status, res.body.error?.details?.fields]).toEqual([k.length, 400, { 'Idempotency-Key': code }]);
    }
    expect(changed(before, await rowCounts(strapi))).toEqual([]);
  });

  it('a path segment that is not text (NUL, half a surrogate pair, bytes that are not UTF-8) names nothing: 404 before any query', async () => {
    for (const segment of ['%00', 'CR%00', '%ED%A0%80', '%FF']) {
      const res = await east().get(`/claims/${segment}`);
      expect([segment, res.status, errorShapeProblem(res)]).toEqual([segment, 404, null]);
      const staff = await staffClient(world.staffTokens['Super Admin']).get(`/claims/${segment}`);
      expect([segment, staff.status]).toEqual([segment, 404]);
    }
  });
});

describe('customerConfirmation.signedAt', () => {
  const east = () => dealerClient(world.dealerTokens.east);

  it('signed on 0001-01-01, before the failure: the precheck names the field, a submit is refused and writes nothing', async () => {
    const claim = goodClaim({ serial: world.east.serial, customerConfirmation: { name: '张三', signedAt: '0001-01-01' } });
    const check = await east().post('/claims/precheck', claim);
    expect(check.status).toBe(200);
    expect(check.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'DATES_INVALID', severity: 'error', field: 'customerConfirmation.signedAt' })]));
    const before = await rowCounts(strapi);
    const submit = await east().post('/claims', { ...claim, submit: true });
    expect(submit.status).toBe(422);
    expect(submit.body.error.details.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'DATES_INVALID', field: 'customerConfirmation.signedAt' })]));
    expect(changed(before, await rowCounts(strapi))).toEqual([]);
  });

  it('signed on the failure day: no finding on the field', async () => {
    const claim = goodClaim({ serial: world.east.serial, failureDate: daysAgo(2), customerConfirmation: { name: '张三', signedAt: daysAgo(2) } });
    const check = await east().post('/claims/precheck', claim);
    expect(check.status).toBe(200);
    expect(check.body.findings.filter((f: any) => f.field === 'customerConfirmation.signedAt')).toEqual([]);
  });
});
