import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { LIMITS, plainStringSchema, quoteInputSchema } from '../../../shared';
import { validate } from './validation';
import { sendFile } from './pdf-answer';

/** The printable sheet takes the quote body and, optionally, the customer's name to print on it. */
const quoteSheetInputSchema = quoteInputSchema.extend({ customerName: plainStringSchema().trim().max(LIMITS.name).nullish() });

/** Out-of-warranty quotes for the dealer's customers: the price, and the 服务收费单 PDF. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const quotes = () => strapi.plugin('claim-review').service('quotes');

  return {
    async create(ctx: Context) {
      ctx.body = await quotes().price(ctx.state.dealer, validate(quoteInputSchema, ctx.request.body));
    },

    async pdf(ctx: Context) {
      const { customerName, ...input } = validate(quoteSheetInputSchema, ctx.request.body);
      const file = await quotes().sheet(ctx.state.dealer, input, customerName);
      sendFile(ctx, { ...file, type: 'application/pdf' });
    },
  };
};
