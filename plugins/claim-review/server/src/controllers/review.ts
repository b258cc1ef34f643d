import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { decisionInputSchema, staffClaimListQuerySchema } from '../../../shared';
import { actionId } from '../constants';
import { validate } from './validation';
import { actorOf, ifMatch } from './request-context';

/** Technical review (staff): the queue, a claim as a reviewer sees it, and the decision. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const review = () => strapi.plugin('claim-review').service('review');
  const mayReview = (ctx: Context) => Boolean(ctx.state.userAbility?.can(actionId('claims.review')));

  return {
    async find(ctx: Context) {
      // `status=all` lists every filed claim; without a status the queue is what waits for a reviewer.
      const { status, ...rest } = ctx.query;
      const all = status === 'all';
      const query = validate(staffClaimListQuerySchema, all ? rest : ctx.query);
      ctx.body = await review().queue({ ...query, all });
    },

    async findOne(ctx: Context) {
      ctx.body = await review().detail(ctx.params.number, { mayReview: mayReview(ctx) });
    },

    async decide(ctx: Context) {
      const input = validate(decisionInputSchema, ctx.request.body);
      ctx.body = await review().decide(ctx.params.number, actorOf(ctx), input, ifMatch(ctx));
    },

    async reasonCodes(ctx: Context) {
      ctx.body = { data: await review().reasonCodes() };
    },
  };
};
