import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { UploadedFile } from '../services/attachments';
import { actorOf } from './request-context';

/** Fault photos and documents of a claim: multipart, field `files`. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const sent = (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files?.files;
    const files = sent ? (Array.isArray(sent) ? sent : [sent]) : [];
    ctx.status = 201;
    ctx.body = await strapi.plugin('claim-review').service('attachments').attach(ctx.state.dealer, actorOf(ctx), ctx.params.number, files);
  },

  async delete(ctx: Context) {
    ctx.body = await strapi.plugin('claim-review').service('attachments').remove(ctx.state.dealer, actorOf(ctx), ctx.params.number, Number(ctx.params.id));
  },
});
