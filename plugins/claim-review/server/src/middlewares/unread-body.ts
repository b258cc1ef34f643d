import type { Context, Next } from 'koa';

/**
 * Follows `strapi::body`, which leaves multipart bodies unread (only routes that take
 * files read them, see `multipart`): every other route sees an empty body, as it would
 * for a form with no fields, not `undefined` (users-permissions answered that with a 500).
 */
export default () => {
  return async (ctx: Context, next: Next) => {
    const request = ctx.request as unknown as { body?: unknown };
    if (request.body === undefined && ctx.is('multipart')) request.body = {};
    return next();
  };
};
