import { PLUGIN_ID } from './pluginId';

const action = (uid: string) => ({ action: `plugin::${PLUGIN_ID}.${uid}`, subject: null });

/** Each page shows to the roles holding its RBAC action (server/src/constants.ts). */
export const PERMISSIONS = {
  queue: [action('claims.read')],
  review: [action('claims.review')],
  returns: [action('parts.inspect')],
  settlementsRead: [action('settlements.read')],
  settlementsManage: [action('settlements.manage')],
  priceLists: [action('price-lists.manage')],
  quality: [action('analytics.read')],
  serviceIntake: [action('service.intake')],
  serviceDispatch: [action('service.dispatch')],
  serviceFollowUp: [action('service.follow-up')],
  // Complaints (投诉).
  serviceComplaint: [action('service.complaint')],
  // Service KPIs
  serviceKpi: [action('service.kpi')],
  // Dealer scorecard: grading dealers.
  dealersGrade: [action('dealers.grade')],
};

/** The menu link shows to anyone holding at least one of the plugin's actions. */
export const ANY_PLUGIN_PERMISSION = [
  ...PERMISSIONS.queue,
  ...PERMISSIONS.review,
  ...PERMISSIONS.returns,
  ...PERMISSIONS.settlementsRead,
  ...PERMISSIONS.settlementsManage,
  ...PERMISSIONS.priceLists,
  ...PERMISSIONS.quality,
  ...PERMISSIONS.serviceIntake,
  ...PERMISSIONS.serviceDispatch,
  ...PERMISSIONS.serviceFollowUp,
  ...PERMISSIONS.serviceComplaint,
  ...PERMISSIONS.serviceKpi,
  ...PERMISSIONS.dealersGrade,
];
