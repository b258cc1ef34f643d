/**
 * Sessions for tests: each is made once per test file and reused, because Strapi
 * rate-limits logins and real users keep their session too.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer } from './strapi';

export const PASSWORD = 'Test-Passw0rd!';

export async function apiToken(strapi: Core.Strapi, name = 'erp-import'): Promise<string> {
  const token = await strapi.service('admin::api-token').create({ name, type: 'full-access', lifespan: null, description: 'test' });
  return token.accessKey;
}

export async function dealerRoleId(strapi: Core.Strapi): Promise<number> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'dealer' } });
  return role.id;
}

/** A portal user; `dealerDocumentId` links it to a dealer (omit for a user with no dealer). */
export async function createDealerUser(strapi: Core.Strapi, username: string, dealerDocumentId?: string): Promise<{ id: number; username: string }> {
  const user = await strapi.plugin('users-permissions').service('user').add({
    username,
    email: `${username}@example.test`,
    password: PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: await dealerRoleId(strapi),
  });
  if (dealerDocumentId) {
    await strapi.documents('api::dealer.dealer').update({ documentId: dealerDocumentId, data: { users: { connect: [user.id] } } as any });
  }
  return { id: user.id, username };
}

export async function dealerLogin(username: string): Promise<string> {
  const res = await request(httpServer()).post('/api/auth/local').send({ identifier: username, password: PASSWORD });
  if (res.status !== 200) throw new Error(`dealer login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.jwt;
}

/** An admin user holding the named admin role (`Technical reviewer`, `Finance`…); returns its JWT. */
export async function staffLogin(strapi: Core.Strapi, roleName: string): Promise<string> {
  const role = roleName === 'Super Admin'
    ? await strapi.service('admin::role').getSuperAdmin()
    : await strapi.db.query('admin::role').findOne({ where: { name: roleName } });
  if (!role) throw new Error(`no admin role ${roleName}`);
  const email = `${roleName.toLowerCase().replace(/\W+/g, '-')}@example.test`;
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (!existing) {
    await strapi.service('admin::user').create({
      email, firstname: roleName, lastname: 'Tester', isActive: true, roles: [role.id], password: PASSWORD, registrationToken: null,
    });
  }
  const res = await request(httpServer()).post('/admin/login').send({ email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`admin login ${roleName}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
}
