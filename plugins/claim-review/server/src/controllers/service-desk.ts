import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { ServiceActor } from '../../../shared';
import {
  SERVICE_ACTIONS,
  boardQuerySchema,
  dealerPickerQuerySchema,
  followUpInputSchema,
  listQuerySchema,
  lookupQuerySchema,
  reassignInputSchema,
  serviceRequestInputSchema,
  triageInputSchema,
} from '../../../shared';
import { ApiError } from '../api-error';
import { actionId } from '../constants';
import { validate } from './validation';
import { actorOf } from './request-context';

/** The coordinator as the service machines see it: with the service actions the caller's roles grant. */
function coordinator(ctx: Context): ServiceActor {
  return { kind: 'coordinator', actions: SERVICE_ACTIONS.filter((a) => Boolean(ctx.state.userAbility?.can(actionId(a)))) };
}

/** The service desk (staff): intake, board, triage, reassign, follow-up. Parse, call one service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('claim-review').service(name);

  return {
    async lookup(ctx: Context) {
      ctx.body = await service('serviceLookup').lookup(validate(lookupQuerySchema, ctx.query));
    },

    async create(ctx: Context) {
      const input = validate(serviceRequestInputSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = await service('serviceRequests').create(input, actorOf(ctx));
    },

    async find(ctx: Context) {
      ctx.body = await service('serviceBoard').requests(validate(boardQuerySchema, ctx.query));
    },

    async findOne(ctx: Context) {
      ctx.body = await service('serviceRequests').detail(ctx.params.number);
    },

    async triage(ctx: Context) {
      const input = validate(triageInputSchema, ctx.request.body);
      const as = coordinator(ctx);
      // The route asks for service.intake; a dispatch also needs service.dispatch.
      if (input.outcome === 'dispatch' && as.kind === 'coordinator' && !as.actions.includes('service.dispatch')) throw new ApiError('FORBIDDEN');
      ctx.body = await service('serviceRequests').triage(ctx.params.number, input, actorOf(ctx), as);
    },

    async reassign(ctx: Context) {
      const input = validate(reassignInputSchema, ctx.request.body);
      ctx.body = await service('workOrders').reassign(ctx.params.number, input, actorOf(ctx), coordinator(ctx));
    },

    async followUp(ctx: Context) {
      const input = validate(followUpInputSchema, ctx.request.body);
      ctx.body = await service('serviceRequests').followUp(ctx.params.number, input, actorOf(ctx), coordinator(ctx));
    },

    async followUps(ctx: Context) {
      ctx.body = await service('serviceBoard').followUps(validate(listQuerySchema, ctx.query));
    },

    async dealers(ctx: Context) {
      const { region } = validate(dealerPickerQuerySchema, ctx.query);
      ctx.body = await service('serviceLookup').dealers(region);
    },
  };
};
