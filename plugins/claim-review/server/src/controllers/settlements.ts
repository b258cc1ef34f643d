import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { settlementListQuerySchema } from '../../../shared';
import { validate } from './validation';
import { actorOf } from './request-context';
import { sendFile } from './pdf-answer';

/** The dealer's settlements: issued and acknowledged ones only, never another dealer's. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settlements = () => strapi.plugin('claim-review').service('settlements');

  return {
    async find(ctx: Context) {
      ctx.body = await settlements().listForDealer(ctx.state.dealer, validate(settlementListQuerySchema, ctx.query));
    },

    async findOne(ctx: Context) {
      ctx.body = await settlements().findForDealer(ctx.state.dealer, ctx.params.number);
    },

    async pdf(ctx: Context) {
      const file = await settlements().pdfForDealer(ctx.state.dealer, ctx.params.number);
      sendFile(ctx, { ...file, type: 'application/pdf' });
    },

    async acknowledge(ctx: Context) {
      ctx.body = await settlements().acknowledge(ctx.state.dealer, actorOf(ctx), ctx.params.number);
    },
  };
};
