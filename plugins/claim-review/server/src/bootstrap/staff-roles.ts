import type { Core } from '@strapi/strapi';
import { STAFF_ROLES, actionId } from '../constants';

/**
 * Keeps the three staff roles present with their plugin actions. Roles are matched
 * by code so that renaming one in the admin does not create a second copy; actions
 * an admin added to a role are left alone, missing plugin actions are restored.
 */
export async function ensureStaffRoles(strapi: Core.Strapi) {
  const roleService = strapi.service('admin::role');
  const permissionService = strapi.service('admin::permission');
  // Plugins bootstrap before the admin does, and Strapi creates its default roles
  // (Super Admin first of all) only while no role exists: create them first.
  await roleService.createRolesIfNoneExist();
  for (const def of STAFF_ROLES) {
    let role = await strapi.db.query('admin::role').findOne({ where: { $or: [{ code: def.code }, { name: def.name }] } });
    if (!role) {
      role = await roleService.create({ name: def.name, code: def.code, description: def.description });
    }
    const current = await permissionService.findMany({ where: { role: { id: role.id } } });
    const held = new Set(current.map((p: { action: string }) => p.action));
    const missing = def.actions.map(actionId).filter((action) => !held.has(action));
    if (missing.length > 0) {
      await roleService.addPermissions(role.id, missing.map((action) => ({ action, subject: null, conditions: [], properties: {} })));
    }
  }
}
