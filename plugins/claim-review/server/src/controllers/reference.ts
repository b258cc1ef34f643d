import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import * as z from 'zod';
import { LIMITS, listQuerySchema, plainStringSchema } from '../../../shared';
import { validate } from './validation';

const dealerQuerySchema = listQuerySchema.extend({
  q: z.preprocess((v) => (v === '' ? undefined : v), plainStringSchema().trim().max(LIMITS.query).optional()),
});

/** Staff API: reference lists the admin pages pick from (dealers for filters and settlements). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reference = () => strapi.plugin('claim-review').service('reference');

  return {
    async dealers(ctx: Context) {
      ctx.body = await reference().dealers(validate(dealerQuerySchema, ctx.query));
    },
  };
};
