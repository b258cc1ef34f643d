import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import * as z from 'zod';
import { codeSchema, modelReferenceQuerySchema, unitListQuerySchema } from '../../../shared';
import { validate } from './validation';

const modelParams = z.object({ code: codeSchema() });

/** Dealer API (issue #18): the models, a model's parts, operations and components, and the dealer's units. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reference = () => strapi.plugin('claim-review').service('dealerReference');

  return {
    async models(ctx: Context) {
      ctx.body = await reference().models();
    },

    async forModel(ctx: Context) {
      const { code } = validate(modelParams, ctx.params);
      const { date } = validate(modelReferenceQuerySchema, ctx.query);
      ctx.body = await reference().forModel(code, date);
    },

    async units(ctx: Context) {
      ctx.body = await reference().unitsOf(ctx.state.dealer, validate(unitListQuerySchema, ctx.query));
    },
  };
};
