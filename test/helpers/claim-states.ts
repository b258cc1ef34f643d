/**
 * Moves claims along the state machine for tests that need them further than the
 * dealer API takes them, through the plugin's own services (transitions.apply in a
 * transaction), so versions, the audit trail and webhooks stay what they would be.
 */
import type { Core } from '@strapi/strapi';

const REVIEWER = { type: 'staff' as const, name: 'Test reviewer' };
const SYSTEM = { type: 'system' as const, name: 'system' };

/** in_review → approved → ready_to_settle (no parts to return). */
export async function makeReadyToSettle(strapi: Core.Strapi, number: string): Promise<void> {
  const plugin = strapi.plugin('claim-review');
  await strapi.db.transaction(async ({ onCommit }) => {
    const row = await plugin.service('claimStore').mustFind(number);
    const approved = await plugin
      .service('transitions')
      .apply(row, { event: 'approve', as: 'reviewer', actor: REVIEWER, data: { decidedAt: new Date() } }, onCommit);
    await plugin.service('transitions').apply(approved, { event: 'nothing_to_return', as: 'system', actor: SYSTEM }, onCommit);
  });
}
