import type { Core } from '@strapi/strapi';

import { randomBytes } from 'crypto';

export const DEFAULT_ADMIN_EMAIL = 'admin@sanbao.local';

/**
 * Without SANBAO_ADMIN_PASSWORD a default install gets a random password, printed once by
 * the start that creates the account: a fixed one would open every default install's
 * admin panel to anyone who read this repository. One value per process, so the
 * bootstrap that creates the admin and `npm start`, which prints it, agree.
 */
let generated: string | null = null;
const randomPassword = () => (generated ??= `Sb-${randomBytes(12).toString('base64url')}`);

export const adminCredentials = () => ({
  email: process.env.SANBAO_ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL,
  password: process.env.SANBAO_ADMIN_PASSWORD || randomPassword(),
});

/**
 * A fresh install must open straight into a working admin login, so the first start
 * creates the super admin instead of showing Strapi's registration form. Existing
 * admins are never touched: changing the variables later does not reset a password.
 */
export async function ensureSuperAdmin(strapi: Core.Strapi): Promise<{ email: string; created: boolean }> {
  const { email, password } = adminCredentials();
  const userService = strapi.service('admin::user');
  const roleService = strapi.service('admin::role');
  if ((await userService.count()) > 0) return { email, created: false };

  const superAdminRole = await roleService.getSuperAdmin();
  await userService.create({
    email,
    firstname: 'Sanbao',
    lastname: 'Admin',
    isActive: true,
    roles: [superAdminRole.id],
    password,
    registrationToken: null,
  });
  return { email, created: true };
}
