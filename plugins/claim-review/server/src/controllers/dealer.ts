import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { endSessions } from '../bootstrap/dealer-sessions';

/** Who is calling: the portal header shows the dealer's name and code. */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({
  me(ctx: Context) {
    const { user, dealer } = ctx.state;
    ctx.body = {
      user: { username: user.username, email: user.email },
      dealer: { code: dealer.code, name: dealer.name, nameEn: dealer.nameEn ?? null, tier: dealer.tier, region: dealer.region ?? null },
    };
  },

  /** Ends every session of the caller on the server: its tokens issued until now are refused. */
  async logout(ctx: Context) {
    await endSessions(_strapi, ctx.state.user.id);
    ctx.status = 204;
  },
});
