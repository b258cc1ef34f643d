/**
 * The permission matrix: every staff route of the plugin, for every staff role, the
 * super admin, a dealer's portal token and no token. A role either reaches the route
 * (whatever the route then says about the dummy request) or is refused with 401/403
 * and no data. The routes are read from the running plugin, so a route added later is
 * covered without touching this file.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, restartStrapi, startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerLogin, staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { dealerApi } from '../helpers/dealer-api';
import { claimInReview } from '../helpers/staff-api';
import { STAFF_ROLES, actionId } from '../../plugins/claim-review/server/src/constants';

let strapi: Core.Strapi;

interface StaffRoute {
  method: string;
  path: string;
  handler: string;
  config: { policies: Array<string | { name: string; config: { actions: string[] } }> };
}

const staffRoutes = (): StaffRoute[] => (strapi.plugin('claim-review').routes as any).admin.routes;
const actionOf = (route: StaffRoute) => {
  const policy = route.config.policies.find((p) => typeof p === 'object' && p.name === 'admin::hasPermissions') as { config: { actions: string[] } } | undefined;
  return policy?.config.actions ?? [];
};

const ROLES = ['Technical reviewer', 'Finance', 'Service coordinator'] as const;
const callers: Record<string, string | null> = {};
let claimNumber = '';

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  for (const role of [...ROLES, 'Super Admin']) callers[role] = await staffLogin(strapi, role);
  callers.dealer = await dealerLogin(FIXTURE.users.east);
  callers.anonymous = null;
  claimNumber = (await claimInReview(dealerApi(callers.dealer))).number;
});
afterAll(stopStrapi);

/** A concrete URL for a route; parameters point at things that exist where that matters. */
const urlOf = (route: StaffRoute) =>
  `/claim-review${route.path}`.replace(':number', claimNumber).replace(':id', '999999').replace(/:(\w+)/g, 'x');

function send(route: StaffRoute, jwt: string | null) {
  const url = urlOf(route);
  const verb = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  let req = request(httpServer())[verb](url);
  if (jwt) req = req.set('Authorization', `Bearer ${jwt}`);
  // A stale version: a reviewer who gets through changes nothing.
  req = req.set('If-Match', '999');
  return ['post', 'put'].includes(verb) ? req.send({}) : req;
}

const hasData = (body: any) =>
  body && typeof body === 'object' && ((body.data !== undefined && body.data !== null) || body.number !== undefined || Array.isArray(body));

describe('every staff route', () => {
  it('declares admin::isAuthenticatedAdmin and admin::hasPermissions with a plugin action', () => {
    const routes = staffRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(7);
    for (const route of routes) {
      expect(`${route.method} ${route.path} ${route.config.policies.includes('admin::isAuthenticatedAdmin')}`).toBe(`${route.method} ${route.path} true`);
      const actions = actionOf(route);
      expect(`${route.method} ${route.path} ${actions.length}`).toBe(`${route.method} ${route.path} 1`);
      expect(actions[0]).toMatch(/^plugin::claim-review\./);
    }
  });

  it('includes the review and parts-return routes with their actions', () => {
    const table = staffRoutes().map((r) => `${r.method} ${r.path} ${actionOf(r)[0]}`);
    expect(table).toEqual(expect.arrayContaining([
      `GET /claims ${actionId('claims.read')}`,
      `GET /claims/:number ${actionId('claims.read')}`,
      `POST /claims/:number/decision ${actionId('claims.review')}`,
      `GET /shipments ${actionId('parts.inspect')}`,
      `POST /shipments/:id/receive ${actionId('parts.inspect')}`,
      `POST /returned-parts/:id/inspection ${actionId('parts.inspect')}`,
    ]));
  });
});

describe('the matrix', () => {
  const cases: Array<[string]> = [...ROLES, 'Super Admin', 'dealer', 'anonymous'].map((c) => [c]);

  it.each(cases)('%s reaches exactly the routes of its actions', async (caller) => {
    const held = new Set(STAFF_ROLES.find((r) => r.name === caller)?.actions.map(actionId) ?? []);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of staffRoutes()) {
      const res = await send(route, callers[caller]);
      const action = actionOf(route)[0];
      const allowed = caller === 'Super Admin' || held.has(action);
      const refusal = caller === 'dealer' || caller === 'anonymous' ? 401 : 403;
      const label = `${route.method} ${route.path}`;
      if (allowed) {
        outcomes.push(`${label} ${res.status === 401 || res.status === 403 ? `refused ${res.status}` : 'reached'}`);
        expected.push(`${label} reached`);
      } else {
        outcomes.push(`${label} ${res.status} ${hasData(res.body) ? 'with data' : 'no data'}`);
        expected.push(`${label} ${refusal} no data`);
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it('keeps segregation of duties: a reviewer issues no settlement, finance changes no decision', async () => {
    const reviewer = callers['Technical reviewer'];
    const finance = callers.Finance;
    const settle = await request(httpServer()).post('/claim-review/settlements').set('Authorization', `Bearer ${reviewer}`).send({ dealer: FIXTURE.dealers.east, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(settle.status).toBe(403);
    const claim = await request(httpServer()).get(`/claim-review/claims/${claimNumber}`).set('Authorization', `Bearer ${finance}`);
    expect(claim.status).toBe(200);
    const decide = await request(httpServer()).post(`/claim-review/claims/${claimNumber}/decision`).set('Authorization', `Bearer ${finance}`).set('If-Match', String(claim.body.version)).send({ decision: 'approve', comment: '' });
    expect(decide.status).toBe(403);
    expect((await request(httpServer()).get(`/claim-review/claims/${claimNumber}`).set('Authorization', `Bearer ${finance}`)).body.status).toBe('in_review');
  });

  it('a dealer token opens no staff route and a staff token no dealer route', async () => {
    const staffOnDealer = await request(httpServer()).get('/api/claim-review/claims').set('Authorization', `Bearer ${callers['Technical reviewer']}`);
    expect(staffOnDealer.status).toBe(401);
    expect(staffOnDealer.body.data).toBeUndefined();
  });
});

describe('the staff roles', () => {
  it('exist once each with their actions, and stay so across restarts', async () => {
    const snapshot = async () => {
      const out: Record<string, string[]> = {};
      for (const def of STAFF_ROLES) {
        const rows = await strapi.db.query('admin::role').findMany({ where: { name: def.name }, populate: ['permissions'] });
        expect(rows).toHaveLength(1);
        out[def.name] = rows[0].permissions.map((p: { action: string }) => p.action).sort();
      }
      return out;
    };
    const before = await snapshot();
    expect(before['Technical reviewer']).toEqual(['claims.read', 'claims.review', 'parts.inspect'].map(actionId));
    expect(before.Finance).toEqual(['analytics.read', 'claims.read', 'service.kpi', 'settlements.manage', 'settlements.read'].map(actionId));
    // The service desk's actions, complaints (投诉) and KPIs included, are the coordinator's; so is
    // grading dealers (seed 000: the sales side spot-checks and downgrades dealers).
    expect(before['Service coordinator']).toEqual(['analytics.read', 'claims.read', 'dealers.grade', 'service.complaint', 'service.dispatch', 'service.follow-up', 'service.intake', 'service.kpi'].map(actionId));
    strapi = await restartStrapi();
    expect(await snapshot()).toEqual(before);
  });

  it('are registered with the admin action provider', () => {
    const provider = strapi.service('admin::permission').actionProvider;
    for (const uid of ['claims.read', 'claims.review', 'parts.inspect', 'settlements.manage', 'settlements.read', 'analytics.read', 'service.intake', 'service.dispatch', 'service.follow-up', 'service.complaint', 'service.kpi', 'dealers.grade']) {
      expect(provider.get(actionId(uid))).toBeDefined();
    }
  });
});
