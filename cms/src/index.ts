import type { Core } from '@strapi/strapi';
import { ensureSuperAdmin } from './bootstrap/super-admin';
import { seedOnEmpty } from './bootstrap/seed-on-empty';
import { applyAdminLayouts } from './bootstrap/admin-layouts';

export default {
  register(/* { strapi } */) {},

  /**
   * Runs after the plugins' bootstraps (so the claim-review plugin has created the
   * `Dealer` role the seeded portal users need).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const admin = await ensureSuperAdmin(strapi);
    if (admin.created) strapi.log.info(`[sanbao] super admin created: ${admin.email}`);
    await applyAdminLayouts(strapi);
    const seeded = await seedOnEmpty(strapi);
    // scripts/start.js prints passwords on the start that created them and never again.
    strapi.config.set('sanbao.created', { admin: admin.created, demo: seeded });
  },
};
