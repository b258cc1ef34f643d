import type { Context, Next } from 'koa';
import { type MultipartLimits, parseMultipart } from '../uploads/multipart';

/**
 * The multipart parser of the routes that take files, as a route middleware: Strapi runs
 * route middlewares after authentication and the route's policies, so a refused caller's
 * body is never read, and the global `strapi::body` parses no multipart at all
 * (cms/config/middlewares.ts). The temp files go when the answer is decided, whatever it is.
 */
export default (config: MultipartLimits) => {
  return async (ctx: Context, next: Next) => {
    if (!ctx.is('multipart')) return next();
    const parsed = await parseMultipart(ctx.req, config);
    const request = ctx.request as unknown as { body: unknown; files: unknown };
    request.body = parsed.fields;
    request.files = parsed.files;
    try {
      await next();
    } finally {
      await parsed.cleanup();
    }
  };
};
