import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  document(ctx: Context) {
    ctx.body = strapi.plugin('claim-review').service('openapi').document();
  },
});
