/**
 * The world most staff-side API files start from: Strapi on a fresh database with the
 * test fixture, both dealers signed in, and one admin session per staff role asked for.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi } from './strapi';
import { dealerLogin, staffLogin } from './auth';
import { FIXTURE, loadFixture } from './fixture';
import { dealerApi } from './dealer-api';
import { staffApi, type DealerApi, type StaffApi } from './staff-api';

export async function fixtureWorld<Role extends string>(roles: Role[]): Promise<{ strapi: Core.Strapi; east: DealerApi; west: DealerApi; staff: Record<Role, StaffApi> }> {
  const strapi = await startStrapi();
  await loadFixture(strapi);
  const east = dealerApi(await dealerLogin(FIXTURE.users.east));
  const west = dealerApi(await dealerLogin(FIXTURE.users.west));
  const staff = {} as Record<Role, StaffApi>;
  for (const role of roles) staff[role] = staffApi(await staffLogin(strapi, role as any));
  return { strapi, east, west, staff };
}
