import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { answerInputSchema, claimCreateInputSchema, claimInputSchema, claimListQuerySchema } from '../../../shared';
import { validate } from './validation';
import { actorOf, idempotencyKey, ifMatch } from './request-context';

/** Dealer claims: parse with the shared schemas, call the claims service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const claims = () => strapi.plugin('claim-review').service('claims');

  return {
    async precheck(ctx: Context) {
      ctx.body = await claims().precheck(ctx.state.dealer, validate(claimInputSchema, ctx.request.body));
    },

    async create(ctx: Context) {
      const input = validate(claimCreateInputSchema, ctx.request.body);
      const key = idempotencyKey(ctx);
      ctx.status = 201;
      ctx.body = await claims().create(ctx.state.dealer, actorOf(ctx), input, key);
    },

    async find(ctx: Context) {
      ctx.body = await claims().list(ctx.state.dealer, validate(claimListQuerySchema, ctx.query));
    },

    async findOne(ctx: Context) {
      ctx.body = await claims().findOne(ctx.state.dealer, ctx.params.number);
    },

    async update(ctx: Context) {
      const input = validate(claimInputSchema, ctx.request.body);
      ctx.body = await claims().update(ctx.state.dealer, actorOf(ctx), ctx.params.number, input, ifMatch(ctx));
    },

    async delete(ctx: Context) {
      await claims().remove(ctx.state.dealer, actorOf(ctx), ctx.params.number);
      ctx.status = 204;
    },

    async submit(ctx: Context) {
      ctx.body = await claims().submit(ctx.state.dealer, actorOf(ctx), ctx.params.number, ifMatch(ctx));
    },

    async answer(ctx: Context) {
      const { message } = validate(answerInputSchema, ctx.request.body);
      ctx.body = await claims().answer(ctx.state.dealer, actorOf(ctx), ctx.params.number, message);
    },
  };
};
