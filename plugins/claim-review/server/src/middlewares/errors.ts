import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { toErrorBody } from '../services/error-body';
import { ApiError } from '../api-error';
import { namesNothing } from './path-text';

const SCOPES = ['/api/claim-review/', '/claim-review/'];

/**
 * Gives every error of the plugin's routes the docs/api.md shape. Registered in the
 * app's middleware list right after `strapi::errors`, so it sees errors first:
 * Strapi's own (validation, policy, auth, body size) and the plugin's ApiError.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: Next) => {
    if (!SCOPES.some((scope) => ctx.path.startsWith(scope) || `${ctx.path}/` === scope)) return next();
    const request = { hasCredentials: Boolean(ctx.get('authorization')), path: ctx.path };
    try {
      if (namesNothing(ctx.path)) throw new ApiError('NOT_FOUND');
      await next();
    } catch (error) {
      const body = toErrorBody(error, request);
      if (body.error.status >= 500) strapi.log.error(error);
      ctx.status = body.error.status;
      ctx.body = body;
      return;
    }
    // Strapi's auth answers some refusals itself (ctx.unauthorized / ctx.forbidden)
    // instead of throwing; reshape those Strapi error bodies too.
    const answered = ctx.body as { data?: unknown; error?: { status?: number; name?: string } } | undefined;
    if (ctx.status >= 400 && answered && typeof answered === 'object' && 'data' in answered && answered.error?.name) {
      const body = toErrorBody({ status: ctx.status, name: answered.error.name }, request);
      ctx.status = body.error.status;
      ctx.body = body;
    }
  };
};
