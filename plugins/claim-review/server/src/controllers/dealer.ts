import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** Who is calling: the portal header shows the dealer's name and code. */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({
  me(ctx: Context) {
    const { user, dealer } = ctx.state;
    ctx.body = {
      user: { username: user.username, email: user.email },
      dealer: { code: dealer.code, name: dealer.name, nameEn: dealer.nameEn ?? null, tier: dealer.tier, region: dealer.region ?? null },
    };
  },
});
