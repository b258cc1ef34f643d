import type { Core } from '@strapi/strapi';

/**
 * A process killed while storing a photo batch leaves stored files that no claim links
 * to: nobody sees them, but they fill the disk. The start removes them; a failure here
 * is logged and never stops the start.
 */
export async function sweepOrphanFiles(strapi: Core.Strapi) {
  const plugin = strapi.plugin('claim-review');
  const graceMs = Number(plugin.config('orphanGraceMinutes') ?? 60) * 60_000;
  try {
    const removed = await plugin.service('evidenceStore').sweepOrphans(new Date(), graceMs);
    if (removed) strapi.log.info(`[claim-review] removed ${removed} stored file(s) no claim links to`);
  } catch (error) {
    strapi.log.warn(`[claim-review] could not sweep unlinked claim files: ${(error as Error).message}`);
  }
}
