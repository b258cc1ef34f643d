import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { shipmentInputSchema, shipmentListQuerySchema } from '../../../shared';
import { validate } from './validation';
import { actorOf } from './request-context';

/** The dealer's return shipments of replaced parts (旧件返回). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const shipments = () => strapi.plugin('claim-review').service('shipments');

  return {
    async create(ctx: Context) {
      const input = validate(shipmentInputSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = await shipments().create(ctx.state.dealer, actorOf(ctx), input);
    },

    async find(ctx: Context) {
      ctx.body = await shipments().list(ctx.state.dealer, validate(shipmentListQuerySchema, ctx.query));
    },
  };
};
