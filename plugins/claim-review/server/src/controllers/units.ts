import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { registrationInputSchema } from '../../../shared';
import { validate } from './validation';
import { actorOf } from './request-context';

/** The dealer's units: look-up with coverage and history, and the warranty card (registration). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const units = () => strapi.plugin('claim-review').service('units');
  return {
    async findOne(ctx: Context) {
      ctx.body = await units().findForDealer(ctx.state.dealer, ctx.params.serial);
    },

    async register(ctx: Context) {
      const input = validate(registrationInputSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = await units().register(ctx.state.dealer, actorOf(ctx), input);
    },
  };
};
