import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import * as z from 'zod';
import { DEALER_GRADES, gradeChangeInputSchema, scorecardQuerySchema, spotCheckDecisionSchema, spotCheckListQuerySchema } from '../../../shared';
import { validate } from './validation';
import { actorOf } from './request-context';

const listQuerySchema = z.intersection(
  scorecardQuerySchema,
  z.object({
    grade: z.enum(DEALER_GRADES).optional(),
    page: z.coerce.number().int().min(1).max(100_000).optional(),
    pageSize: z.coerce.number().int().min(1).max(100).optional(),
  }),
);

/**
 * Dealer scorecards (经销商评级): staff read every dealer's card, grade dealers and decide
 * spot checks; a dealer reads its own card only (the dealer is the caller's, never a parameter).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('claim-review').service(name);

  return {
    async list(ctx: Context) {
      ctx.body = await service('scorecards').list(validate(listQuerySchema, ctx.query));
    },

    async findOne(ctx: Context) {
      const query = validate(scorecardQuerySchema, ctx.query);
      ctx.body = await service('scorecards').forDealer(ctx.params.code, query, { forStaff: true });
    },

    async setGrade(ctx: Context) {
      const input = validate(gradeChangeInputSchema, ctx.request.body);
      ctx.body = await service('dealerGrades').setGrade(ctx.params.code, actorOf(ctx), input);
    },

    async spotChecks(ctx: Context) {
      ctx.body = await service('spotChecks').list(validate(spotCheckListQuerySchema, ctx.query));
    },

    async decideSpotCheck(ctx: Context) {
      const input = validate(spotCheckDecisionSchema, ctx.request.body);
      ctx.body = await service('spotChecks').decide(Number(ctx.params.id), actorOf(ctx), input);
    },

    /** Dealer API: the caller's own card. */
    async mine(ctx: Context) {
      const query = validate(scorecardQuerySchema, ctx.query);
      ctx.body = await service('scorecards').forDealer(ctx.state.dealer.code, query, { forStaff: false });
    },
  };
};
