import type { Core } from '@strapi/strapi';

export const DEFAULT_ADMIN = { email: 'admin@sanbao.local', password: 'Sanbao-Admin-2026' };

export const adminCredentials = () => ({
  email: process.env.SANBAO_ADMIN_EMAIL || DEFAULT_ADMIN.email,
  password: process.env.SANBAO_ADMIN_PASSWORD || DEFAULT_ADMIN.password,
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
