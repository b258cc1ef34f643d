import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

const SERVICE_ACTIONS = [...PERMISSIONS.serviceIntake, ...PERMISSIONS.serviceDispatch, ...PERMISSIONS.serviceFollowUp];

/**
 * Which service-desk actions the signed-in admin holds, through Strapi's own RBAC check.
 * Only hides buttons: the server checks the same actions on every request.
 * useRBAC names them by their last segment: intake → canIntake, follow-up → canFollowUp.
 */
export function useServiceRbac() {
  const { allowedActions, isLoading } = useRBAC(SERVICE_ACTIONS);
  return {
    loading: isLoading,
    canIntake: Boolean(allowedActions.canIntake),
    canDispatch: Boolean(allowedActions.canDispatch),
    canFollowUp: Boolean(allowedActions.canFollowUp),
  };
}
