import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import * as z from 'zod';
import type { ServiceActor } from '../../../shared';
import {
  SERVICE_ACTIONS,
  complaintConfirmationInputSchema,
  complaintFromFollowUpSchema,
  complaintInputSchema,
  complaintListQuerySchema,
  complaintNoticeInputSchema,
  complaintResolutionInputSchema,
  listQuerySchema,
} from '../../../shared';
import { actionId } from '../constants';
import type { UploadedFile } from '../services/attachments';
import type { NoticeReader } from '../services/complaint-notices';
import { actorOf } from './request-context';
import { validate } from './validation';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const inboxQuerySchema = listQuerySchema.extend({ unread: flag.optional() });

function coordinator(ctx: Context): ServiceActor {
  return { kind: 'coordinator', actions: SERVICE_ACTIONS.filter((a) => Boolean(ctx.state.userAbility?.can(actionId(a)))) };
}

/** Who reads department notices: the admin user with the codes of the roles it holds. */
function readerOf(ctx: Context): NoticeReader {
  const user = ctx.state.user ?? {};
  const roles: string[] = (user.roles ?? []).map((r: { code: string }) => r.code);
  return { id: user.id, name: actorOf(ctx).name, roles, superAdmin: roles.includes('strapi-super-admin') };
}

/** Complaints (投诉), staff side, and the departments' notice inbox. Parse, call one service, answer the complaint. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('claim-review').service(name);
  const detail = (ctx: Context, number: string) => service('complaintView').detail(number, actorOf(ctx), coordinator(ctx));

  return {
    async find(ctx: Context) {
      ctx.body = await service('complaintView').list(validate(complaintListQuerySchema, ctx.query), actorOf(ctx));
    },

    async create(ctx: Context) {
      const number = await service('complaintIntake').create(validate(complaintInputSchema, ctx.request.body), actorOf(ctx));
      ctx.status = 201;
      ctx.body = await detail(ctx, number);
    },

    async fromFollowUp(ctx: Context) {
      const number = await service('complaintIntake').fromFollowUp(ctx.params.number, validate(complaintFromFollowUpSchema, ctx.request.body), actorOf(ctx));
      ctx.status = 201;
      ctx.body = await detail(ctx, number);
    },

    async findOne(ctx: Context) {
      ctx.body = await detail(ctx, ctx.params.number);
    },

    async notify(ctx: Context) {
      await service('complaintHandling').notify(ctx.params.number, validate(complaintNoticeInputSchema, ctx.request.body), actorOf(ctx), coordinator(ctx));
      ctx.body = await detail(ctx, ctx.params.number);
    },

    async documents(ctx: Context) {
      const sent = (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files?.files;
      const files = sent ? (Array.isArray(sent) ? sent : [sent]) : [];
      await service('complaintDocuments').upload(ctx.params.number, actorOf(ctx), files);
      ctx.status = 201;
      ctx.body = await detail(ctx, ctx.params.number);
    },

    async resolve(ctx: Context) {
      await service('complaintHandling').resolve(ctx.params.number, validate(complaintResolutionInputSchema, ctx.request.body), actorOf(ctx), coordinator(ctx));
      ctx.body = await detail(ctx, ctx.params.number);
    },

    async confirm(ctx: Context) {
      await service('complaintHandling').confirm(ctx.params.number, validate(complaintConfirmationInputSchema, ctx.request.body), actorOf(ctx), coordinator(ctx));
      ctx.body = await detail(ctx, ctx.params.number);
    },

    async notices(ctx: Context) {
      ctx.body = await service('complaintNotices').inbox(readerOf(ctx), validate(inboxQuerySchema, ctx.query));
    },

    async readNotice(ctx: Context) {
      ctx.body = await service('complaintNotices').markRead(readerOf(ctx), Number(ctx.params.id));
    },

    /** GET /complaints (dealer): complaints that count against the caller's dealer. */
    async forDealer(ctx: Context) {
      ctx.body = await service('complaintView').forDealer(ctx.state.dealer, validate(listQuerySchema, ctx.query));
    },
  };
};
