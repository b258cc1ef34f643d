import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ApiError } from '../api-error';
import { sqlSchema } from '../services/sql-schema';

const DEALER_UID = 'api::dealer.dealer';

/**
 * Resolves the dealer linked to the calling portal user and puts it on
 * `ctx.state.dealer`; every dealer service scopes its queries by it, so a
 * dealer never sees another's records. A user with no dealer, or a suspended
 * dealer, is refused. One join on the link table: this runs on every dealer request.
 */
export default async (policyContext: Context, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const user = policyContext.state.user;
  if (!user) throw new ApiError('UNAUTHENTICATED');
  const s = sqlSchema(strapi);
  const users = s.link(DEALER_UID, 'users');
  const raw = await (await s.connection())(`${s.table(DEALER_UID)} as d`)
    .join(`${users.name} as du`, `du.${users.own}`, 'd.id')
    .where(`du.${users.other}`, user.id)
    .select(s.select(DEALER_UID, 'd', ''))
    .first();
  if (!raw) throw new ApiError('FORBIDDEN');
  const dealer = s.attributes<{ suspended: boolean | null }>(DEALER_UID, raw, '');
  if (dealer.suspended) throw new ApiError('DEALER_SUSPENDED');
  policyContext.state.dealer = dealer;
  return true;
};
