import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ApiError } from '../api-error';

/**
 * Resolves the dealer linked to the calling portal user and puts it on
 * `ctx.state.dealer`; every dealer service scopes its queries by it, so a
 * dealer never sees another's records. A user with no dealer, or a suspended
 * dealer, is refused.
 */
export default async (policyContext: Context, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const user = policyContext.state.user;
  if (!user) throw new ApiError('UNAUTHENTICATED');
  const dealer = await strapi.db.query('api::dealer.dealer').findOne({ where: { users: { id: user.id } } });
  if (!dealer) throw new ApiError('FORBIDDEN');
  if (dealer.suspended) throw new ApiError('DEALER_SUSPENDED');
  policyContext.state.dealer = dealer;
  return true;
};
