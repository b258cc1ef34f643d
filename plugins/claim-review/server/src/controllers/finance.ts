import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import {
  settlementAdjustmentSchema,
  settlementCreateInputSchema,
  settlementExportQuerySchema,
  settlementListQuerySchema,
} from '../../../shared';
import { validate } from './validation';
import { actorOf } from './request-context';
import { sendFile } from './pdf-answer';

/** Finance (staff API): settlement drafts, corrections, issue, PDFs and the ERP export. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settlements = () => strapi.plugin('claim-review').service('settlements');

  return {
    async create(ctx: Context) {
      const input = validate(settlementCreateInputSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = await settlements().createDraft(input);
    },

    /** Dealers with claims ready to settle, and the period that holds them: the new-settlement dialog's start. */
    async ready(ctx: Context) {
      ctx.body = { data: await strapi.plugin('claim-review').service('settlementCandidates').byDealer() };
    },

    async find(ctx: Context) {
      ctx.body = await settlements().listForStaff(validate(settlementListQuerySchema, ctx.query));
    },

    async findOne(ctx: Context) {
      ctx.body = await settlements().findForStaff(ctx.params.number);
    },

    async pdf(ctx: Context) {
      const file = await settlements().pdfForStaff(ctx.params.number);
      sendFile(ctx, { ...file, type: 'application/pdf' });
    },

    async addAdjustment(ctx: Context) {
      const adjustment = validate(settlementAdjustmentSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = await settlements().addAdjustment(ctx.params.number, adjustment);
    },

    async issue(ctx: Context) {
      ctx.body = await settlements().issue(ctx.params.number, actorOf(ctx));
    },

    async delete(ctx: Context) {
      await settlements().removeDraft(ctx.params.number);
      ctx.status = 204;
    },

    async exportCsv(ctx: Context) {
      const { from, to } = validate(settlementExportQuerySchema, ctx.query);
      const csv: string = await strapi.plugin('claim-review').service('settlementCsv').issuedCsv(from, to);
      sendFile(ctx, {
        bytes: Buffer.from(csv, 'utf8'),
        type: 'text/csv; charset=utf-8',
        filename: `settlements_${from ?? 'all'}_${to ?? 'all'}.csv`,
      });
    },
  };
};
