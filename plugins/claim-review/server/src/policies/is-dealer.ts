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
  const [raw] = await s.rows(
    'dealer.ofUser',
    () => {
      const users = s.link(DEALER_UID, 'users');
      return `SELECT ${s.columns(DEALER_UID, 'd', '')} FROM "${s.table(DEALER_UID)}" d
        JOIN "${users.name}" du ON du."${users.own}" = d.id
        WHERE du."${users.other}" = ? LIMIT 1`;
    },
    [user.id],
  );
  if (!raw) throw new ApiError('FORBIDDEN');
  const dealer = s.attributes<{ suspended: boolean | null }>(DEALER_UID, raw, '');
  if (dealer.suspended) throw new ApiError('DEALER_SUSPENDED');
  policyContext.state.dealer = dealer;
  return true;
};
