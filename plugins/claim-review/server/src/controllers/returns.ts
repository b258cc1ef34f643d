import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { inspectionInputSchema, shipmentListQuerySchema } from '../../../shared';
import { validate } from './validation';
import { actorOf } from './request-context';

/** Returned parts (staff): shipments in, receipt, inspection of each part. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const returns = () => strapi.plugin('claim-review').service('returns');

  return {
    async find(ctx: Context) {
      ctx.body = await returns().list(validate(shipmentListQuerySchema, ctx.query));
    },

    async receive(ctx: Context) {
      ctx.body = await returns().receive(Number(ctx.params.id), actorOf(ctx));
    },

    async inspect(ctx: Context) {
      const input = validate(inspectionInputSchema, ctx.request.body);
      ctx.body = await returns().inspect(Number(ctx.params.id), actorOf(ctx), input);
    },
  };
};
