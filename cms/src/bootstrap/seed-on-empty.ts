import type { Core } from '@strapi/strapi';
import { seed } from '../seed';
import { seedServiceDesk } from '../seed/service-desk';
import { seedScorecards } from '../seed/scorecard';
// Service KPIs: six months of history for the KPI page's trends.
import { seedServiceKpiHistory } from '../seed/service-kpi-history';

/**
 * The demo data arrives by itself on an empty database (no dealer yet), so that
 * `npm start` on a fresh clone shows a working system. SANBAO_SEED=false turns it
 * off for a production database that is loaded by import instead.
 */
export async function seedOnEmpty(strapi: Core.Strapi): Promise<boolean> {
  if (process.env.SANBAO_SEED === 'false') return false;
  const dealers = await strapi.db.query('api::dealer.dealer').count();
  if (dealers > 0) return false;
  const report = await seed(strapi, (line) => strapi.log.info(`[seed] ${line}`));
  strapi.log.info(`[seed] demo data loaded: ${JSON.stringify(report)}`);
  await seedServiceDesk(strapi, (line) => strapi.log.info(`[seed] ${line}`));
  await seedScorecards(strapi, (line) => strapi.log.info(`[seed] ${line}`));
  await seedServiceKpiHistory(strapi, (line) => strapi.log.info(`[seed] ${line}`));
  return true;
}
