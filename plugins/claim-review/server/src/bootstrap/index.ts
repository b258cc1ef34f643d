import type { Core } from '@strapi/strapi';
import { ensureDealerRole } from './dealer-role';
import { ensureStaffRoles } from './staff-roles';
import { guardAuditTrail } from './audit-guard';
import { assertFontAvailable } from '../pdf';
import { moveEvidenceOutOfMediaLibrary } from './evidence-migration';
import { configureDealerAccounts } from './dealer-account';
import { guardDealerSessions } from './dealer-sessions';
import { sweepOrphanFiles } from './orphan-files';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Settlement PDFs need the embedded CJK font: fail at start, never print empty boxes.
  assertFontAvailable();
  guardAuditTrail(strapi);
  strapi.plugin('claim-review').service('webhooks').register();
  strapi.plugin('claim-review').service('returnOverdue').schedule();
  strapi.plugin('claim-review').service('qualityAlerts').schedule();
  strapi.plugin('claim-review').service('serviceBreaches').schedule();
  // Weekly report (日结周报, issue #17): mailed every Monday.
  strapi.plugin('claim-review').service('weeklyReport').schedule();
  guardDealerSessions(strapi);
  await ensureDealerRole(strapi);
  await configureDealerAccounts(strapi);
  await ensureStaffRoles(strapi);
  await moveEvidenceOutOfMediaLibrary(strapi);
  await sweepOrphanFiles(strapi);
  // Service KPIs: requests written before the rollup existed get their facts once.
  await strapi.plugin('claim-review').service('kpiRollup').backfillOnce();
};
