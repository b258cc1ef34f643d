import type { Core } from '@strapi/strapi';

const DOWNGRADE = {
  dealer: 'SC-MY',
  grade: 'D' as const,
  // Seed 000, 篇十五: a dealer caught falsifying warranty claims is downgraded (降级).
  reason: '销售业务员抽查发现虚报三包维修记录，按三包管理规定降级 / A spot check found falsified warranty repair records: downgraded under the warranty rules',
};
const ACTOR = { type: 'staff' as const, id: null, name: '演示业务员 Demo sales staff' };

/**
 * The demo's dealer scorecards: one dealer downgraded for falsified claims, through the
 * plugin's grade service (so the audit row is what the screen would have written). Only
 * on a database with no grade change yet.
 */
export async function seedScorecards(strapi: Core.Strapi, log: (msg: string) => void = () => {}): Promise<number> {
  if ((await strapi.db.query('plugin::claim-review.dealer-grade-change' as never).count()) > 0) return 0;
  const dealer = await strapi.db.query('api::dealer.dealer' as never).findOne({ where: { code: DOWNGRADE.dealer } } as never);
  if (!dealer) return 0;
  await strapi.plugin('claim-review').service('dealerGrades').setGrade(DOWNGRADE.dealer, ACTOR, { grade: DOWNGRADE.grade, reason: DOWNGRADE.reason });
  log(`dealer ${DOWNGRADE.dealer} downgraded to ${DOWNGRADE.grade}`);
  return 1;
}
