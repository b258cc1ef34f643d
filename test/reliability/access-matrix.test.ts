/**
 * Access matrix: every dealer and staff route, read from the plugin's route tables at
 * run time, called by every kind of caller, with the other dealer's real ids. Nobody
 * gets past authentication or RBAC who should not, the east dealer gets 404 for every
 * west record, and no answer to a dealer carries another dealer's data or any
 * customer's phone or address. The master-data content API is closed to dealers.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { createDealerUser } from '../helpers/auth';
import { FIXTURE } from '../helpers/fixture';
import { apiClient, dealerClient, errorShapeProblem, staffClient } from './lib/clients';
import { BODIES, ENDS_SESSION, SHARED_RECORDS, fill, hasParams, isWrite, pluginRoutes, type PluginRoute } from './lib/routes';
import { STAFF_ROLES, actionsOf, buildWorld, dealerToken, westSecrets, type StaffRole, type World } from './lib/world';

let strapi: Core.Strapi;
let world: World;
let routes: PluginRoute[];

beforeAll(async () => {
  strapi = await startStrapi();
  world = await buildWorld(strapi);
  routes = pluginRoutes(strapi);
});
afterAll(stopStrapi);

interface Answer {
  status: number;
  body: any;
  text?: string;
}

/** Secrets found in an answer, leaving out what the caller sent itself. */
function leaks(answer: Answer, secrets: string[], sent: string): string[] {
  const text = answer.text ?? JSON.stringify(answer.body ?? '');
  return secrets.filter((s) => text.includes(s) && !sent.includes(s));
}

async function call(client: ReturnType<typeof apiClient>, route: PluginRoute, path: string, body?: unknown): Promise<Answer> {
  const req = client.call(route.method, path);
  const res = await (body === undefined ? req : req.send(body as object));
  return { status: res.status, body: res.body, text: res.text };
}

const bodyOf = (route: PluginRoute) => (isWrite(route) ? BODIES[route.key]?.body(world.west) : undefined);

describe('the route tables', () => {
  it('have a real id of the other dealer for every path parameter', () => {
    const dealerRoutes = routes.filter((r) => r.api === 'dealer');
    const staffRoutes = routes.filter((r) => r.api === 'staff');
    expect(dealerRoutes.length).toBeGreaterThan(15);
    expect(staffRoutes.length).toBeGreaterThan(10);
    for (const route of routes) expect(() => fill(route, world.west)).not.toThrow();
    staffRoutes.forEach((r) => expect(r.action).toMatch(/^plugin::claim-review\./));
  });
});

describe('dealer routes', () => {
  const matrix = async (token: () => string | null, expected: number, code: string) => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.api === 'dealer' && !r.public)) {
      const path = fill(route, world.west);
      const body = bodyOf(route);
      const res = await call(dealerClient(token()), route, path, body);
      const problem = errorShapeProblem(res);
      if (res.status !== expected || res.body?.error?.code !== code || problem) failures.push(`${route.key}: ${res.status} ${res.body?.error?.code ?? ''} ${problem ?? ''}`);
      const leaked = leaks(res, [...westSecrets(world), ...world.customerSecrets], JSON.stringify({ path, body }));
      if (leaked.length) failures.push(`${route.key}: leaked ${leaked.join(', ')}`);
    }
    expect(failures).toEqual([]);
  };

  it('answer 401 UNAUTHENTICATED without a token', () => matrix(() => null, 401, 'UNAUTHENTICATED'));
  it('answer 401 UNAUTHENTICATED to a forged token', () => matrix(() => 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged', 401, 'UNAUTHENTICATED'));
  it('answer 401 UNAUTHENTICATED to a staff token', () => matrix(() => world.staffTokens['Super Admin'], 401, 'UNAUTHENTICATED'));
  it('answer 403 FORBIDDEN to a portal user with no dealer', () => matrix(() => world.dealerTokens.orphan, 403, 'FORBIDDEN'));
  it('answer 403 FORBIDDEN to a suspended dealer', () => matrix(() => world.dealerTokens.suspended, 403, 'FORBIDDEN'));

  it('refuse a blocked portal user of a live dealer', async () => {
    const dealer = await strapi.db.query('api::dealer.dealer').findOne({ where: { code: FIXTURE.dealers.east } });
    const user = await createDealerUser(strapi, 'east-blocked', dealer.documentId);
    const token = await dealerToken(strapi, user.username);
    await strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { blocked: true } });
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.api === 'dealer' && !r.public)) {
      const res = await call(dealerClient(token), route, fill(route, world.east), bodyOf(route));
      if (![401, 403].includes(res.status) || errorShapeProblem(res)) failures.push(`${route.key}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answer 404 NOT_FOUND to every id of the other dealer, and never show its data or a customer\'s', async () => {
    const east = dealerClient(world.dealerTokens.east);
    const failures: string[] = [];
    const seen: string[] = [];
    const before = new Set((await strapi.db.query('plugin::claim-review.claim').findMany({ select: ['number'] })).map((c: any) => c.number));
    // Writes that name no record last: a claim the east dealer files on a west serial is
    // its own draft (UNIT_NOT_FOUND) and would show that serial in its own list.
    const order = (r: PluginRoute) => Number(isWrite(r) && !hasParams(r) && !BODIES[r.key]?.namesRecords);
    for (const route of routes.filter((r) => r.api === 'dealer' && !r.public && !ENDS_SESSION.has(r.key)).sort((a, b) => order(a) - order(b))) {
      const path = fill(route, world.west);
      const body = bodyOf(route);
      const res = await call(east, route, path, body);
      seen.push(`${route.key} → ${res.status}`);
      if (res.status >= 500) failures.push(`${route.key}: ${res.status}`);
      const namesOthers = (hasParams(route) && !SHARED_RECORDS.has(route.key)) || BODIES[route.key]?.namesRecords;
      if (namesOthers && (res.status !== 404 || res.body?.error?.code !== 'NOT_FOUND')) failures.push(`${route.key}: ${res.status}, not 404`);
      const leaked = leaks(res, [...westSecrets(world), ...world.customerSecrets], JSON.stringify({ path, body }));
      if (leaked.length) failures.push(`${route.key}: leaked ${leaked.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(seen.length).toBeGreaterThan(15);
    // Those drafts, typed by the east dealer itself, go again through its own API.
    const made = (await strapi.db.query('plugin::claim-review.claim').findMany({ select: ['number'] })).filter((c: any) => !before.has(c.number));
    for (const { number } of made) expect((await east.delete(`/claims/${number}`)).status).toBe(204);
  });

  it('give the east dealer its own records on the same routes (the matrix is not vacuous)', async () => {
    const east = dealerClient(world.dealerTokens.east);
    const gets = routes.filter((r) => r.api === 'dealer' && !r.public && r.method === 'GET');
    const failures: string[] = [];
    for (const route of gets) {
      const res = await call(east, route, fill(route, world.east));
      if (res.status !== 200) failures.push(`${route.key}: ${res.status}`);
      const leaked = leaks(res, [...westSecrets(world), ...world.customerSecrets], '');
      if (leaked.length) failures.push(`${route.key}: leaked ${leaked.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('complaints (投诉)', () => {
  it('give each dealer the complaints about it, the phone masked, and never one about the other dealer', async () => {
    for (const [me, other] of [['east', 'west'], ['west', 'east']] as const) {
      const res = await call(dealerClient(world.dealerTokens[me]), routes.find((r) => r.key === 'GET /complaints')!, '/complaints?pageSize=100');
      expect(res.status).toBe(200);
      const numbers = res.body.data.map((c: { number: string }) => c.number);
      expect(numbers).toContain(world[me].complaint);
      expect(numbers).not.toContain(world[other].complaint);
      expect(res.text).not.toMatch(/1370000000[26]/);
      expect(res.body.data.find((c: { number: string }) => c.number === world[me].complaint).complainant.phone).toMatch(/^137\*{4}000[26]$/);
    }
  });
});

describe('the dealer\'s own units (issue #18)', () => {
  it('list every unit of the dealer, registered and not, and none of the other dealer\'s', async () => {
    const answer = async (token: string, query = '') => {
      const res = await dealerClient(token).call('GET', `/units?pageSize=100${query}`);
      expect(res.status).toBe(200);
      return res.body.data.map((u: { serial: string }) => u.serial) as string[];
    };
    const east = await answer(world.dealerTokens.east);
    expect(east).toEqual(expect.arrayContaining([world.east.serial, world.east.unregistered]));
    expect(east).not.toContain(world.west.serial);
    expect(east).not.toContain(world.west.unregistered);
    const west = await answer(world.dealerTokens.west);
    expect(west).toEqual(expect.arrayContaining([world.west.serial, world.west.unregistered]));
    expect(west.filter((s) => east.includes(s))).toEqual([]);
    expect(await answer(world.dealerTokens.east, '&registered=false')).toContain(world.east.unregistered);
    expect(await answer(world.dealerTokens.east, '&registered=false')).not.toContain(world.east.serial);
    // Searching by the other dealer's serial finds nothing, rather than its unit.
    expect(await answer(world.dealerTokens.east, `&q=${encodeURIComponent(world.west.serial)}`)).toEqual([]);
  });
});

describe('staff routes', () => {
  const staffRoutes = () => routes.filter((r) => r.api === 'staff');

  it.each([
    ['no token', () => null],
    ['a forged token', () => 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged'],
    ['a dealer token', () => world.dealerTokens.east],
  ])('answer 401 to %s, in the docs/api.md shape', async (_name, token) => {
    const failures: string[] = [];
    for (const route of staffRoutes()) {
      const res = await call(staffClient(token()), route, fill(route, world.west), bodyOf(route));
      const problem = errorShapeProblem(res);
      if (res.status !== 401 || problem) failures.push(`${route.key}: ${res.status} ${problem ?? ''}`);
      const leaked = leaks(res, [...westSecrets(world), ...world.customerSecrets], '');
      if (leaked.length) failures.push(`${route.key}: leaked ${leaked.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('answer 403 to every role that lacks the route\'s action, and let every role that holds it through', async () => {
    const failures: string[] = [];
    const grid: string[] = [];
    // Refusals first: the permitted calls below may change the records (issue, receive…).
    const plan: Array<{ role: StaffRole; route: PluginRoute; allowed: boolean }> = [];
    for (const role of STAFF_ROLES) {
      const actions = await actionsOf(strapi, role);
      for (const route of staffRoutes()) plan.push({ role, route, allowed: actions === 'all' || actions.has(route.action!) });
    }
    plan.sort((a, b) => Number(a.allowed) - Number(b.allowed));
    for (const { role, route, allowed } of plan) {
      const body = isWrite(route) ? {} : undefined;
      const res = await call(staffClient(world.staffTokens[role]), route, fill(route, world.west), body);
      grid.push(`${role} ${route.key} → ${res.status}`);
      if (res.status >= 500) failures.push(`${role} ${route.key}: ${res.status}`);
      else if (!allowed && (res.status !== 403 || errorShapeProblem(res))) failures.push(`${role} ${route.key}: ${res.status}, not 403`);
      else if (allowed && [401, 403].includes(res.status)) failures.push(`${role} ${route.key}: ${res.status} although the role holds ${route.action}`);
      if (!allowed && leaks(res, [...westSecrets(world), ...world.customerSecrets], '').length) failures.push(`${role} ${route.key}: leaked data`);
    }
    expect(failures).toEqual([]);
    // Editors and authors of the CMS hold none of the plugin's actions.
    expect(plan.filter((p) => ['Editor', 'Author'].includes(p.role) && p.allowed)).toEqual([]);
  });
});

describe('dealer scorecards', () => {
  it('give each dealer its own scorecard only, whatever the request names', async () => {
    for (const [who, own, other] of [['east', world.east.code, world.west.code], ['west', world.west.code, world.east.code]] as const) {
      const res = await dealerClient(world.dealerTokens[who]).get(`/scorecard?dealer=${other}&code=${other}`);
      expect(res.status).toBe(200);
      expect(res.body.dealer.code).toBe(own);
      expect(JSON.stringify(res.body)).not.toContain(other);
    }
    const leaked = leaks({ status: 200, body: (await dealerClient(world.dealerTokens.east).get('/scorecard')).body }, [...westSecrets(world), ...world.customerSecrets], '');
    expect(leaked).toEqual([]);
  });

  it('have no grade, spot-check or other dealer\'s scorecard route for a dealer, on either API', async () => {
    const grade = async () => (await strapi.db.query('api::dealer.dealer').findOne({ where: { code: world.east.code } })).creditGrade;
    const before = await grade();
    const east = world.dealerTokens.east;
    const attempts: Array<[string, string, unknown?]> = [
      ['GET', `/scorecards/${world.west.code}`],
      ['GET', '/scorecards'],
      ['POST', `/dealers/${world.east.code}/grade`, { grade: 'A', reason: '自评 / Self-graded' }],
      ['GET', '/spot-checks'],
      ['POST', `/spot-checks/${world.east.spotCheckId}/decision`, { result: 'passed', note: '自查 / Self-checked' }],
    ];
    for (const [method, path, body] of attempts) {
      const onDealerApi = await dealerClient(east).call(method, path).send(body as object);
      expect([method, path, [403, 404, 405].includes(onDealerApi.status)]).toEqual([method, path, true]);
      const onStaffApi = await staffClient(east).call(method, path).send(body as object);
      expect([method, path, onStaffApi.status]).toEqual([method, path, 401]);
    }
    expect(await grade()).toBe(before);
    const check = await strapi.db.query('plugin::claim-review.spot-check').findOne({ where: { id: world.east.spotCheckId } });
    expect(check.status).toBe('pending');
  });
});

describe('the master-data content API', () => {
  it('is closed to dealers and to the public: no unit, customer, dealer, user or file', async () => {
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { serial: FIXTURE.serials.west } });
    const layers: Array<{ path: string; methods: string[] }> = (strapi.server as any).listRoutes();
    const open = layers.filter((l) => l.path.startsWith('/api/') && !/^\/api\/(claim-review|auth|connect)(\/|$)/.test(l.path));
    expect(open.some((l) => l.path === '/api/units')).toBe(true);
    const failures: string[] = [];
    for (const layer of open) {
      const path = layer.path.replace(/:\w+/g, unit.documentId);
      for (const method of layer.methods.filter((m) => m !== 'HEAD')) {
        for (const [who, token] of [['public', null], ['dealer', world.dealerTokens.east]] as const) {
          const res = await apiClient('', token).call(method, path).send({ data: {} });
          if (![401, 403, 404, 405].includes(res.status)) failures.push(`${who} ${method} ${layer.path}: ${res.status}`);
          const leaked = leaks({ status: res.status, body: res.body, text: res.text }, [...westSecrets(world), ...world.customerSecrets], '');
          if (leaked.length) failures.push(`${who} ${method} ${layer.path}: leaked ${leaked.join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
