import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import {
  appointmentInputSchema,
  arrivalInputSchema,
  contactAttemptInputSchema,
  declineInputSchema,
  serviceReceiptInputSchema,
  workOrderListQuerySchema,
} from '../../../shared';
import { validate } from './validation';
import { actorOf } from './request-context';

/** The dealer's work orders (售后派工单): its own only; parse, call one service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const orders = () => strapi.plugin('claim-review').service('workOrders');

  return {
    async find(ctx: Context) {
      ctx.body = await strapi.plugin('claim-review').service('serviceBoard').workOrders(ctx.state.dealer, validate(workOrderListQuerySchema, ctx.query));
    },

    async findOne(ctx: Context) {
      ctx.body = await orders().forDealer(ctx.state.dealer, ctx.params.number);
    },

    async accept(ctx: Context) {
      ctx.body = await orders().accept(ctx.state.dealer, actorOf(ctx), ctx.params.number);
    },

    async decline(ctx: Context) {
      const { reason } = validate(declineInputSchema, ctx.request.body);
      ctx.body = await orders().decline(ctx.state.dealer, actorOf(ctx), ctx.params.number, reason);
    },

    async contactAttempt(ctx: Context) {
      ctx.body = await orders().contactAttempt(ctx.state.dealer, actorOf(ctx), ctx.params.number, validate(contactAttemptInputSchema, ctx.request.body));
    },

    async appointment(ctx: Context) {
      ctx.body = await orders().appointment(ctx.state.dealer, actorOf(ctx), ctx.params.number, validate(appointmentInputSchema, ctx.request.body));
    },

    async arrival(ctx: Context) {
      ctx.body = await orders().arrival(ctx.state.dealer, actorOf(ctx), ctx.params.number, validate(arrivalInputSchema, ctx.request.body));
    },

    async receipt(ctx: Context) {
      const input = validate(serviceReceiptInputSchema, ctx.request.body);
      ctx.body = await strapi.plugin('claim-review').service('serviceReceipts').receipt(ctx.state.dealer, actorOf(ctx), ctx.params.number, input);
    },

    async fileClaim(ctx: Context) {
      const { created, claim } = await strapi.plugin('claim-review').service('serviceReceipts').fileClaim(ctx.state.dealer, actorOf(ctx), ctx.params.number);
      ctx.status = created ? 201 : 200;
      ctx.body = claim;
    },
  };
};
