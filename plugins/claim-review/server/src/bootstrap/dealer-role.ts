import type { Core } from '@strapi/strapi';
import { DEALER_ROLE, PLUGIN_ID } from '../constants';
import routes from '../routes';
import { grantAccountActions } from './dealer-account';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** The content-API actions of the dealer routes: exactly what the Dealer role holds. */
export const dealerActions = (): string[] =>
  Array.from(
    new Set(
      (routes['content-api'].routes as Array<{ handler: string; config?: { auth?: unknown } }>)
        // Public routes (auth: false) need no grant.
        .filter((route) => route.config?.auth !== false)
        .map((route) => `plugin::${PLUGIN_ID}.${route.handler}`),
    ),
  );

/**
 * Creates the `Dealer` role once and grants it exactly the dealer routes, at every
 * start, without duplicates, plus the account actions (change password). Grants an admin removed by hand are restored: the role
 * exists to reach these routes and nothing else, and master data is never granted.
 */
export async function ensureDealerRole(strapi: Core.Strapi) {
  let role = await strapi.db.query(ROLE_UID).findOne({ where: { type: DEALER_ROLE.type } });
  if (!role) {
    role = await strapi.db.query(ROLE_UID).create({ data: DEALER_ROLE });
  }
  const held = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id } });
  const heldActions = new Set(held.map((p: { action: string }) => p.action));
  for (const action of dealerActions()) {
    if (!heldActions.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
  await grantAccountActions(strapi, role.id, heldActions);
  return role;
}
