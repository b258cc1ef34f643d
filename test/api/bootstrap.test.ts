/**
 * Start-up: the super admin, the plugin's roles and the demo seed all arrive by
 * themselves and arrive once, however often the CMS starts.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { httpServer, restartStrapi, startStrapi, stopStrapi } from '../helpers/strapi';

const COUNTED = ['api::dealer.dealer', 'api::product-model.product-model', 'api::unit.unit', 'api::warranty-policy.warranty-policy', 'api::part.part', 'api::part-price.part-price', 'api::labour-operation.labour-operation', 'api::labour-rate.labour-rate', 'api::reason-code.reason-code', 'api::office-calendar.office-calendar-day', 'plugin::users-permissions.user'];

let strapi: Core.Strapi;
beforeAll(async () => {
  // What the first start of an install does: an empty database, not the run's template.
  strapi = await startStrapi({ seed: true, fresh: true });
});
afterAll(stopStrapi);

const counts = async () => Object.fromEntries(await Promise.all(COUNTED.map(async (uid) => [uid, await strapi.db.query(uid as any).count()])));

// Compiled seed, the one `npm start` runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seed } = require('../../cms/dist/src/seed');

describe('demo seed', () => {
  it('loads the handbooks\' world on an empty database', async () => {
    const c = await counts();
    expect(c['api::dealer.dealer']).toBe(3);
    expect(c['api::part.part']).toBeGreaterThanOrEqual(40);
    expect(c['api::unit.unit']).toBeGreaterThanOrEqual(200);
    expect(c['api::warranty-policy.warranty-policy']).toBeGreaterThanOrEqual(3);
    const categories = await strapi.db.query('api::part.part').findMany({ select: ['category'] });
    expect(new Set(categories.map((p: { category: string }) => p.category))).toEqual(new Set(['standard', 'wear', 'main_component', 'core']));
    const priceDates = await strapi.db.query('api::part-price.part-price').findMany({ select: ['effectiveFrom'] });
    expect(new Set(priceDates.map((p: { effectiveFrom: string }) => p.effectiveFrom)).size).toBeGreaterThanOrEqual(2);
    const registered = await strapi.db.query('api::unit.unit').count({ where: { saleDate: { $notNull: true } } });
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(c['api::unit.unit']);
  });

  it('fills the service desk with demo requests in several states, the demo dealer\'s inbox not empty', async () => {
    const requests = await strapi.db.query('plugin::claim-review.service-request').findMany({ select: ['status'] });
    expect(new Set(requests.map((r: { status: string }) => r.status))).toEqual(new Set(['received', 'dispatched', 'in_service', 'completed', 'closed']));
    const inbox = await strapi.db.query('plugin::claim-review.work-order').count({ where: { dealerCode: 'SD-WF' } });
    expect(inbox).toBeGreaterThanOrEqual(3);
  });

  it('loads the official holidays and make-up working days of 2024 to 2026 into the office calendar', async () => {
    const days = await strapi.db.query('api::office-calendar.office-calendar-day').findMany({ select: ['date', 'kind'] });
    const kindOf = new Map(days.map((d: { date: unknown; kind: string }) => [String(d.date instanceof Date ? d.date.toISOString() : d.date).slice(0, 10), d.kind]));
    for (const year of ['2024', '2025', '2026']) {
      expect(kindOf.get(`${year}-10-01`)).toBe('holiday');
      expect(kindOf.get(`${year}-05-01`)).toBe('holiday');
    }
    // 调休: weekend days worked before and after National Day 2024, and the Saturday after it in 2026.
    expect([kindOf.get('2024-09-29'), kindOf.get('2024-10-12'), kindOf.get('2026-10-10')]).toEqual(['workday', 'workday', 'workday']);
    expect(kindOf.get('2024-10-08')).toBeUndefined();
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    await seed(strapi);
    expect(await counts()).toEqual(before);
  });
});

describe('bootstrap', () => {
  it('creates the super admin and the roles once, however often the server starts', async () => {
    const roleNames = async () => (await strapi.db.query('admin::role').findMany()).map((r: { name: string }) => r.name).sort();
    const before = { admins: await strapi.db.query('admin::user').count(), roles: await roleNames(), upRoles: await strapi.db.query('plugin::users-permissions.role').count() };
    expect(before.admins).toBe(1);
    expect(before.roles).toEqual(expect.arrayContaining(['Technical reviewer', 'Finance', 'Service coordinator']));
    strapi = await restartStrapi();
    expect(await strapi.db.query('admin::user').count()).toBe(before.admins);
    expect(await roleNames()).toEqual(before.roles);
    expect(await strapi.db.query('plugin::users-permissions.role').count()).toBe(before.upRoles);
    const dealer = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'dealer' }, populate: ['permissions'] });
    expect(dealer.name).toBe('Dealer');
    const actions = dealer.permissions.map((p: { action: string }) => p.action);
    // The dealer routes, and the dealer's own password change; nothing of master data.
    expect(actions.filter((a: string) => !a.startsWith('plugin::claim-review.'))).toEqual(['plugin::users-permissions.auth.changePassword']);
    expect(new Set(actions).size).toBe(actions.length);
    // Strapi's own default roles still arrive complete although the plugin bootstraps first.
    const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' }, populate: ['permissions'] });
    expect(editor.permissions.length).toBeGreaterThan(0);
    const reviewer = await strapi.db.query('admin::role').findOne({ where: { name: 'Technical reviewer' }, populate: ['permissions'] });
    expect(reviewer.permissions.map((p: { action: string }) => p.action).sort()).toEqual(
      ['plugin::claim-review.claims.read', 'plugin::claim-review.claims.review', 'plugin::claim-review.parts.inspect'],
    );
  });
});

describe('the super admin of a default install', () => {
  it('has a password of its own, not one published in this repository', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { adminCredentials } = require('../../cms/dist/src/bootstrap/super-admin');
    const { email, password } = adminCredentials();
    expect(process.env.SANBAO_ADMIN_PASSWORD).toBeUndefined();
    expect(password).not.toBe('Sanbao-Admin-2026');
    expect(password.length).toBeGreaterThanOrEqual(16);
    const login = (pw: string) => request(httpServer()).post('/admin/login').send({ email, password: pw });
    expect((await login('Sanbao-Admin-2026')).status).toBe(400);
    expect((await login(password)).status).toBe(200);
  });
});

describe('content manager', () => {
  it('lists the price list by part, date and both prices, with bilingual labels', async () => {
    const service = strapi.plugin('content-manager').service('content-types');
    const config = await service.findConfiguration(strapi.contentType('api::part-price.part-price'));
    expect(config.layouts.list).toEqual(['part', 'effectiveFrom', 'dealerPrice', 'guidePrice']);
    expect(config.metadatas.dealerPrice.list.label).toBe('经销商结算价(分) Dealer price (fen)');
    expect(config.metadatas.part.edit.mainField).toBe('name');
  });
});

