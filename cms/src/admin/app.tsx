import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Chinese first: technical staff and finance read the handbooks' terms.
    locales: ['zh-Hans', 'en'],
  },
  bootstrap(_app: StrapiApp) {},
};
