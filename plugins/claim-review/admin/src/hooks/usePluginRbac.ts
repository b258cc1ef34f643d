import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

export type PluginPermission = keyof typeof PERMISSIONS;

/**
 * useRBAC names an allowed action by its last segment only: claims.read, settlements.read
 * and analytics.read would all answer as `canRead`, price-lists.manage and
 * settlements.manage as `canManage`. Each of the plugin's permissions is therefore asked
 * on its own, and the answer is whether any action of that one permission is held.
 */
function useHolds(permission: PluginPermission) {
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS[permission]);
  return { held: Object.values(allowedActions).some(Boolean), isLoading };
}

/**
 * Which of the plugin's actions the signed-in admin holds, through Strapi's RBAC check
 * (its conditions and RBAC middlewares included). Only hides buttons and links: the
 * server checks the same actions on every request. Until the check has answered,
 * `loading` is true and every `can` is false.
 */
export function usePluginRbac(): { loading: boolean; can: Record<PluginPermission, boolean> } {
  // One call per permission, always in this order (the rules of hooks).
  const answers = {
    queue: useHolds('queue'),
    review: useHolds('review'),
    returns: useHolds('returns'),
    settlementsRead: useHolds('settlementsRead'),
    settlementsManage: useHolds('settlementsManage'),
    priceLists: useHolds('priceLists'),
    quality: useHolds('quality'),
    serviceIntake: useHolds('serviceIntake'),
    serviceDispatch: useHolds('serviceDispatch'),
    serviceFollowUp: useHolds('serviceFollowUp'),
    serviceComplaint: useHolds('serviceComplaint'),
    serviceKpi: useHolds('serviceKpi'),
    dealersGrade: useHolds('dealersGrade'),
  } satisfies Record<PluginPermission, { held: boolean; isLoading: boolean }>;
  const entries = Object.entries(answers) as Array<[PluginPermission, { held: boolean; isLoading: boolean }]>;
  return {
    loading: entries.some(([, a]) => a.isLoading),
    can: Object.fromEntries(entries.map(([name, a]) => [name, a.held])) as Record<PluginPermission, boolean>,
  };
}
